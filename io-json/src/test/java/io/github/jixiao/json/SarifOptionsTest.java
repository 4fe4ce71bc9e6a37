package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.ModelException;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF in the language asked for, naming the tool's version and address, with artifact URIs
 * relative to a base: the sample's log validated against the SARIF 2.1.0 schema in Chinese and in
 * English.
 */
class SarifOptionsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final URI BASE = URI.create("file:///work/checkout/");
  private static final Report SAMPLE = RuleSet.catalogue().evaluate(SampleDocuments.huaiyuan2024(), Policy.defaults());
  private static final ReadWarning IN_TABLE = ReadWarning.of(ReadWarning.Kind.UNPLACED, "立项依据：《某某办法》",
      FormatLocation.builder().table(2).row(5).column(3).build(), "a label the vocabulary does not know");

  private static JsonNode sarif(String language) {
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("docs/怀远 2024.docx", SAMPLE);
    reports.put("file:///elsewhere/b.json", Report.of(List.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifOptions options = SarifOptions.builder().language(language).uriBaseId(SarifOptions.SOURCE_ROOT).uriBase(BASE).build();
    JsonReports.writeSarif(reports, Map.of("docs/怀远 2024.docx", List.of(IN_TABLE)), Map.of("bad.json", "truncated"),
        Map.of(), RuleSet.catalogue(), options, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, text)).as(language).isEmpty();
    return MAPPER.readTree(text).get("runs").get(0);
  }

  /** The first match of a pattern's group in the root pom, the project's own settings. */
  private static String fromRootPom(String regex) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  private static JsonNode result(JsonNode run, String ruleId) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asString().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result of " + ruleId);
  }

  private static Finding finding(String ruleId) {
    return SAMPLE.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).findFirst().orElseThrow();
  }

  @Test
  void inChineseTheMessagesAreChineseAndTheEnglishIsAProperty() {
    JsonNode run = sarif("zh");
    assertThat(run.get("language").asString()).isEqualTo("zh-CN");
    JsonNode cost = result(run, "JX-COST-001");
    assertThat(cost.get("message").get("text").asString()).isEqualTo(finding("JX-COST-001").getMessageZh()).contains("成本指标");
    assertThat(cost.get("properties").get("messageEn").asString()).isEqualTo(finding("JX-COST-001").getMessageEn());
    JsonNode rule = run.get("tool").get("driver").get("rules").get(cost.get("ruleIndex").asInt());
    assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(RuleSet.catalogue().rule("JX-COST-001").orElseThrow().metadata().getTitleZh());
    JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
    assertThat(notes.get(0).get("message").get("text").asString()).isEqualTo("未能归入模型的内容：“立项依据：《某某办法》”");
    assertThat(notes.get(0).get("locations").get(0).get("message").get("text").asString()).isEqualTo("表格 2，行 5，列 3");
    assertThat(run.get("tool").get("driver").get("notifications").get(0).get("shortDescription").get("text").asString())
        .isEqualTo(ReadWarning.Kind.values()[0].descriptionZh());
  }

  @Test
  void inEnglishTheMessagesAreEnglishAndTheChineseIsAProperty() {
    JsonNode run = sarif("en");
    assertThat(run.get("language").asString()).isEqualTo("en-US");
    JsonNode cost = result(run, "JX-COST-001");
    assertThat(cost.get("message").get("text").asString()).isEqualTo(finding("JX-COST-001").getMessageEn()).contains("cost indicator");
    assertThat(cost.get("properties").get("messageZh").asString()).isEqualTo(finding("JX-COST-001").getMessageZh());
    JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
    assertThat(notes.get(0).get("locations").get(0).get("message").get("text").asString()).isEqualTo("table 2, row 5, column 3");
  }

  @Test
  void theDriverNamesTheProjectsVersionAndAddressFromThePom() throws IOException {
    for (String language : List.of("zh", "en")) {
      JsonNode driver = sarif(language).get("tool").get("driver");
      assertThat(driver.get("version").asString()).isEqualTo(fromRootPom("<revision>([^<]+)</revision>")).doesNotContain("$");
      assertThat(driver.get("informationUri").asString()).isEqualTo(fromRootPom("<url>([^<]+)</url>"));
    }
  }

  @Test
  void relativeUrisAreWrittenAgainstTheBaseAndAbsoluteOnesAsTheyAre() {
    JsonNode run = sarif("zh");
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString()).isEqualTo("file:///work/checkout/");
    JsonNode artifact = result(run, "JX-COST-001").get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo("docs/%E6%80%80%E8%BF%9C%202024.docx");
    assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
    JsonNode warned = notes.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(warned.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    JsonNode failed = notes.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(failed.get("uri").asString()).isEqualTo("bad.json");
    assertThat(failed.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
  }

  @Test
  void withoutABaseNoUriBaseIdIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(Map.of("a.json", SAMPLE), Map.of(), Map.of(), Map.of(), RuleSet.catalogue(),
        SarifOptions.builder().language("zh").build(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, text)).isEmpty();
    assertThat(text).doesNotContain("uriBaseId").doesNotContain("originalUriBaseIds").contains("\"uri\" : \"a.json\"");
  }

  @Test
  void anAbsoluteUriHasNoBase() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(Map.of("file:///elsewhere/b.json", SAMPLE), Map.of(), Map.of(), Map.of(), RuleSet.catalogue(),
        SarifOptions.builder().uriBaseId(SarifOptions.SOURCE_ROOT).uriBase(BASE).build(), out);
    JsonNode artifact = MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("runs").get(0).get("results").get(0)
        .get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo("file:///elsewhere/b.json");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void optionsRefuseAnUnknownLanguageHalfABaseAndARelativeBase() {
    assertThatThrownBy(() -> SarifOptions.builder().language("fr").build()).isInstanceOf(ModelException.class).hasMessageContaining("fr");
    assertThatThrownBy(() -> SarifOptions.builder().uriBaseId("%SRCROOT%").build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("together");
    assertThatThrownBy(() -> SarifOptions.builder().uriBaseId("%SRCROOT%").uriBase(URI.create("work/")).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("absolute");
    assertThatThrownBy(() -> SarifOptions.builder().uriBaseId("%SRCROOT%").uriBase(URI.create("file:///work")).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("ending in /");
    assertThat(SarifOptions.defaults().getLanguage()).isEqualTo("en");
  }
}

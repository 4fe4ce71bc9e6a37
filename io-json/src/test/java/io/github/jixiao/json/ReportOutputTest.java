package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports as JSON and as SARIF 2.1.0, the latter validated against the official schema. */
class ReportOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final Report report = RuleSet.catalogue().evaluate(SampleDocuments.huaiyuan2024(), Policy.defaults());

  private static String sarif(Report report, String uri) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(report, RuleSet.catalogue(), uri, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSeedsSarifValidatesAgainstTheOfficialSchema() {
    String sarif = sarif(report, "fixtures/huaiyuan-2024.docx");
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif)).isEmpty();
    // the validator is not vacuous: a wrong version or level is reported
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif.replace("\"2.1.0\"", "\"2.0.0\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\""))).isNotEmpty();

    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).hasSize(RuleSet.catalogue().rules().size());
    JsonNode results = run.get("results");
    assertThat(results).hasSize(report.getFindings().size());
    JsonNode cost = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asString().equals("JX-COST-001")) {
        cost = r;
      }
    }
    assertThat(cost).isNotNull();
    assertThat(cost.get("level").asString()).isEqualTo("error");
    assertThat(cost.get("message").get("text").asString()).contains("105.2万元");
    JsonNode location = cost.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo("fixtures/huaiyuan-2024.docx");
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("items[5].annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(location.get("logicalLocations").get(0).get("name").asString()).isEqualTo("信息化建设项目");
    int ruleIndex = cost.get("ruleIndex").asInt();
    assertThat(run.get("tool").get("driver").get("rules").get(ruleIndex).get("id").asString()).isEqualTo("JX-COST-001");
  }

  @Test
  void severalDocumentsAndNoArtifactValidateToo() {
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("a.json", report);
    reports.put(null, Report.of(java.util.List.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(reports, RuleSet.catalogue(), out);
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, out.toString(StandardCharsets.UTF_8))).isEmpty();
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif(report, null))).isEmpty();
  }

  @Test
  void reportsAsJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeJson(report, out);
    JsonNode json = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("type").asString()).isEqualTo("report");
    assertThat(json.get("counts").get("ERROR").asInt()).isEqualTo(1);
    assertThat(json.get("counts").get("WARNING").asInt()).isEqualTo(11);
    assertThat(json.get("findings")).hasSize(15);
    JsonNode first = json.get("findings").get(0);
    assertThat(first.get("ruleId").asString()).isEqualTo("JX-GOAL-001");
    assertThat(first.get("message").get("zh").asString()).contains("中长期目标");
    assertThat(first.get("location").get("path").asString()).isEqualTo("items[0].mediumTermGoals");
    assertThat(first.get("location").get("itemIndex").asInt()).isZero();
  }

  private static final ReadWarning IN_TABLE = ReadWarning.of(ReadWarning.Kind.UNPLACED, "立项依据：《某某办法》",
      FormatLocation.builder().table(2).row(5).column(3).build(), "a label the vocabulary does not know, and its value");
  private static final ReadWarning IN_PARAGRAPH = ReadWarning.of(ReadWarning.Kind.HIDDEN, "隐藏的说明",
      FormatLocation.builder().page(1).paragraph(4).build(), "hidden text");
  private static final ReadWarning ON_A_LINE = ReadWarning.of(ReadWarning.Kind.AMBIGUOUS, "100",
      FormatLocation.builder().source("b.json").line(3).column(7).jsonPointer("/items/0/x").build(), "read as a number");

  private static Map<String, List<ReadWarning>> warnings() {
    Map<String, List<ReadWarning>> warnings = new LinkedHashMap<>();
    warnings.put("a.docx", List.of(IN_TABLE, IN_PARAGRAPH));
    warnings.put("b.json", List.of(ON_A_LINE));
    warnings.put(null, List.of(IN_TABLE));
    return warnings;
  }

  private static Map<String, Report> reports(Report report) {
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("a.docx", report);
    reports.put("b.json", Report.of(List.of()));
    reports.put(null, Report.of(List.of()));
    return reports;
  }

  @Test
  void readWarningsAreSarifToolExecutionNotificationsThatValidate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(reports(report), warnings(), RuleSet.catalogue(), out);
    String sarif = out.toString(StandardCharsets.UTF_8);
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif)).isEmpty();
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif.replace("\"level\" : \"note\"", "\"level\" : \"remark\""))).isNotEmpty();

    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    assertThat(run.get("results")).hasSize(report.getFindings().size());
    JsonNode descriptors = run.get("tool").get("driver").get("notifications");
    assertThat(descriptors).as("a descriptor per warning kind, then JX-READ-FAILED and JX-NOT-READ")
        .hasSize(ReadWarning.Kind.values().length + 2);
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertThat(notes).hasSize(4);

    JsonNode table = notes.get(0);
    assertThat(table.get("level").asString()).isEqualTo("warning");
    assertThat(table.get("message").get("text").asString())
        .isEqualTo("content not placed in the model: \"立项依据：《某某办法》\" — a label the vocabulary does not know, and its value");
    int descriptor = table.get("descriptor").get("index").asInt();
    assertThat(descriptors.get(descriptor).get("id").asString()).isEqualTo("JX-READ-UNPLACED").isEqualTo(table.get("descriptor").get("id").asString());
    JsonNode where = table.get("locations").get(0);
    assertThat(where.get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo("a.docx");
    assertThat(where.get("physicalLocation").has("region")).isFalse();
    assertThat(where.get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo("table[2]/row[5]/column[3]");
    assertThat(where.get("message").get("text").asString()).isEqualTo("table 2, row 5, column 3");
    assertThat(table.get("properties").get("kind").asString()).isEqualTo("UNPLACED");
    assertThat(table.get("properties").get("text").asString()).isEqualTo("立项依据：《某某办法》");
    assertThat(table.get("properties").get("descriptionZh").asString()).isEqualTo("未能归入模型的内容");
    assertThat(table.get("properties").get("location").get("row").asInt()).isEqualTo(5);

    JsonNode hidden = notes.get(1);
    assertThat(hidden.get("level").asString()).isEqualTo("note");
    assertThat(hidden.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("page[1]/paragraph[4]");

    JsonNode line = notes.get(2);
    JsonNode region = line.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(3);
    assertThat(region.get("startColumn").asInt()).isEqualTo(7);
    assertThat(line.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo("/items/0/x");

    assertThat(notes.get(3).get("locations").get(0).has("physicalLocation")).isFalse();
  }

  @Test
  void withoutWarningsTheSarifIsAsBefore() {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    JsonReports.writeSarif(reports(report), RuleSet.catalogue(), plain);
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    Map<String, List<ReadWarning>> none = new LinkedHashMap<>();
    none.put("a.docx", List.of());
    JsonReports.writeSarif(reports(report), none, RuleSet.catalogue(), empty);
    assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo(plain.toString(StandardCharsets.UTF_8));
    JsonNode run = MAPPER.readTree(plain.toString(StandardCharsets.UTF_8)).get("runs").get(0);
    assertThat(run.has("invocations")).isFalse();
    assertThat(run.get("tool").get("driver").has("notifications")).isFalse();
  }

  @Test
  void readWarningsAreAnArrayPerDocumentInJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeJson(reports(report), warnings(), out);
    JsonNode documents = MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("documents");
    assertThat(documents).hasSize(3);
    JsonNode a = documents.get(0);
    assertThat(a.get("document").asString()).isEqualTo("a.docx");
    assertThat(a.get("findings")).hasSize(report.getFindings().size());
    assertThat(a.get("warnings")).hasSize(2);
    JsonNode w = a.get("warnings").get(0);
    assertThat(w.get("kind").asString()).isEqualTo("UNPLACED");
    assertThat(w.get("description").get("zh").asString()).isEqualTo("未能归入模型的内容");
    assertThat(w.get("description").get("en").asString()).isEqualTo("content not placed in the model");
    assertThat(w.get("text").asString()).isEqualTo("立项依据：《某某办法》");
    assertThat(w.get("detail").asString()).isEqualTo("a label the vocabulary does not know, and its value");
    JsonNode l = w.get("location");
    assertThat(l.get("table").asInt()).isEqualTo(2);
    assertThat(l.get("row").asInt()).isEqualTo(5);
    assertThat(l.get("column").asInt()).isEqualTo(3);
    assertThat(l.has("line")).isFalse();
    assertThat(l.get("description").asString()).isEqualTo("table 2, row 5, column 3");
    assertThat(a.get("warnings").get(1).get("location").get("paragraph").asInt()).isEqualTo(4);
    assertThat(a.get("warnings").get(1).get("location").get("page").asInt()).isEqualTo(1);
    JsonNode b = documents.get(1).get("warnings").get(0).get("location");
    assertThat(b.get("source").asString()).isEqualTo("b.json");
    assertThat(b.get("line").asInt()).isEqualTo(3);
    assertThat(b.get("jsonPointer").asString()).isEqualTo("/items/0/x");
    assertThat(documents.get(2).get("document").isNull()).isTrue();
    assertThat(documents.get(2).get("warnings")).hasSize(1);

    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    JsonReports.writeJson(reports(report), plain);
    assertThat(MAPPER.readTree(plain.toString(StandardCharsets.UTF_8)).get("documents").get(1).get("warnings")).isEmpty();
  }

  @Test
  void warningsOfADocumentWithoutAReportAreRefused() {
    Map<String, List<ReadWarning>> stray = Map.of("c.docx", List.of(IN_TABLE));
    assertThatThrownBy(() -> JsonReports.writeJson(reports(report), stray, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c.docx");
    assertThatThrownBy(() -> JsonReports.writeSarif(reports(report), stray, RuleSet.catalogue(), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c.docx");
  }

  @Test
  void unreadableAndNotReadArtifactsAreNotificationsThatValidate() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    unreadable.put("file:///docs/broken.json", "line 3: TRUNCATED");
    unreadable.put("file:///docs/a.jsonl", "line 7001: WRONG_TYPE");
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("file:///docs/a.jsonl", report);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeSarif(reports, Map.of(), unreadable, Map.of("file:///docs/sub", "a folder"), RuleSet.catalogue(), out);
    String sarif = out.toString(StandardCharsets.UTF_8);
    assertThat(JsonTesting.validate(JsonTesting.SARIF_SCHEMA, sarif)).isEmpty();
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertThat(notes).hasSize(3);
    List<String> descriptors = run.get("tool").get("driver").get("notifications").findValuesAsString("id");
    for (JsonNode note : notes) {
      assertThat(descriptors.get(note.get("descriptor").get("index").asInt())).isEqualTo(note.get("descriptor").get("id").asString());
    }
    assertThat(notes.get(0).get("level").asString()).isEqualTo("error");
    assertThat(notes.get(0).get("message").get("text").asString()).isEqualTo("line 3: TRUNCATED");
    assertThat(notes.get(2).get("descriptor").get("id").asString()).isEqualTo("JX-NOT-READ");
    assertThat(notes.get(2).get("level").asString()).isEqualTo("note");
    assertThat(notes.get(2).findValue("uri").asString()).isEqualTo("file:///docs/sub");
  }

  @Test
  void artifactNamesBecomeValidUriReferences() {
    assertThat(JsonReports.uri("file:///docs/a.json")).isEqualTo("file:///docs/a.json");
    assertThat(JsonReports.uri("docs/有 空格.json")).isEqualTo("docs/%E6%9C%89%20%E7%A9%BA%E6%A0%BC.json");
    assertThat(JsonReports.uri("file:///docs/%E6%9C%89.json")).isEqualTo("file:///docs/%E6%9C%89.json");
    assertThat(JsonReports.uri("docs\\a b#1.json")).doesNotContain(" ").doesNotContain("\\");
    assertThat(sarif(report, "a b.json")).contains("\"uri\" : \"a%20b.json\"");
  }
}

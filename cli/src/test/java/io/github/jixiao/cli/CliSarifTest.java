package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample's SARIF from {@code jixiao validate --format sarif}, validated against the SARIF
 * 2.1.0 schema in Chinese and in English: the language, the tool's version and address, and
 * artifact URIs relative to {@code %SRCROOT%}.
 */
class CliSarifTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SARIF = schema();

  private record Run(int exit, String out, String err) {}

  private static Run run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Schema schema() {
    try (InputStream in = CliSarifTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The sample as a Word file in docs/ of a checkout, and its SARIF with the checkout as base. */
  private static JsonNode sarif(Path checkout, String language, Object... more) throws IOException {
    Path docx = Files.createDirectories(checkout.resolve("docs")).resolve("怀远县 2024.docx");
    Files.write(docx, SampleDocuments.huaiyuan2024Docx());
    Object[] args = new Object[7 + more.length];
    Object[] fixed = {"validate", "--format", "sarif", "--lang", language, "--uri-base", checkout};
    System.arraycopy(fixed, 0, args, 0, fixed.length);
    System.arraycopy(more, 0, args, fixed.length, more.length);
    Object[] withFile = java.util.Arrays.copyOf(args, args.length + 1);
    withFile[args.length] = docx;
    Run r = run(withFile);
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(SARIF.validate(r.out(), InputFormat.JSON)).as(language).isEmpty();
    return MAPPER.readTree(r.out()).get("runs").get(0);
  }

  private static JsonNode cost(JsonNode run) {
    for (JsonNode result : run.get("results")) {
      if (result.get("ruleId").asString().equals("JX-COST-001")) {
        return result;
      }
    }
    throw new AssertionError("no JX-COST-001 result");
  }

  private static String rootPom(String regex) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static final String MESSAGE_ZH = RuleSet.catalogue().evaluate(SampleDocuments.huaiyuan2024(), Policy.defaults())
      .getFindings().stream().filter(f -> f.getRuleId().equals("JX-COST-001")).findFirst().orElseThrow().getMessageZh();

  @Test
  void inChineseByDefaultTheSarifValidatesAndSpeaksChinese(@TempDir Path checkout) throws IOException {
    JsonNode run = sarif(checkout, "zh");
    assertThat(run.get("language").asString()).isEqualTo("zh-CN");
    assertThat(cost(run).get("message").get("text").asString()).isEqualTo(MESSAGE_ZH);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("version").asString()).isEqualTo(rootPom("<revision>([^<]+)</revision>"));
    assertThat(driver.get("informationUri").asString()).isEqualTo(rootPom("<url>([^<]+)</url>"));
  }

  @Test
  void inEnglishTheSarifValidatesAndSpeaksEnglish(@TempDir Path checkout) throws IOException {
    JsonNode run = sarif(checkout, "en");
    assertThat(run.get("language").asString()).isEqualTo("en-US");
    assertThat(cost(run).get("message").get("text").asString()).contains("cost indicator").doesNotContain("成本指标");
    assertThat(cost(run).get("properties").get("messageZh").asString()).isEqualTo(MESSAGE_ZH);
    assertThat(run.get("tool").get("driver").get("version").asString()).isEqualTo(rootPom("<revision>([^<]+)</revision>"));
  }

  @Test
  void artifactUrisAreRelativeToTheBaseNamedSrcroot(@TempDir Path checkout) throws IOException {
    JsonNode run = sarif(checkout, "zh");
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString()).isEqualTo(checkout.toUri().toString());
    JsonNode artifact = cost(run).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo("docs/%E6%80%80%E8%BF%9C%E5%8E%BF%202024.docx");
    assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
  }

  @Test
  void absoluteUrisOnlyWhereAsked(@TempDir Path checkout) throws IOException {
    JsonNode run = sarif(checkout, "en", "--absolute-uris");
    assertThat(run.has("originalUriBaseIds")).isFalse();
    JsonNode artifact = cost(run).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo(checkout.resolve("docs/怀远县 2024.docx").toUri().toASCIIString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void aFileOutsideTheBaseKeepsItsAbsoluteUri(@TempDir Path dir) throws IOException {
    Path outside = Files.write(dir.resolve("outside.docx"), SampleDocuments.huaiyuan2024Docx());
    Path base = Files.createDirectories(dir.resolve("checkout"));
    Run r = run("validate", "--format", "sarif", "--uri-base", base, outside);
    assertThat(SARIF.validate(r.out(), InputFormat.JSON)).isEmpty();
    JsonNode artifact = cost(MAPPER.readTree(r.out()).get("runs").get(0)).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo(outside.toUri().toString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void theSampleItselfValidatesInBothLanguages() {
    for (String language : new String[] {"zh", "en"}) {
      Run r = run("validate", "--sample", "--format", "sarif", "--lang", language);
      assertThat(SARIF.validate(r.out(), InputFormat.JSON)).as(language).isEmpty();
      assertThat(r.out()).contains("\"uri\" : \"sample:huaiyuan-2024\"");
    }
  }

  @Test
  void aNameThatWouldReadAsASchemeIsWrittenAsAPath(@TempDir Path dir) {
    assertThat(SarifUris.relativeTo(dir).of(dir.resolve("a:b.json"))).isEqualTo("./a:b.json");
    assertThat(SarifUris.relativeTo(dir).of(dir.resolve("sub/c d.json"))).isEqualTo("sub/c%20d.json");
    assertThat(SarifUris.absolute().of(dir.resolve("x.json"))).isEqualTo(dir.resolve("x.json").toUri().toString());
  }
}

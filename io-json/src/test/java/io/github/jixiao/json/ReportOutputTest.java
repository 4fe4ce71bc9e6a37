package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
}

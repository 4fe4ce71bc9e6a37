package io.github.jixiao.integration.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonReports;
import io.github.jixiao.json.databind.JixiaoJacksonModule;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 宿主集成 (host integration): Jixiao in a build that imports Spring Boot 4.0's dependency set
 * before Jixiao's BOM, with no exclusion and no version pin, on the Jackson 3 that Spring Boot
 * manages (older than the one Jixiao is built with).
 * Reads the sample's Word and JSON files, writes JSON and validates with the catalogue.
 */
class JixiaoNextToSpringBoot4Test {
  private final FormatRegistry formats = FormatRegistry.discover(getClass().getClassLoader());

  /** Guards the premise: Jixiao runs on Spring Boot's Jackson 3, not on the newer one it is built with. */
  @Test
  void theClassPathHasSpringBootsJackson3() {
    Version jackson = tools.jackson.core.json.PackageVersion.VERSION;
    assertThat(jackson.getMajorVersion()).isEqualTo(3);
    assertThat(jackson.getMinorVersion())
        .as("jackson-core as Spring Boot 4.0 manages it (%s), older than the 3.3 Jixiao is built with", jackson)
        .isLessThan(3);
  }

  @Test
  void discoversTheWordAndJsonFormats() {
    assertThat(formats.providers()).extracting(FormatProvider::id).contains("docx", "json");
  }

  @Test
  void readsTheSampleWordFile() {
    Disclosure read = format("docx").reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream(SampleDocuments.huaiyuan2024Docx()));
    assertThat(read).isEqualTo(SampleDocuments.huaiyuan2024());
  }

  @Test
  void readsTheSampleJsonFile() {
    Disclosure read = format("json").reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream(SampleDocuments.huaiyuan2024Json()));
    assertThat(read).isEqualTo(SampleDocuments.huaiyuan2024());
  }

  @Test
  void writesTheSampleAsItsGoldenJsonFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format("json").writer(WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), out);
    assertThat(out.toByteArray()).isEqualTo(SampleDocuments.huaiyuan2024Json());
  }

  @Test
  void validatesTheWordFileAndWritesTheReportAsJson() {
    Disclosure read = format("docx").reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream(SampleDocuments.huaiyuan2024Docx()));
    Report report = RuleSet.catalogue().evaluate(read, Policy.defaults());
    assertThat(report.countsBySeverity())
        .containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 11)
        .containsEntry(Severity.INFO, 3);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeJson(report, out);
    // Read back with the host's own mapper.
    JsonNode json = JsonMapper.builder().build().readTree(out.toByteArray());
    assertThat(json.path("type").asString()).isEqualTo("report");
    assertThat(json.path("counts").path("ERROR").asInt()).isEqualTo(1);
    List<String> errors = new ArrayList<>();
    for (JsonNode finding : json.path("findings")) {
      if (finding.path("severity").asString().equals("ERROR")) {
        errors.add(finding.path("ruleId").asString() + " " + finding.path("location").path("path").asString());
      }
    }
    assertThat(errors).containsExactly("JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(json.path("findings")).hasSize(report.getFindings().size());
  }

  /** A host's own type carrying a document, as a REST API would answer it. */
  record Envelope(String requestId, Disclosure document) {}

  @Test
  void aJsonMapperWithTheJacksonModuleWritesAndReadsTheModel() {
    // Spring Boot 4 adds every JacksonModule bean to the JsonMapper it builds; here by hand.
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoJacksonModule()).build();
    Envelope envelope = new Envelope("r-1", SampleDocuments.huaiyuan2024());

    String json = mapper.writeValueAsString(envelope);

    assertThat(mapper.readTree(json).path("document")).isEqualTo(mapper.readTree(SampleDocuments.huaiyuan2024Json()));
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  private FormatProvider format(String id) {
    return formats.byId(id).orElseThrow(() -> new AssertionError("no format " + id + " discovered"));
  }
}

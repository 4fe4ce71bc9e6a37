package io.github.jixiao.integration.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.jackson2.JixiaoJackson2Module;
import io.github.jixiao.json.JsonReports;
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
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * 宿主集成 (host integration): Jixiao in a build that imports Spring Boot 3.5's dependency set
 * before Jixiao's BOM, with no exclusion and no version pin, next to Spring Boot's own Jackson 2.
 * Reads the sample's Word and JSON files, writes JSON and validates with the catalogue.
 */
class JixiaoNextToSpringBoot3Test {
  private final FormatRegistry formats = FormatRegistry.discover(getClass().getClassLoader());

  /** Guards the premise: without Spring Boot's older annotations on the class path this test proves nothing. */
  @Test
  void theClassPathHasSpringBootsJackson2Annotations() {
    String annotations = JsonProperty.class.getPackage().getImplementationVersion();
    assertThat(annotations)
        .as("jackson-annotations as Spring Boot 3.5 manages it, older than the 2.21 Jackson 3.3's databind asks for")
        .startsWith("2.19.");
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
  void validatesTheWordFileAndWritesTheReportAsJson() throws Exception {
    Disclosure read = format("docx").reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream(SampleDocuments.huaiyuan2024Docx()));
    Report report = RuleSet.catalogue().evaluate(read, Policy.defaults());
    assertThat(report.countsBySeverity())
        .containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 11)
        .containsEntry(Severity.INFO, 3);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReports.writeJson(report, out);
    // Read back with the host's own Jackson 2: both Jacksons live side by side.
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.path("type").asText()).isEqualTo("report");
    assertThat(json.path("counts").path("ERROR").asInt()).isEqualTo(1);
    List<String> errors = new ArrayList<>();
    for (JsonNode finding : json.path("findings")) {
      if (finding.path("severity").asText().equals("ERROR")) {
        errors.add(finding.path("ruleId").asText() + " " + finding.path("location").path("path").asText());
      }
    }
    assertThat(errors).containsExactly("JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(json.path("findings")).hasSize(report.getFindings().size());
  }

  /** A host's own type carrying a document, as a REST API would answer it. */
  record Envelope(String requestId, Disclosure document) {}

  @Test
  void springsObjectMapperWithTheJackson2ModuleWritesAndReadsTheModel() throws Exception {
    // As Spring Boot 3 builds its mapper, with the module a host registers (as a Module bean).
    ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().modulesToInstall(new JixiaoJackson2Module()).build();
    Envelope envelope = new Envelope("r-1", SampleDocuments.huaiyuan2024());

    String json = mapper.writeValueAsString(envelope);

    assertThat(mapper.readTree(json).path("document")).isEqualTo(mapper.readTree(SampleDocuments.huaiyuan2024Json()));
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  private FormatProvider format(String id) {
    return formats.byId(id).orElseThrow(() -> new AssertionError("no format " + id + " discovered"));
  }
}

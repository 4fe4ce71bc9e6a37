package io.github.jixiao.examples.spring;

import static io.github.jixiao.examples.spring.ValidationClient.findings;
import static io.github.jixiao.examples.spring.ValidationClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The service on a random port, answering the sample county document with the seed's findings. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ValidationApplicationTest {
  private static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  /** The catalogue's findings on the sample under the default policy (as testkit's SeedFindingsTest pins them). */
  static final List<String> SEED_FINDINGS = List.of(
      "WARNING JX-GOAL-001 items[0].mediumTermGoals = 3年",
      "WARNING JX-GOAL-001 items[1].mediumTermGoals = 10年",
      "WARNING JX-GOAL-001 items[3].mediumTermGoals = 3年",
      "INFO JX-GOAL-003 items[4].annualGoals = 24",
      "WARNING JX-GOAL-001 items[4].mediumTermGoals = 5年",
      "WARNING JX-TGT-004 items[5].annualIndicators[产出指标/时效指标/资金在规定时间内下达率] = ≥100%",
      "ERROR JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本] = 105.2万元",
      "WARNING JX-GOAL-001 items[6].mediumTermGoals = 2年",
      "WARNING JX-TGT-004 items[6].annualIndicators[产出指标/质量指标/确保行政办公中心良好的办公环境] = ≥100%",
      "WARNING JX-TGT-004 items[6].annualIndicators[产出指标/时效指标/资金在规定时间内下达率] = ≥100%",
      "INFO JX-GOAL-003 items[7].annualGoals = 17600",
      "INFO JX-GOAL-003 items[7].annualGoals = 20",
      "WARNING JX-TGT-004 items[8].annualIndicators[产出指标/质量指标/热线平台、系统运营质量合格率] = ≥100%",
      "WARNING JX-GOAL-001 items[9].mediumTermGoals = 5年",
      "WARNING JX-TGT-004 items[9].annualIndicators[产出指标/质量指标/常务会议室和视频会议室的智能化设备运行质量合格率] = ≥100%");

  @Value("${local.server.port}")
  int port;

  private ValidationClient client() {
    return new ValidationClient(port);
  }

  @Test
  void answersAnUploadedWordFileWithTheSeedsFindings() {
    ResponseEntity<String> response =
        client().upload("怀远县2024年绩效目标.docx", MediaType.APPLICATION_OCTET_STREAM, SampleDocuments.huaiyuan2024Docx());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode reports = json(response);
    assertThat(reports.path("type").asString()).isEqualTo("reports");
    JsonNode document = reports.path("documents").path(0);
    assertThat(document.path("document").asString()).isEqualTo("怀远县2024年绩效目标.docx");
    assertThat(document.path("counts").path("ERROR").asInt()).isEqualTo(1);
    assertThat(document.path("counts").path("WARNING").asInt()).isEqualTo(11);
    assertThat(document.path("counts").path("INFO").asInt()).isEqualTo(3);
    assertThat(findings(reports)).containsExactlyElementsOf(SEED_FINDINGS);
    assertThat(document.path("warnings")).isEmpty();
  }

  @Test
  void answersAnUploadedJsonFileWithTheSeedsFindings() {
    ResponseEntity<String> response =
        client().upload("huaiyuan-2024.json", MediaType.APPLICATION_JSON, SampleDocuments.huaiyuan2024Json());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(findings(json(response))).containsExactlyElementsOf(SEED_FINDINGS);
  }

  @Test
  void answersAJsonBodyWithTheSeedsFindings() {
    ResponseEntity<String> response = client().post(MediaType.APPLICATION_JSON, SampleDocuments.huaiyuan2024Json());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode reports = json(response);
    assertThat(reports.path("documents").path(0).path("document").asString()).isEqualTo(ValidationController.BODY);
    assertThat(findings(reports)).containsExactlyElementsOf(SEED_FINDINGS);
  }

  @Test
  void answersAWordBodyWithTheSeedsFindings() {
    ResponseEntity<String> response = client().post(DOCX, SampleDocuments.huaiyuan2024Docx());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(findings(json(response))).containsExactlyElementsOf(SEED_FINDINGS);
  }

  @Test
  void recognisesAWordBodyByItsBytesWhenTheTypeSaysNothing() {
    ResponseEntity<String> response = client().post(MediaType.APPLICATION_OCTET_STREAM, SampleDocuments.huaiyuan2024Docx());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(findings(json(response))).containsExactlyElementsOf(SEED_FINDINGS);
  }

  @Test
  void refusesMalformedJsonWithWhereItBroke() {
    byte[] broken = "{\"formatVersion\": \"1\",\n  \"type\": ".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> response = client().post(MediaType.APPLICATION_JSON, broken);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode problem = json(response);
    assertThat(problem.path("title").asString()).isEqualTo("The document cannot be read");
    assertThat(problem.path("reason").asString()).isNotEmpty();
    assertThat(problem.path("location").asString()).contains("line 2");
  }

  @Test
  void refusesADocumentInNoKnownFormat() {
    ResponseEntity<String> response =
        client().upload("notes.txt", MediaType.TEXT_PLAIN, "目标1：完成督查".getBytes(StandardCharsets.UTF_8));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(json(response).path("detail").asString()).contains("notes.txt");
  }
}

package io.github.jixiao.examples.spring;

import static io.github.jixiao.examples.spring.ValidationClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Spring's own JSON mapper reads and writes model types through the registered Jixiao module. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpringMapperModuleTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void readsADisclosureBodyAndWritesItBackInTheJsonFormat() {
    ResponseEntity<String> response =
        new ValidationClient(port).post("/counts", MediaType.APPLICATION_JSON, SampleDocuments.huaiyuan2024Json());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode counts = json(response);
    assertThat(counts.path("title").asString()).isEqualTo(SampleDocuments.huaiyuan2024().getTitle().orElseThrow());
    assertThat(counts.path("sheets").asInt()).isEqualTo(10);
    assertThat(counts.path("findings").path("ERROR").asInt()).isEqualTo(1);
    assertThat(counts.path("findings").path("WARNING").asInt()).isEqualTo(11);
    assertThat(counts.path("findings").path("INFO").asInt()).isEqualTo(3);
    assertThat(counts.path("document")).isEqualTo(json(SampleDocuments.huaiyuan2024Json()));
  }

  /** The module's refusal reaches the problem answer as its cause: the format's reason, not Spring's 400. */
  @Test
  void aBodyTheFormatRefusesIsAnsweredWithTheFormatsReason() {
    String unknownField = new String(SampleDocuments.huaiyuan2024Json(), StandardCharsets.UTF_8)
        .replaceFirst("\\{", "{\"surplus\": 1,");
    ResponseEntity<String> response =
        new ValidationClient(port).post("/counts", MediaType.APPLICATION_JSON, unknownField.getBytes(StandardCharsets.UTF_8));

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    JsonNode problem = json(response);
    assertThat(problem.path("reason").asString()).isNotEmpty();
    assertThat(problem.path("detail").asString()).contains("surplus");
  }
}

package io.github.jixiao.examples.spring;

import static io.github.jixiao.examples.spring.ValidationClient.findings;
import static io.github.jixiao.examples.spring.ValidationClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;

/** The policy is the one {@code jixiao.policy} names: another file, other findings. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jixiao.policy=classpath:strict-policy.properties")
class PolicyFromConfigurationTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void theConfiguredPolicyDisablesAndRaisesRules() {
    List<String> found = findings(json(
        new ValidationClient(port).upload("sample.docx", MediaType.APPLICATION_OCTET_STREAM, SampleDocuments.huaiyuan2024Docx())));

    List<String> expected = ValidationApplicationTest.SEED_FINDINGS.stream()
        .filter(f -> !f.contains(" JX-GOAL-001 "))
        .map(f -> f.replace("WARNING JX-TGT-004 ", "ERROR JX-TGT-004 "))
        .collect(Collectors.toList());
    assertThat(found).containsExactlyElementsOf(expected);
    assertThat(found).noneMatch(f -> f.contains("JX-GOAL-001")).anyMatch(f -> f.startsWith("ERROR JX-TGT-004"));
  }
}

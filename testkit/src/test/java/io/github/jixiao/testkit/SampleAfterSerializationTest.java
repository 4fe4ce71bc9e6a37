package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What a distributed engine does with a rule set and a policy — serialize them on the driver,
 * read them on a worker — leaves the sample's report as it was.
 */
class SampleAfterSerializationTest {
  @Test
  void aRuleSetAndPolicyReadBackValidateTheSampleIdentically() throws Exception {
    RuleSet rules = RuleSet.builder().addCatalogue().build();
    Policy policy = Policy.builder().setting(Policy.SATISFACTION_MINIMUM, new java.math.BigDecimal("96")).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rules);
      out.writeObject(policy);
    }
    RuleSet workerRules;
    Policy workerPolicy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      workerRules = (RuleSet) in.readObject();
      workerPolicy = (Policy) in.readObject();
    }
    Disclosure sample = SampleDocuments.huaiyuan2024();
    Report onDriver = rules.evaluate(sample, policy);
    assertThat(onDriver.getFindings()).extracting(Finding::getRuleId).contains("JX-COST-001");
    assertThat(workerPolicy).isEqualTo(policy);
    assertThat(workerRules.evaluate(sample, workerPolicy)).isEqualTo(onDriver);
    assertThat(workerRules.evaluate(sample, Policy.defaults())).isEqualTo(RuleSet.catalogue().evaluate(sample, Policy.defaults()));
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A discovered format registry and a rule set sent to a worker (Java serialization) read and
 * validate the sample as they did before.
 */
class JsonRegistrySerializationTest {
  @Test
  void aRegistryReadBackReadsAndValidatesTheSampleIdentically() throws Exception {
    FormatRegistry formats = FormatRegistry.discover(getClass().getClassLoader());
    RuleSet rules = RuleSet.catalogue();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(formats);
      out.writeObject(rules);
    }
    FormatRegistry workerFormats;
    RuleSet workerRules;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      workerFormats = (FormatRegistry) in.readObject();
      workerRules = (RuleSet) in.readObject();
    }
    assertThat(workerFormats.providers()).extracting(p -> p.id()).isEqualTo(formats.providers().stream().map(p -> p.id()).toList())
        .contains("json");
    Disclosure read = workerFormats.byId("json").orElseThrow().reader(ReadOptions.defaults())
        .readDisclosure(new ByteArrayInputStream(SampleDocuments.huaiyuan2024Json()));
    assertThat(read).isEqualTo(SampleDocuments.huaiyuan2024());
    assertThat(workerRules.evaluate(read, Policy.defaults())).isEqualTo(rules.evaluate(SampleDocuments.huaiyuan2024(), Policy.defaults()));
  }
}

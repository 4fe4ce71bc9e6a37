package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.catalog.Sheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/** A rule set goes through Java serialization as how it was built, and is built again the same. */
class RuleSetSerializationTest {
  static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** A rule the caller adds that can be sent. */
  static final class SerializableRule implements ItemRule, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public RuleMetadata metadata() {
      return TestRules.metadata("SER-TEST-001");
    }

    @Override
    public void check(ItemCheck check) {
      check.report(check.at(Section.ITEM, "name"), Message.of("已发送", "sent"));
    }
  }

  @Test
  void theCatalogueComesBackAsTheCatalogue() throws Exception {
    assertThat(read(write(RuleSet.catalogue()))).isSameAs(RuleSet.catalogue());
  }

  @Test
  void packsAndRulesComeBackAndGiveTheSameReport() throws Exception {
    RuleSet rules = RuleSet.builder()
        .addCatalogue()
        .addProviders(getClass().getClassLoader()) // AcmeRuleProvider, listed for ServiceLoader, not serializable
        .add(new SerializableRule())
        .build();
    RuleSet copy = (RuleSet) read(write(rules));
    assertThat(copy).isNotSameAs(rules);
    assertThat(copy.rules()).extracting(r -> r.metadata().getId())
        .containsExactlyElementsOf(rules.rules().stream().map(r -> r.metadata().getId()).toList())
        .contains("ACME-TEST-001", "SER-TEST-001", "JX-WGT-001");
    assertThat(copy.settings()).isEqualTo(rules.settings());
    Disclosure document = Disclosure.builder().addItem(Sheets.clean()).addItem(TestRules.cleanItem("乙项目")).build();
    Policy policy = Policy.builder().addDisabledRule("JX-GOAL-003").build();
    Report report = rules.evaluate(document, policy);
    assertThat(report.getFindings()).extracting(Finding::getRuleId).contains("SER-TEST-001");
    assertThat(copy.evaluate(document, policy)).isEqualTo(report);
  }

  @Test
  void aRuleThatCannotBeSentIsNamed() {
    RuleSet rules = RuleSet.builder().add(TestRules.nameContains("LOCAL-TEST-001", "x")).build();
    assertThatThrownBy(() -> write(rules)).isInstanceOf(NotSerializableException.class)
        .hasMessageContaining("RuleProvider").hasMessageContaining("Serializable");
  }

  @Test
  void aPackThatCannotBeMadeAgainFailsTheRead() throws Exception {
    byte[] bytes = write(RuleSet.builder().addProvider(new CztPack()).build()); // package-private, not listed
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidObjectException.class).hasMessageContaining(CztPack.class.getName());
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Settings given in code and rule sets sent as their recipe, at the edges the policy-file tests do
 * not reach: a pack's setting in the middle of a builder chain, and a set of one pack that is not
 * serializable, which must not come back as the catalogue.
 */
class SettingsInCodeEdgesTest {
  @Test
  void aPacksSettingKeepsTheBuilderChainGoing() {
    Policy p = Policy.builder().setting(CztPack.LIMIT, 3).setting(CztPack.STRICT, true).addDisabledRule("JX-GOAL-003").build();
    assertThat(p.setting(CztPack.LIMIT)).isEqualTo(3);
    assertThat(p.setting(CztPack.STRICT)).isTrue();
    assertThat(p.getDisabledRules()).containsExactly("JX-GOAL-003");
    assertThat(Policy.builder().setting(CztPack.AMOUNT, new BigDecimal("2")).build().setting(CztPack.AMOUNT)).isEqualByComparingTo("2");
    Policy thresholds = Policy.builder().setting(Policy.FUNDING_TOLERANCE, new BigDecimal("0.5"))
        .setting(Policy.SATISFACTION_MINIMUM, new BigDecimal("85")).setting(Policy.FUNDING_TOLERANCE, new BigDecimal("0.2")).build();
    assertThat(thresholds.getFundingTolerance()).isEqualByComparingTo("0.2");
    assertThat(thresholds.getSatisfactionMinimum()).isEqualByComparingTo("85");
  }

  @Test
  void aSetOfOnePackSentByItsClassNameComesBackAsThatPackNotTheCatalogue() throws Exception {
    RuleSet acme = RuleSet.builder().addProvider(new AcmeRuleProvider()).build();
    RuleSet copy = (RuleSet) RuleSetSerializationTest.read(RuleSetSerializationTest.write(acme));
    assertThat(copy).isNotSameAs(RuleSet.catalogue());
    assertThat(copy.ids()).isEqualTo(acme.ids()).contains("ACME-TEST-001").doesNotContain("JX-GOAL-001");
  }
}

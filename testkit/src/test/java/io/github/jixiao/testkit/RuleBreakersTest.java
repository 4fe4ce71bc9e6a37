package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.RuleSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of the catalogue has breakers. */
class RuleBreakersTest {
  private static final RuleSet CATALOGUE = RuleSet.catalogue();

  @Test
  void everyCatalogueRuleHasBreakers() {
    assertThat(RuleBreakers.ruleIds())
        .containsExactlyInAnyOrderElementsOf(CATALOGUE.rules().stream().map(r -> r.metadata().getId()).collect(Collectors.toList()));
  }
}

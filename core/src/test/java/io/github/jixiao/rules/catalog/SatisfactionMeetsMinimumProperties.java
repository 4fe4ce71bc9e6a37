package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** JX-SAT-002 for any policy minimum from 0 to 100 and targets on each side of it. */
class SatisfactionMeetsMinimumProperties {
  private final SatisfactionMeetsMinimum rule = new SatisfactionMeetsMinimum();

  @Property
  void aTargetAtOrAboveTheMinimumPasses(
      @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal minimum,
      @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal above) {
    BigDecimal target = minimum.add(above);
    Assume.that(target.compareTo(BigDecimal.valueOf(100)) <= 0);
    assertThat(findings(target, minimum)).isEmpty();
  }

  @Property
  void aTargetBelowTheMinimumIsReported(
      @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal minimum,
      @ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal below) {
    BigDecimal target = minimum.subtract(below);
    Assume.that(target.signum() >= 0);
    assertThat(findings(target, minimum))
        .singleElement()
        .satisfies(f -> assertThat(f.getMessageEn()).endsWith("below the minimum of " + minimum.toPlainString() + "%"));
  }

  private List<Finding> findings(BigDecimal target, BigDecimal minimum) {
    return check(
        rule,
        withTarget(clean(), SATISFACTION_ROW, "≥" + target.toPlainString() + "%"),
        Policy.builder().satisfactionMinimum(minimum).build());
  }
}

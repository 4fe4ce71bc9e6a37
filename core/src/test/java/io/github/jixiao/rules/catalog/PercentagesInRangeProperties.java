package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.QUALITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** JX-TGT-003 over percentages on each side of 0% and 100%, written with or without ≤ ≥ ＝. */
class PercentagesInRangeProperties {
  private final PercentagesInRange rule = new PercentagesInRange();

  @Property
  void quietFromZeroToAHundred(
      @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal percent,
      @ForAll("cappingOrEqual") String operator) {
    assertThat(findings(operator + percent.toPlainString() + "%")).isEmpty();
  }

  @Property
  void firesAboveAHundred(
      @ForAll @BigRange(min = "100.01", max = "100000") @Scale(2) BigDecimal percent,
      @ForAll("anyButStrict") String operator) {
    assertThat(findings(operator + percent.toPlainString() + "%")).extracting(Finding::getRuleId).containsExactly("JX-TGT-003");
  }

  @Property
  void firesBelowZero(
      @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal belowZero,
      @ForAll("anyButStrict") String operator) {
    assertThat(findings(operator + belowZero.negate().toPlainString() + "%")).extracting(Finding::getRuleId).containsExactly("JX-TGT-003");
  }

  /** Operators under which a value from 0 to 100 admits nothing outside 0–100% (≥100% is JX-TGT-004's). */
  @Provide
  Arbitrary<String> cappingOrEqual() {
    return Arbitraries.of("", "≤", "＝");
  }

  /** Operators under which a value outside 0–100 admits values outside too. */
  @Provide
  Arbitrary<String> anyButStrict() {
    return Arbitraries.of("", "≤", "≥", "＝");
  }

  private List<Finding> findings(String target) {
    return check(rule, withTarget(clean(), QUALITY_ROW, target));
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.funding;
import static io.github.jixiao.rules.catalog.Sheets.source;
import static io.github.jixiao.rules.catalog.Sheets.withFunding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** JX-FUND-001 on either side of any policy tolerance: up to it is allowed, beyond it is not. */
class FundingAddsUpProperties {
  private final FundingAddsUp rule = new FundingAddsUp();

  @Property
  void aDifferenceUpToTheToleranceIsAllowed(
      @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal tolerance,
      @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal shareOfIt,
      @ForAll boolean above) {
    BigDecimal difference = tolerance.multiply(shareOfIt);
    assertThat(findings(above ? difference : difference.negate(), tolerance)).isEmpty();
  }

  @Property
  void aDifferenceBeyondTheToleranceIsReported(
      @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal tolerance,
      @ForAll @BigRange(min = "0.001", max = "10") @Scale(3) BigDecimal excess,
      @ForAll boolean above) {
    BigDecimal difference = tolerance.add(excess);
    assertThat(findings(above ? difference : difference.negate(), tolerance))
        .extracting(Finding::getRuleId)
        .containsExactly("JX-FUND-001");
  }

  /** A total that differs from its one source, 18.00, by {@code difference}. */
  private List<Finding> findings(BigDecimal difference, BigDecimal tolerance) {
    BigDecimal sources = new BigDecimal("18.00");
    BudgetItem item =
        withFunding(clean(), funding(sources.add(difference).toPlainString(), source("财政拨款", sources.toPlainString())));
    return check(rule, item, Policy.builder().fundingTolerance(tolerance).build());
  }
}

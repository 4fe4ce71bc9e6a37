package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.Optional;

/** JX-FUND-001: a funding total equals the sum of its sources, within the policy's tolerance. */
final class FundingAddsUp extends CatalogueRule implements ItemRule {
  FundingAddsUp() {
    super("JX-FUND-001", Severity.ERROR, RuleCategory.CONSISTENCY, Sources.PRACTICE);
  }

  @Override
  public void check(ItemCheck check) {
    checkSplit(check, check.item().getAnnualFunding(), Section.ANNUAL_FUNDING, "annualFunding");
    checkSplit(check, check.item().getMediumTermFunding(), Section.MEDIUM_TERM_FUNDING, "mediumTermFunding");
  }

  private void checkSplit(ItemCheck check, Optional<FundingSplit> split, Section section, String path) {
    if (split.isEmpty() || split.get().getSources().isEmpty()) {
      return;
    }
    BigDecimal total = split.get().getTotal();
    BigDecimal sum = split.get().sourcesSum();
    if (total.subtract(sum).abs().compareTo(check.policy().getFundingTolerance()) > 0) {
      check.report(
          check.at(section, path + ".total"),
          message(total.toPlainString(), sum.toPlainString()),
          total.toPlainString(),
          sum.toPlainString());
    }
  }
}

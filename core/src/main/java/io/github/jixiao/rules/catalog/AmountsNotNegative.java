package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** JX-FUND-002: no funding amount is negative. */
final class AmountsNotNegative extends CatalogueRule implements ItemRule {
  AmountsNotNegative() {
    super("JX-FUND-002", Severity.ERROR, RuleCategory.REASONABLENESS, Sources.PRACTICE);
  }

  @Override
  public void check(ItemCheck check) {
    checkSplit(check, check.item().getAnnualFunding(), Section.ANNUAL_FUNDING, "annualFunding", "年度资金总额");
    checkSplit(
        check, check.item().getMediumTermFunding(), Section.MEDIUM_TERM_FUNDING, "mediumTermFunding", "中期资金总额");
  }

  private void checkSplit(
      ItemCheck check, Optional<FundingSplit> split, Section section, String path, String totalLabel) {
    if (split.isEmpty()) {
      return;
    }
    BigDecimal total = split.get().getTotal();
    if (total.signum() < 0) {
      report(check, section, path + ".total", totalLabel, total);
    }
    checkSources(check, split.get().getSources(), section, path + ".sources");
  }

  private void checkSources(ItemCheck check, List<FundingSource> sources, Section section, String path) {
    for (FundingSource source : sources) {
      if (source.getAmount().signum() < 0) {
        report(check, section, FundingPaths.source(path, source) + ".amount", source.getLabel(), source.getAmount());
      }
      if (!source.getChildren().isEmpty()) {
        checkSources(check, source.getChildren(), section, FundingPaths.source(path, source) + ".children");
      }
    }
  }

  private void report(ItemCheck check, Section section, String path, String label, BigDecimal amount) {
    check.report(check.at(section, path), message(label, amount.toPlainString()), amount.toPlainString(), "≥ 0");
  }
}

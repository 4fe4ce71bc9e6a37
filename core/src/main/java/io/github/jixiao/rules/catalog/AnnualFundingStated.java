package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;

/** JX-FUND-004: the sheet states its annual funding (项目资金). */
final class AnnualFundingStated extends CatalogueRule implements ItemRule {
  AnnualFundingStated() {
    super("JX-FUND-004", Severity.ERROR, RuleCategory.COMPLETENESS, Citations.CENTRAL_2015);
  }

  @Override
  public void check(ItemCheck check) {
    if (check.item().getAnnualFunding().isEmpty()) {
      check.report(check.at(Section.ANNUAL_FUNDING, "annualFunding"), message());
    }
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;

/** JX-FUND-004: the sheet states its annual funding (项目资金). */
@RuleDeclaration(id = "JX-FUND-004", severity = Severity.ERROR,
    category = RuleCategory.COMPLETENESS, citation = Citations.CENTRAL_2015)
final class AnnualFundingStated extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    if (check.item().getAnnualFunding().isEmpty()) {
      check.report(check.at(Section.ANNUAL_FUNDING, "annualFunding"), message());
    }
  }
}

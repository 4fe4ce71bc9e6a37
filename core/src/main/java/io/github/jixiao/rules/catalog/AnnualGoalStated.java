package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;

/** JX-GOAL-002: the annual goal (年度目标) is not empty. */
@RuleDeclaration(id = "JX-GOAL-002", severity = Severity.ERROR,
    category = RuleCategory.COMPLETENESS, citation = Citations.CENTRAL_2015)
final class AnnualGoalStated extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    if (check.item().getAnnualGoals().filter(g -> !g.getText().isBlank()).isEmpty()) {
      check.report(check.at(Section.ANNUAL_GOALS, "annualGoals"), message());
    }
  }
}

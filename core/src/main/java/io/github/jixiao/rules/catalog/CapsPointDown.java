package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.ComparisonOperator;

/** JX-DIR-001: costs and time limits (成本, 费用, 控制率, 时限, …) are capped with ≤ or ＝, not ≥ or ＞. */
@RuleDeclaration(id = "JX-DIR-001", severity = Severity.WARNING,
    category = RuleCategory.REASONABLENESS, citation = Citations.CENTRAL_2021)
final class CapsPointDown extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      ComparisonOperator op = indicator.effectiveTarget().effectiveComparator().orElse(ComparisonOperator.EQ);
      if ((op == ComparisonOperator.GE || op == ComparisonOperator.GT) && IndicatorTraits.expectsAtMost(indicator)) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), indicator.effectiveTarget().getRaw()),
            indicator.effectiveTarget().getRaw(),
            "≤");
      }
    });
  }
}

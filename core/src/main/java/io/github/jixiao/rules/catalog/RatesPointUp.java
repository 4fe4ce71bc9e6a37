package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.ComparisonOperator;

/**
 * JX-DIR-002: coverage, pass, completion and similar rates are floored with ≥ (or ＝), not ≤ or
 * ＜. Satisfaction is JX-SAT-001's.
 */
@RuleDeclaration(id = "JX-DIR-002", severity = Severity.WARNING,
    category = RuleCategory.REASONABLENESS, citation = Citations.CENTRAL_2021)
final class RatesPointUp extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      ComparisonOperator op = indicator.effectiveTarget().effectiveComparator().orElse(ComparisonOperator.EQ);
      if ((op == ComparisonOperator.LE || op == ComparisonOperator.LT)
          && IndicatorTraits.expectsAtLeast(indicator)
          && !IndicatorTraits.isSatisfaction(indicator)) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), indicator.effectiveTarget().getRaw()),
            indicator.effectiveTarget().getRaw(),
            "≥");
      }
    });
  }
}

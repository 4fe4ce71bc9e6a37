package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;

/**
 * JX-SAT-001: a satisfaction target is a percentage floored with ≥ (or ＞), such as "≥90%". A
 * 不适用 row and unreadable text (JX-TGT-001) are left alone.
 */
@RuleDeclaration(id = "JX-SAT-001", severity = Severity.WARNING,
    category = RuleCategory.MEASURABILITY, citation = Citations.CENTRAL_2021)
final class SatisfactionIsFlooredPercentage extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      if (IndicatorTraits.isSatisfaction(indicator) && !isFlooredPercentage(t) && judged(t)) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), t.getRaw()),
            t.getRaw(),
            "≥" + check.policy().setting(Policy.SATISFACTION_MINIMUM).toPlainString() + "%");
      }
    });
  }

  private static boolean judged(TargetValue t) {
    return t.getKind() != TargetKind.NOT_APPLICABLE && t.getKind() != TargetKind.UNRECOGNISED;
  }

  static boolean isFlooredPercentage(TargetValue t) {
    return t.getKind() == TargetKind.QUANTITATIVE
        && t.isPercentage()
        && t.getComparator().filter(op -> op == ComparisonOperator.GE || op == ComparisonOperator.GT).isPresent();
  }
}

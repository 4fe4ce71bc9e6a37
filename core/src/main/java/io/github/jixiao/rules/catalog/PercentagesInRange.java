package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;

/**
 * JX-TGT-003: a percentage target admits values within 0–100%: "120%", "＞100%" and "＜0%" do
 * not. (This also covers 预算控制率 above 100%.)
 */
@RuleDeclaration(id = "JX-TGT-003", severity = Severity.ERROR,
    category = RuleCategory.REASONABLENESS, citation = Citations.CENTRAL_2015)
final class PercentagesInRange extends CatalogueRule implements ItemRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      if (t.isPercentage() && outOfRange(t)) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), t.getRaw()),
            t.getRaw(),
            "0%–100%");
      }
    });
  }

  private static boolean outOfRange(TargetValue t) {
    BigDecimal value = t.getValue().orElseThrow();
    if (t.getKind() == TargetKind.RANGE) {
      BigDecimal upper = t.getUpperValue().orElseThrow();
      return outside(value) || outside(upper);
    }
    ComparisonOperator op = t.effectiveComparator().orElseThrow();
    return outside(value)
        || (op == ComparisonOperator.GT && value.compareTo(HUNDRED) >= 0)
        || (op == ComparisonOperator.LT && value.signum() <= 0);
  }

  private static boolean outside(BigDecimal value) {
    return value.signum() < 0 || value.compareTo(HUNDRED) > 0;
  }
}

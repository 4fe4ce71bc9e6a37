package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;

/**
 * JX-TGT-002: a quantitative target carries a unit, in the value or in a 计量单位 column; a column
 * saying "无" or "/" states none.
 */
@RuleDeclaration(id = "JX-TGT-002", severity = Severity.WARNING,
    category = RuleCategory.MEASURABILITY, citation = Citations.CENTRAL_2015)
final class QuantitiesHaveUnits extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      if (lacksUnit(indicator)) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), indicator.effectiveTarget().getRaw()),
            indicator.effectiveTarget().getRaw(),
            null);
      }
    });
  }

  private static boolean lacksUnit(Indicator indicator) {
    TargetValue t = indicator.effectiveTarget();
    boolean numeric = t.getKind() == TargetKind.QUANTITATIVE || t.getKind() == TargetKind.RANGE;
    return numeric && t.getUnit().isEmpty() && indicator.statedUnit().isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetKind;

/** JX-TGT-006: a target left 暂不确定 (undetermined) is worth a reviewer's note. */
@RuleDeclaration(id = "JX-TGT-006", severity = Severity.INFO,
    category = RuleCategory.MEASURABILITY, citation = Citations.PRACTICE)
final class UndeterminedTargets extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      if (indicator.effectiveTarget().getKind() == TargetKind.UNDETERMINED) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName()),
            indicator.effectiveTarget().getRaw(),
            null);
      }
    });
  }
}

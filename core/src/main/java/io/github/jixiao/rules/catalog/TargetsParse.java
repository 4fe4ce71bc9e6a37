package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetKind;

/** JX-TGT-001: every target value can be read (quantity, range, statement, 不适用, …). */
@RuleDeclaration(id = "JX-TGT-001", severity = Severity.ERROR,
    category = RuleCategory.MEASURABILITY, citation = Citations.CENTRAL_2015)
final class TargetsParse extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      if (indicator.effectiveTarget().getKind() == TargetKind.UNRECOGNISED) {
        String raw = indicator.effectiveTarget().getRaw();
        check.report(
            check.atIndicator(table.section(), row, indicator),
            raw.isBlank() ? messageVariant("empty", indicator.getName()) : message(indicator.getName(), raw),
            raw,
            null);
      }
    });
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;

/** JX-TGT-005: a range target goes from low to high ("90%-95%", not "95%-90%"). */
@RuleDeclaration(id = "JX-TGT-005", severity = Severity.ERROR,
    category = RuleCategory.REASONABLENESS, citation = Citations.PRACTICE)
final class RangesAscend extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      if (t.getKind() == TargetKind.RANGE && t.getValue().orElseThrow().compareTo(t.getUpperValue().orElseThrow()) > 0) {
        check.report(check.atIndicator(table.section(), row, indicator), message(indicator.getName(), t.getRaw()), t.getRaw(), null);
      }
    });
  }
}

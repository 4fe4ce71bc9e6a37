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

/** JX-TGT-004: "≥100%" can only mean "=100%"; write it so. */
@RuleDeclaration(id = "JX-TGT-004", severity = Severity.WARNING,
    category = RuleCategory.REASONABLENESS, citation = Citations.PRACTICE)
final class NoAtLeastHundredPercent extends CatalogueRule implements ItemRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      if (t.getKind() == TargetKind.QUANTITATIVE
          && t.isPercentage()
          && t.getComparator().filter(ComparisonOperator.GE::equals).isPresent()
          && t.getValue().orElseThrow().compareTo(HUNDRED) == 0) {
        check.report(check.atIndicator(table.section(), row, indicator), message(indicator.getName(), t.getRaw()), t.getRaw(), "100%");
      }
    });
  }
}

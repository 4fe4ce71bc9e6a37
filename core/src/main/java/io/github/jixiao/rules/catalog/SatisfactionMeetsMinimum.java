package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;

/** JX-SAT-002: a satisfaction target is at least the policy's minimum (80% by default). */
@RuleDeclaration(id = "JX-SAT-002", severity = Severity.WARNING,
    category = RuleCategory.REASONABLENESS, citation = Citations.PRACTICE)
final class SatisfactionMeetsMinimum extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    BigDecimal minimum = check.policy().setting(Policy.SATISFACTION_MINIMUM);
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      if (IndicatorTraits.isSatisfaction(indicator)
          && SatisfactionIsFlooredPercentage.isFlooredPercentage(t)
          && t.getValue().orElseThrow().compareTo(minimum) < 0) {
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), t.getRaw(), minimum.toPlainString()),
            t.getRaw(),
            "≥" + minimum.toPlainString() + "%");
      }
    });
  }
}

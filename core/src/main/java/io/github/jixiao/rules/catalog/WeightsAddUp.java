package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;

/**
 * JX-WGT-001: the weights (权重 / 分值) of a weighted indicator table add up to the policy's total
 * ({@link BuiltInRules#WEIGHT_TOTAL}, 100 by default). A table is weighted when any row has a
 * weight; rows without one count as 0, so a weight left out shows as a shortfall. Weights are points
 * written exactly, so the sum must equal the total, not come within a tolerance.
 */
@RuleDeclaration(id = "JX-WGT-001", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class WeightsAddUp extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    BigDecimal total = check.policy().setting(BuiltInRules.WEIGHT_TOTAL);
    IndicatorTables.forEachTable(check.item(), table -> {
      BigDecimal sum = BigDecimal.ZERO;
      boolean weighted = false;
      for (Indicator row : table.rows()) {
        if (row.getWeight().isPresent()) {
          weighted = true;
          sum = sum.add(row.getWeight().get());
        }
      }
      if (weighted && sum.compareTo(total) != 0) {
        check.report(
            check.atTable(table.section()),
            message(sum.toPlainString(), total.toPlainString()),
            sum.toPlainString(),
            total.toPlainString());
      }
    });
  }
}

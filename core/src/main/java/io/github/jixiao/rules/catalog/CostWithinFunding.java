package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * JX-COST-001: a cost target in money (万元, 元, …) does not exceed the funding of its table — the
 * annual total for annual indicators, the medium-term total for medium-term ones (相应匹配). A range
 * is judged by its upper bound: "15-20万元" against 18万元 admits a cost above the funding.
 */
@RuleDeclaration(id = "JX-COST-001", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.CENTRAL_2015)
final class CostWithinFunding extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      TargetValue t = indicator.effectiveTarget();
      boolean numeric = t.getKind() == TargetKind.QUANTITATIVE || t.getKind() == TargetKind.RANGE;
      if (!numeric || t.getUnit().isEmpty() || table.funding().isEmpty()) {
        return;
      }
      Optional<BigDecimal> per = IndicatorTraits.tenThousandYuanPer(t.getUnit().get());
      if (per.isEmpty() || !IndicatorTraits.isCost(indicator)) {
        return;
      }
      FundingSplit funding = table.funding().get();
      BigDecimal cost = t.getUpperValue().or(t::getValue).orElseThrow().multiply(per.get());
      if (cost.compareTo(funding.getTotal()) > 0) {
        String total = funding.getTotal().toPlainString();
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getName(), t.getRaw(), total),
            t.getRaw(),
            "≤" + total + "万元");
      }
    });
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.funding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.source;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withFunding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** JX-COST-001 for any annual total and a 项目总成本 in 万元 on each side of it. */
class CostWithinFundingProperties {
  private final CostWithinFunding rule = new CostWithinFunding();

  @Property
  void aCostUpToTheTotalPasses(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal total,
      @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal shareOfIt) {
    assertThat(findings(total, total.multiply(shareOfIt))).isEmpty();
  }

  @Property
  void aCostAboveTheTotalIsReported(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal total,
      @ForAll @BigRange(min = "0.0001", max = "1000") @Scale(4) BigDecimal excess) {
    assertThat(findings(total, total.add(excess))).extracting(Finding::getRuleId).containsExactly("JX-COST-001");
  }

  private List<Finding> findings(BigDecimal total, BigDecimal cost) {
    String t = total.toPlainString();
    BudgetItem item = withFunding(clean(), funding(t, source("财政拨款", t)));
    return check(rule, withAddedRow(item, row("产出指标", "成本指标", "项目总成本", "≤" + cost.toPlainString() + "万元")));
  }
}

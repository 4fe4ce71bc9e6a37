package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.ADDED_ROW;
import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.framework;
import static io.github.jixiao.rules.catalog.Sheets.funding;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.source;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermFunding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-COST-001: a cost target in money (万元, 元, 千元, 亿元) does not exceed the funding of its table —
 * the annual total (18.00万元 on the clean sheet) for annual indicators, the medium-term total for
 * medium-term ones. The seed's 项目总成本 of 105.2万元 against 100.00 is the case in point.
 */
class CostWithinFundingTest {
  private final CostWithinFunding rule = new CostWithinFunding();

  /** The clean sheet with a 项目总成本 row under 产出/成本指标. */
  private static BudgetItem totalCost(String target) {
    return withAddedRow(clean(), row("产出指标", "成本指标", "项目总成本", target));
  }

  @Test
  void firesOnACostAboveTheAnnualTotalAtItsRow() {
    Finding f = onlyFinding(check(rule, totalCost("≤18.01万元")));
    assertFinding(f, "JX-COST-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, ADDED_ROW, "annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(f.getMessageEn())
        .isEqualTo("cost indicator \"项目总成本\" declares ≤18.01万元, above the funding total of 18.00 (10k yuan)");
    assertThat(f.getMessageZh()).isEqualTo("成本指标“项目总成本”的指标值“≤18.01万元”超过资金总额 18.00 万元");
    assertThat(f.getValue()).contains("≤18.01万元");
    assertThat(f.getExpected()).contains("≤18.00万元");
  }

  @ParameterizedTest
  @ValueSource(strings = {"≤18万元", "18.00万元", "≤17.99万元", "180000元", "180千元", "0.0018亿元", "≤0万元"})
  void staysQuietUpToTheTotalInAnyMoneyUnit(String target) {
    assertThat(check(rule, totalCost(target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"18.01万元", "180001元", "180.01千元", "0.00181亿元", "≥105.2万元"})
  void firesJustAboveTheTotalInAnyMoneyUnit(String target) {
    assertThat(check(rule, totalCost(target))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"≤100%", "≤20天", "成本可控"})
  void staysQuietOnCostTargetsThatAreNotMoney(String target) {
    assertThat(check(rule, withTarget(clean(), COST_ROW, target))).isEmpty();
  }

  @Test
  void aCostWordInTheNameMakesAnyRowACost() {
    Finding f = onlyFinding(check(rule, withAddedRow(clean(), row("效益指标", "经济效益指标", "差旅费用", "20万元"))));
    assertThat(f.getMessageEn()).contains("\"差旅费用\"");
  }

  @Test
  void moneyThatIsNotACostIsNotCompared() {
    assertThat(check(rule, withAddedRow(clean(), row("效益指标", "经济效益指标", "带动社会投资", "≥500万元")))).isEmpty();
  }

  @Test
  void the2021CostCategoriesAreCosts() {
    BudgetItem item = withAddedRow(clean(), row("成本指标", "经济成本指标", "设备购置", "20万元"));
    assertThat(check(rule, item, framework(IndicatorFramework.V2021))).hasSize(1);
  }

  @Test
  void mediumTermCostsAreComparedWithTheMediumTermTotal() {
    BudgetItem item = withMediumTermFunding(clean(), funding("54.00", source("财政拨款", "54.00")));
    // 50万元 is above the annual 18.00 but within the medium-term 54.00.
    assertThat(check(rule, withMediumTermRows(item, row("产出指标", "成本指标", "项目总成本", "≤54万元")))).isEmpty();
    Finding f = onlyFinding(check(rule, withMediumTermRows(item, row("产出指标", "成本指标", "项目总成本", "≤54.01万元"))));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, 0, "mediumTermIndicators[产出指标/成本指标/项目总成本]");
    assertThat(f.getMessageEn()).contains("54.00");
  }

  @Test
  void annualCostsAreComparedWithTheAnnualTotalEvenBesideALargerMediumTermOne() {
    BudgetItem item = withMediumTermFunding(totalCost("≤20万元"), funding("54.00", source("财政拨款", "54.00")));
    assertThat(onlyFinding(check(rule, item)).getExpected()).contains("≤18.00万元");
  }

  @Test
  void aRangeCostAboveTheTotalFires() {
    assertThat(check(rule, totalCost("20-30万元"))).hasSize(1);
    assertThat(check(rule, totalCost("15-20万元"))).as("the upper bound is above the funding").hasSize(1);
    assertThat(check(rule, totalCost("10-18万元"))).as("the upper bound is the funding").isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.TIMELINESS_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.framework;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withRows;
import static io.github.jixiao.rules.catalog.Sheets.withoutRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * JX-COV-002: 产出指标 has 数量, 质量 and 时效 indicators, and under the pre-2021 framework 成本 too;
 * judged only when the table has output rows at all (a missing 产出 is JX-COV-001's).
 */
class OutputHasRequiredLevel2Test {
  private final OutputHasRequiredLevel2 rule = new OutputHasRequiredLevel2();

  @Test
  void firesOnAMissingTimelinessCategoryAtTheTable() {
    Finding f = onlyFinding(check(rule, withoutRow(clean(), TIMELINESS_ROW)));
    assertFinding(f, "JX-COV-002", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, null, "annualIndicators");
    assertThat(f.getMessageEn()).isEqualTo("output indicators lack level-2 category \"时效指标\"");
    assertThat(f.getMessageZh()).isEqualTo("产出指标缺少二级指标“时效指标”");
    assertThat(f.getExpected()).contains("时效指标");
  }

  @Test
  void pre2021RequiresTheOutputCostCategory() {
    // The framework is fixed: without its 成本 row the sheet would no longer be detected pre-2021.
    Finding f = onlyFinding(check(rule, withoutRow(clean(), COST_ROW), framework(IndicatorFramework.PRE_2021)));
    assertThat(f.getMessageEn()).contains("\"成本指标\"");
  }

  @Test
  void twentyTwentyOneDoesNotRequireAnOutputCostCategory() {
    assertThat(check(rule, withoutRow(clean(), COST_ROW), framework(IndicatorFramework.V2021))).isEmpty();
  }

  @Test
  void staysQuietWithoutAnyOutputRows() {
    Indicator benefit = clean().getAnnualIndicators().getRows().get(BENEFIT_ROW);
    Indicator satisfaction = clean().getAnnualIndicators().getRows().get(SATISFACTION_ROW);
    assertThat(check(rule, withRows(clean(), benefit, satisfaction), framework(IndicatorFramework.PRE_2021))).isEmpty();
  }

  @Test
  void staysQuietWhenEveryRequiredCategoryHasARow() {
    assertThat(check(rule, clean())).isEmpty();
  }

  @Test
  void checksTheMediumTermTableOnItsOwn() {
    Finding f =
        onlyFinding(
            check(
                rule,
                withMediumTermRows(
                    clean(),
                    row("产出指标", "数量指标", "督查次数", "≥180次"),
                    row("产出指标", "时效指标", "任务完成及时率", "≥95%"),
                    row("产出指标", "成本指标", "预算控制率", "≤100%"))));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, null, "mediumTermIndicators");
    assertThat(f.getMessageEn()).contains("\"质量指标\"");
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.framework;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * JX-CAT-003: a level 2 sits under the level 1 the framework assigns it to; judged only where both
 * belong to the framework (the others are JX-CAT-001's and JX-CAT-002's).
 */
class Level2UnderOwnLevel1Test {
  private final Level2UnderOwnLevel1 rule = new Level2UnderOwnLevel1();

  /** 数量指标, an output category, moved under 效益指标. */
  private static final BudgetItem MISPLACED =
      withRow(clean(), QUANTITY_ROW, row("效益指标", "数量指标", "督查次数", "≥60次"));

  @Test
  void firesOnALevel2UnderAnotherLevel1AtItsRow() {
    Finding f = onlyFinding(check(rule, MISPLACED));
    assertFinding(f, "JX-CAT-003", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUANTITY_ROW, "annualIndicators[效益指标/数量指标/督查次数]");
    assertThat(f.getMessageEn()).isEqualTo("level-2 category \"数量指标\" sits under \"效益指标\" but belongs under \"产出指标\"");
    assertThat(f.getMessageZh()).isEqualTo("二级指标“数量指标”位于一级指标“效益指标”下，应属于“产出指标”");
    assertThat(f.getValue()).contains("效益指标/数量指标");
    assertThat(f.getExpected()).contains("产出指标/数量指标");
  }

  @Test
  void reportsAPairOncePerTable() {
    BudgetItem twice = withAddedRow(MISPLACED, row("效益指标", "数量指标", "通报次数", "≥4次"));
    assertThat(onlyFinding(check(rule, twice)).getLocation().getRow()).hasValue(QUANTITY_ROW);
  }

  @Test
  void staysQuietWhereEveryLevel2IsUnderItsOwn() {
    assertThat(check(rule, clean())).isEmpty();
  }

  @Test
  void leavesCategoriesOutsideTheFrameworkToTheOtherRules() {
    // A custom level 1 over a standard level 2 (JX-CAT-001), a standard level 1 over a custom level 2 (JX-CAT-002).
    assertThat(check(rule, withRow(clean(), QUANTITY_ROW, row("管理指标", "数量指标", "督查次数", "≥60次")))).isEmpty();
    assertThat(check(rule, withRow(clean(), QUANTITY_ROW, row("效益指标", "管理效率指标", "督查次数", "≥60次")))).isEmpty();
    // Under 2021, 产出/成本指标 is a level 2 the framework lacks, not a misplaced one.
    assertThat(check(rule, clean(), framework(IndicatorFramework.V2021))).isEmpty();
  }

  @Test
  void underPre2021TheCostLevel2BelongsUnderOutput() {
    BudgetItem costUnderBenefit = withRow(clean(), COST_ROW, row("效益指标", "成本指标", "预算控制率", "≤100%"));
    Finding f = onlyFinding(check(rule, costUnderBenefit, framework(IndicatorFramework.PRE_2021)));
    assertThat(f.getMessageEn()).contains("belongs under \"产出指标\"");
  }
}

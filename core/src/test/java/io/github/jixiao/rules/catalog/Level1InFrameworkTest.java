package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.NAME;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.framework;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * JX-CAT-001: level-1 categories are those of the framework the sheet is checked against
 * (pre-2021: 产出, 效益, 满意度; 2021 adds 成本); each label is reported once per table.
 */
class Level1InFrameworkTest {
  private final Level1InFramework rule = new Level1InFramework();

  /** The clean sheet's 效益 row under a level 1 no framework has. */
  private static final BudgetItem CUSTOM_LEVEL1 =
      withRow(clean(), BENEFIT_ROW, row("管理指标", "社会效益指标", "督促整改", "成效明显"));

  @Test
  void firesOnALevel1OutsideTheFrameworkAtItsRow() {
    Finding f = onlyFinding(check(rule, CUSTOM_LEVEL1));
    assertFinding(f, "JX-CAT-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, BENEFIT_ROW, "annualIndicators[管理指标/社会效益指标/督促整改]");
    assertThat(f.getLocation().getItemName()).contains(NAME);
    assertThat(f.getMessageEn()).isEqualTo("level-1 category \"管理指标\" is not part of the pre-2021 framework");
    assertThat(f.getMessageZh()).isEqualTo("一级指标“管理指标”不属于 pre-2021 指标体系");
    assertThat(f.getValue()).contains("管理指标");
    assertThat(f.getExpected()).contains("产出指标、效益指标、满意度指标");
  }

  @Test
  void reportsALabelOncePerTableAtItsFirstRow() {
    BudgetItem twice = withAddedRow(CUSTOM_LEVEL1, row("管理指标", "社会效益指标", "制度建设", "健全"));
    Finding f = onlyFinding(check(rule, twice));
    assertThat(f.getLocation().getRow()).hasValue(BENEFIT_ROW);
  }

  @Test
  void reportsTheMediumTermTableOnItsOwn() {
    BudgetItem item = withMediumTermRows(CUSTOM_LEVEL1, row("管理指标", "数量指标", "督查次数", "≥180次"));
    assertThat(check(rule, item))
        .extracting(f -> f.getLocation().getSection() + " " + f.getLocation().getPath())
        .containsExactly(
            "ANNUAL_INDICATORS annualIndicators[管理指标/社会效益指标/督促整改]",
            "MEDIUM_TERM_INDICATORS mediumTermIndicators[管理指标/数量指标/督查次数]");
  }

  @Test
  void theCostLevel1BelongsTo2021Only() {
    BudgetItem withCostLevel1 = withAddedRow(clean(), row("成本指标", "经济成本指标", "项目总成本", "≤18万元"));
    Finding f = onlyFinding(check(rule, withCostLevel1, framework(IndicatorFramework.PRE_2021)));
    assertLocation(f, Section.ANNUAL_INDICATORS, Sheets.ADDED_ROW, "annualIndicators[成本指标/经济成本指标/项目总成本]");
    assertThat(f.getMessageEn()).contains("\"成本指标\"").contains("pre-2021");
    assertThat(check(rule, withCostLevel1, framework(IndicatorFramework.V2021))).isEmpty();
  }

  @Test
  void staysQuietOnTheFrameworksLevel1sAndTheirVariants() {
    assertThat(check(rule, clean())).isEmpty();
    BudgetItem variants =
        withRow(
            withRow(clean(), QUANTITY_ROW, row("产出", "数量指标", "督查次数", "≥60次")),
            SATISFACTION_ROW,
            row("社会公众或服务对象满意度指标", "满意度指标", "被督查机关满意度", "≥95%"));
    assertThat(check(rule, variants)).isEmpty();
  }
}

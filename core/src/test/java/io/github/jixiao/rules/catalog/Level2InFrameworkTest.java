package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
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

/** JX-CAT-002: level-2 categories belong to the framework; each label is reported once per table. */
class Level2InFrameworkTest {
  private final Level2InFramework rule = new Level2InFramework();

  private static final BudgetItem CUSTOM_LEVEL2 =
      withRow(clean(), BENEFIT_ROW, row("效益指标", "管理效率指标", "督促整改", "成效明显"));

  @Test
  void firesOnALevel2OutsideTheFrameworkAtItsRow() {
    Finding f = onlyFinding(check(rule, CUSTOM_LEVEL2));
    assertFinding(f, "JX-CAT-002", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, BENEFIT_ROW, "annualIndicators[效益指标/管理效率指标/督促整改]");
    assertThat(f.getMessageEn()).isEqualTo("level-2 category \"管理效率指标\" is not part of the pre-2021 framework");
    assertThat(f.getMessageZh()).isEqualTo("二级指标“管理效率指标”不属于 pre-2021 指标体系");
    assertThat(f.getValue()).contains("管理效率指标");
  }

  @Test
  void reportsALabelOncePerTable() {
    BudgetItem twice = withAddedRow(CUSTOM_LEVEL2, row("效益指标", "管理效率指标", "制度建设", "健全"));
    assertThat(onlyFinding(check(rule, twice)).getLocation().getRow()).hasValue(BENEFIT_ROW);
  }

  @Test
  void theOutputCostLevel2IsNotPartOf2021() {
    // 产出指标/成本指标 is the pre-2021 form; 2021 made 成本 a level 1 of its own.
    Finding f = onlyFinding(check(rule, clean(), framework(IndicatorFramework.V2021)));
    assertLocation(f, Section.ANNUAL_INDICATORS, COST_ROW, "annualIndicators[产出指标/成本指标/预算控制率]");
    assertThat(f.getMessageEn()).contains("\"成本指标\"").contains("2021 framework");
    assertThat(check(rule, clean(), framework(IndicatorFramework.PRE_2021))).isEmpty();
  }

  @Test
  void staysQuietOnTheFrameworksLevel2sAndTheirVariants() {
    assertThat(check(rule, clean())).isEmpty();
    assertThat(check(rule, withRow(clean(), BENEFIT_ROW, row("效益指标", "环境效益", "绿化面积", "≥100平方米")))).isEmpty();
  }
}

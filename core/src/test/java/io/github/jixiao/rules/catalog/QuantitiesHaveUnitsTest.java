package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withRow;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JX-TGT-002: a quantitative target (or range) carries a unit, in the value or in a 计量单位 column. */
class QuantitiesHaveUnitsTest {
  private final QuantitiesHaveUnits rule = new QuantitiesHaveUnits();

  /** The 督查次数 row with its target "60" and a 计量单位 column. */
  private static BudgetItem withUnitColumn(String unit) {
    Indicator plain = row("产出指标", "数量指标", "督查次数", "≥60");
    return withRow(clean(), QUANTITY_ROW, Indicator.builder().from(plain).unit(unit).build());
  }

  @Test
  void firesOnANumberWithoutAUnitAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), QUANTITY_ROW, "≥60")));
    assertFinding(f, "JX-TGT-002", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUANTITY_ROW, "annualIndicators[产出指标/数量指标/督查次数]");
    assertThat(f.getMessageEn()).isEqualTo("the target of \"督查次数\", \"≥60\", has no unit");
    assertThat(f.getMessageZh()).isEqualTo("“督查次数”的指标值“≥60”缺少计量单位");
    assertThat(f.getValue()).contains("≥60");
  }

  @ParameterizedTest
  @ValueSource(strings = {"60", "50-60", "0"})
  void firesOnBareNumbersAndRanges(String target) {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, target))).hasSize(1);
  }

  @Test
  void aBlankUnitColumnIsNoUnit() {
    assertThat(check(rule, withUnitColumn("  "))).hasSize(1);
  }

  @Test
  void aUnitColumnSayingNoneIsNoUnit() {
    assertThat(check(rule, withUnitColumn("无"))).hasSize(1);
    assertThat(check(rule, withUnitColumn("/"))).hasSize(1);
  }

  @Test
  void aUnitColumnCounts() {
    assertThat(check(rule, withUnitColumn("次"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥60次", "90%-95%", "≤131万元"})
  void staysQuietOnNumbersWithAUnit(String target) {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"成效明显", "是", "不适用", "暂不确定"})
  void staysQuietOnTargetsThatAreNotNumbers(String target) {
    assertThat(check(rule, withTarget(clean(), BENEFIT_ROW, target))).isEmpty();
  }
}

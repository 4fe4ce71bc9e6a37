package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.ADDED_ROW;
import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUALITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-DIR-002: coverage, pass, completion and similar rates are floored with ≥ (or ＝), not ≤ or
 * ＜; satisfaction indicators are JX-SAT-001's.
 */
class RatesPointUpTest {
  private final RatesPointUp rule = new RatesPointUp();

  @Test
  void firesOnACompletionRateWithAtMostAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), QUALITY_ROW, "≤90%")));
    assertFinding(f, "JX-DIR-002", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUALITY_ROW, "annualIndicators[产出指标/质量指标/督查完成率]");
    assertThat(f.getMessageEn()).isEqualTo("\"督查完成率\" is a rate that should be high; its target \"≤90%\" should use ≥");
    assertThat(f.getMessageZh()).isEqualTo("“督查完成率”是覆盖率、合格率等比率类指标，指标值“≤90%”应使用≥");
    assertThat(f.getValue()).contains("≤90%");
    assertThat(f.getExpected()).contains("≥");
  }

  @Test
  void firesOnLessThanToo() {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, "＜90%"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"覆盖率", "验收合格率", "政策知晓率", "预算执行率"})
  void firesOnEveryKindOfRateNamedInTheIndicator(String name) {
    Finding f = onlyFinding(check(rule, withAddedRow(clean(), row("产出指标", "质量指标", name, "≤90%"))));
    assertThat(f.getLocation().getRow()).hasValue(ADDED_ROW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥90%", "＞90%", "90%", "＝90%", "不适用"})
  void staysQuietOnFloorsAndEquals(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).isEmpty();
  }

  @Test
  void leavesSatisfactionToJxSat001() {
    assertThat(check(rule, withTarget(clean(), SATISFACTION_ROW, "≤95%"))).isEmpty();
  }

  @Test
  void aSatisfactionWordUnderBenefitIsARate() {
    // Under 效益 "持续提升企业满意度" is a benefit, not a satisfaction indicator: it is this rule's.
    assertThat(check(rule, withAddedRow(clean(), row("效益指标", "社会效益指标", "企业满意度提升率", "≤90%")))).hasSize(1);
  }

  @Test
  void aCapWordWinsOverARateWord() {
    // 预算控制率 is a rate, but a control rate is capped (JX-DIR-001): ≤ is right for it.
    assertThat(check(rule, withTarget(clean(), COST_ROW, "≤100%"))).isEmpty();
  }

  @Test
  void staysQuietOnAtMostForIndicatorsThatAreNotRates() {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, "≤60次"))).isEmpty();
  }
}

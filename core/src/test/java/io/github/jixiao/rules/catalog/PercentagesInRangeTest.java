package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.QUALITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-TGT-003: a percentage target admits values between 0% and 100% only — "120%", "＞100%" and
 * "＜0%" do not (and "≥100%" is JX-TGT-004's).
 */
class PercentagesInRangeTest {
  private final PercentagesInRange rule = new PercentagesInRange();

  @Test
  void firesOnAPercentageAboveAHundredAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), QUALITY_ROW, "100.01%")));
    assertFinding(f, "JX-TGT-003", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUALITY_ROW, "annualIndicators[产出指标/质量指标/督查完成率]");
    assertThat(f.getMessageEn()).isEqualTo("the target of \"督查完成率\", \"100.01%\", is outside 0-100%");
    assertThat(f.getMessageZh()).isEqualTo("“督查完成率”的指标值“100.01%”超出 0–100% 的范围");
    assertThat(f.getValue()).contains("100.01%");
    assertThat(f.getExpected()).contains("0%–100%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100%", "≤100%", "＜100%", "＝100%", "0%", "≥0%", "＞0%", "≤0%", "99.99%", "0.01%"})
  void staysQuietOnPercentagesThatAdmitOnlyValuesFromZeroToAHundred(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.01%", "120%", "≥100.01%", "≤120%", "＞100%", "-0.01%", "≥-1%", "＜0%", "-5%"})
  void firesJustBeyondEitherEnd(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).hasSize(1);
  }

  @Test
  void atLeastAHundredIsLeftToJxTgt004() {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, "≥100%"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0%-100%", "90%-95%", "95%-90%"})
  void staysQuietOnRangesWithinTheBounds(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0%-100.01%", "-5%-10%", "90%-120%"})
  void firesOnRangesWithABoundOutside(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"120次", "-5天", "≥150万元"})
  void staysQuietOnOtherUnits(String target) {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, target))).isEmpty();
  }
}

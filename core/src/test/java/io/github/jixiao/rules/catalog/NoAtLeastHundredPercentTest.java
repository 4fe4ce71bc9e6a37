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

/** JX-TGT-004: a percentage cannot exceed 100%, so "≥100%" can only mean 100%; write it so. */
class NoAtLeastHundredPercentTest {
  private final NoAtLeastHundredPercent rule = new NoAtLeastHundredPercent();

  @Test
  void firesOnAtLeastAHundredPercentAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), QUALITY_ROW, "≥100%")));
    assertFinding(f, "JX-TGT-004", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUALITY_ROW, "annualIndicators[产出指标/质量指标/督查完成率]");
    assertThat(f.getMessageEn()).isEqualTo("the target of \"督查完成率\", \"≥100%\", can only mean 100%; write \"100%\"");
    assertThat(f.getMessageZh()).contains("“督查完成率”").contains("“≥100%”");
    assertThat(f.getValue()).contains("≥100%");
    assertThat(f.getExpected()).contains("100%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥100.00%", "≥ 100%", "不低于100%", ">=100%"})
  void firesOnEveryWayOfWritingIt(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100%", "＝100%", "≤100%", "≥99.99%", "≥95%"})
  void staysQuietOnTargetsThatSayWhatTheyMean(String target) {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, target))).isEmpty();
  }

  @Test
  void staysQuietOnAHundredOfAnotherUnit() {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, "≥100次"))).isEmpty();
  }
}

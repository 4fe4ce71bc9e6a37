package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.ADDED_ROW;
import static io.github.jixiao.rules.catalog.Sheets.COST_ROW;
import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
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
 * JX-DIR-001: cost and time-limit indicators (成本, 费用, 控制率, 时限, …, by their name) are capped
 * with ≤ or ＝, not ≥ or ＞.
 */
class CapsPointDownTest {
  private final CapsPointDown rule = new CapsPointDown();

  @Test
  void firesOnAControlRateWithAtLeastAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), COST_ROW, "≥90%")));
    assertFinding(f, "JX-DIR-001", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, COST_ROW, "annualIndicators[产出指标/成本指标/预算控制率]");
    assertThat(f.getMessageEn()).isEqualTo("\"预算控制率\" is a cost or time limit; its target \"≥90%\" should use ≤ or =");
    assertThat(f.getMessageZh()).isEqualTo("“预算控制率”是成本或时限类指标，指标值“≥90%”应使用≤或＝");
    assertThat(f.getValue()).contains("≥90%");
    assertThat(f.getExpected()).contains("≤");
  }

  @Test
  void firesOnGreaterThanToo() {
    assertThat(check(rule, withTarget(clean(), COST_ROW, "＞90%"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"办理时限", "项目总成本", "差旅费用", "平均响应时间"})
  void firesOnEveryKindOfCapNamedInTheIndicator(String name) {
    Finding f = onlyFinding(check(rule, withAddedRow(clean(), row("产出指标", "时效指标", name, "≥5天"))));
    assertThat(f.getLocation().getRow()).hasValue(ADDED_ROW);
    assertThat(f.getMessageEn()).contains("\"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"≤100%", "100%", "＝100%", "＜100%", "不适用", "控制在预算内"})
  void staysQuietOnCapsEqualsAndTargetsWithoutAnOperator(String target) {
    assertThat(check(rule, withTarget(clean(), COST_ROW, target))).isEmpty();
  }

  @Test
  void staysQuietOnAtLeastForIndicatorsThatAreNotCaps() {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, "≥60次"))).isEmpty();
  }
}

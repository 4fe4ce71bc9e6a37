package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.QUANTITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.TIMELINESS_ROW;
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

/** JX-TGT-005: a range goes from its lower to its upper bound ("90%-95%", not "95%-90%"). */
class RangesAscendTest {
  private final RangesAscend rule = new RangesAscend();

  @Test
  void firesOnARangeUpsideDownAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), TIMELINESS_ROW, "95%-90%")));
    assertFinding(f, "JX-TGT-005", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, TIMELINESS_ROW, "annualIndicators[产出指标/时效指标/任务完成及时率]");
    assertThat(f.getMessageEn())
        .isEqualTo("the target of \"任务完成及时率\", \"95%-90%\", has its lower bound above its upper bound");
    assertThat(f.getMessageZh()).isEqualTo("“任务完成及时率”的指标值“95%-90%”下限大于上限");
    assertThat(f.getValue()).contains("95%-90%");
  }

  @Test
  void firesOnALowerBoundJustAboveTheUpper() {
    assertThat(check(rule, withTarget(clean(), TIMELINESS_ROW, "90.01%-90%"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"90%-95%", "90%-90%", "89.99%-90%"})
  void staysQuietOnRangesThatAscendOrHaveEqualBounds(String target) {
    assertThat(check(rule, withTarget(clean(), TIMELINESS_ROW, target))).isEmpty();
  }

  @Test
  void staysQuietOnSingleValues() {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, "≥60次"))).isEmpty();
  }
}

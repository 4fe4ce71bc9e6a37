package io.github.jixiao.rules.catalog;

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

/** JX-TGT-006: a target left 暂不确定 (undetermined) is noted for the reviewer. */
class UndeterminedTargetsTest {
  private final UndeterminedTargets rule = new UndeterminedTargets();

  @Test
  void notesAnUndeterminedTargetAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), QUANTITY_ROW, "暂不确定")));
    assertFinding(f, "JX-TGT-006", Severity.INFO);
    assertLocation(f, Section.ANNUAL_INDICATORS, QUANTITY_ROW, "annualIndicators[产出指标/数量指标/督查次数]");
    assertThat(f.getMessageEn()).isEqualTo("the target of \"督查次数\" is not yet determined");
    assertThat(f.getMessageZh()).isEqualTo("“督查次数”的指标值暂不确定");
    assertThat(f.getValue()).contains("暂不确定");
  }

  @ParameterizedTest
  @ValueSource(strings = {"待定", "未确定"})
  void notesOtherWordingsOfUndetermined(String target) {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, target))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"不适用", "≥60次", "成效明显", ""})
  void staysQuietOnDeterminedOrNotApplicableTargets(String target) {
    assertThat(check(rule, withTarget(clean(), QUANTITY_ROW, target))).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.QUALITY_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.satisfactionMinimum;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-SAT-002: a satisfaction target (a floored percentage) is at least the policy's minimum, 80%
 * by default. The minimum is policy, not a constant: the boundary must move with it.
 */
class SatisfactionMeetsMinimumTest {
  private final SatisfactionMeetsMinimum rule = new SatisfactionMeetsMinimum();

  private static BudgetItem satisfaction(String target) {
    return withTarget(clean(), SATISFACTION_ROW, target);
  }

  @Test
  void firesJustBelowTheDefaultMinimumAtItsRow() {
    Finding f = onlyFinding(check(rule, satisfaction("≥79.9%")));
    assertFinding(f, "JX-SAT-002", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, SATISFACTION_ROW, "annualIndicators[满意度指标/满意度指标/被督查机关满意度]");
    assertThat(f.getMessageEn())
        .isEqualTo("satisfaction indicator \"被督查机关满意度\" has target \"≥79.9%\", below the minimum of 80%");
    assertThat(f.getMessageZh()).isEqualTo("满意度指标“被督查机关满意度”的指标值“≥79.9%”低于最低要求 80%");
    assertThat(f.getValue()).contains("≥79.9%");
    assertThat(f.getExpected()).contains("≥80%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥80%", "≥80.00%", "≥80.01%", "≥95%", "＞80%", "≥100%"})
  void staysQuietAtOrAboveTheDefaultMinimum(String target) {
    assertThat(check(rule, satisfaction(target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥79.99%", "≥79%", "＞79.9%", "≥0%"})
  void firesBelowTheDefaultMinimum(String target) {
    assertThat(check(rule, satisfaction(target))).hasSize(1);
  }

  @Test
  void aHigherMinimumMovesTheBoundaryUp() {
    assertThat(check(rule, satisfaction("≥90%"), satisfactionMinimum("90"))).isEmpty();
    assertThat(check(rule, satisfaction("≥89.9%"), satisfactionMinimum("90"))).hasSize(1);
    Finding f = onlyFinding(check(rule, satisfaction("≥80%"), satisfactionMinimum("90")));
    assertThat(f.getMessageEn()).endsWith("below the minimum of 90%");
    assertThat(f.getExpected()).contains("≥90%");
  }

  @Test
  void aLowerMinimumMovesTheBoundaryDown() {
    assertThat(check(rule, satisfaction("≥70%"), satisfactionMinimum("70"))).isEmpty();
    assertThat(check(rule, satisfaction("≥69.9%"), satisfactionMinimum("70"))).hasSize(1);
  }

  @Test
  void aFractionalMinimumIsQuotedAsSet() {
    assertThat(check(rule, satisfaction("≥85.5%"), satisfactionMinimum("85.5"))).isEmpty();
    Finding f = onlyFinding(check(rule, satisfaction("≥85.4%"), satisfactionMinimum("85.5")));
    assertThat(f.getMessageEn()).endsWith("below the minimum of 85.5%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"75%", "≤75%", "较满意"})
  void targetsThatAreNotFlooredPercentagesAreJxSat001s(String target) {
    assertThat(check(rule, satisfaction(target))).isEmpty();
  }

  @Test
  void ratesThatAreNotSatisfactionHaveNoMinimum() {
    assertThat(check(rule, withTarget(clean(), QUALITY_ROW, "≥50%"))).isEmpty();
  }
}

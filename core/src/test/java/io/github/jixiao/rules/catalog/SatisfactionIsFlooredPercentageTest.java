package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.ADDED_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.satisfactionMinimum;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withRow;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-SAT-001: a satisfaction target is a percentage floored with ≥ (or ＞), such as "≥90%"; 不适用
 * and unreadable text (JX-TGT-001's) are left alone. Satisfaction is known by the categories where
 * they are standard, by the name where they are not.
 */
class SatisfactionIsFlooredPercentageTest {
  private final SatisfactionIsFlooredPercentage rule = new SatisfactionIsFlooredPercentage();

  @Test
  void firesOnAPercentageWithoutAFloorAtItsRow() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), SATISFACTION_ROW, "95%")));
    assertFinding(f, "JX-SAT-001", Severity.WARNING);
    assertLocation(f, Section.ANNUAL_INDICATORS, SATISFACTION_ROW, "annualIndicators[满意度指标/满意度指标/被督查机关满意度]");
    assertThat(f.getMessageEn())
        .isEqualTo("satisfaction indicator \"被督查机关满意度\" has target \"95%\"; it should be ≥ a percentage");
    assertThat(f.getMessageZh()).isEqualTo("满意度指标“被督查机关满意度”的指标值“95%”应为“≥”加百分比");
    assertThat(f.getValue()).contains("95%");
    assertThat(f.getExpected()).contains("≥80%"); // the policy's minimum
  }

  @Test
  void theExpectationCarriesThePolicysMinimum() {
    Finding f = onlyFinding(check(rule, withTarget(clean(), SATISFACTION_ROW, "95%"), satisfactionMinimum("90")));
    assertThat(f.getExpected()).contains("≥90%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"≤95%", "＜95%", "＝95%", "≥95分", "90%-95%", "较满意", "暂不确定"})
  void firesOnAnythingElseThatCanBeRead(String target) {
    assertThat(check(rule, withTarget(clean(), SATISFACTION_ROW, target))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥95%", "＞90%", "不低于90%", "≥0%"})
  void staysQuietOnFlooredPercentages(String target) {
    assertThat(check(rule, withTarget(clean(), SATISFACTION_ROW, target))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"不适用", "≥高", ""})
  void leavesNotApplicableAndUnreadableTargetsAlone(String target) {
    assertThat(check(rule, withTarget(clean(), SATISFACTION_ROW, target))).isEmpty();
  }

  @Test
  void knowsSatisfactionByItsNameUnderCustomCategories() {
    Finding f = onlyFinding(check(rule, withAddedRow(clean(), row("群众评价", "群众评价", "群众满意率", "95%"))));
    assertThat(f.getLocation().getRow()).hasValue(ADDED_ROW);
  }

  @Test
  void aSatisfactionWordUnderBenefitIsNotASatisfactionIndicator() {
    assertThat(check(rule, withAddedRow(clean(), row("效益指标", "社会效益指标", "持续提升企业满意度", "显著提升")))).isEmpty();
  }

  @Test
  void theSatisfactionLevel1MakesAnyNameASatisfactionIndicator() {
    assertThat(check(rule, withRow(clean(), SATISFACTION_ROW, row("满意度指标", "满意度指标", "群众评价", "良好")))).hasSize(1);
  }
}

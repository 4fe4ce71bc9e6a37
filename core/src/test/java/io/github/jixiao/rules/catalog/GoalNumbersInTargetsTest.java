package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.TIMELINESS_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withGoal;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static io.github.jixiao.rules.catalog.Sheets.withoutGoal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-GOAL-003: numbers quoted in the annual goal appear among the target values (the clean sheet's
 * targets have 60 and 100, among others). Goal numbering ("目标1", "1、"), ordinals ("第2") and
 * years ("2024年") are not quantities.
 */
class GoalNumbersInTargetsTest {
  private final GoalNumbersInTargets rule = new GoalNumbersInTargets();

  @Test
  void notesANumberNoTargetHasAtTheGoal() {
    Finding f = onlyFinding(check(rule, withGoal(clean(), "全年开展督查70次。")));
    assertFinding(f, "JX-GOAL-003", Severity.INFO);
    assertLocation(f, Section.ANNUAL_GOALS, null, "annualGoals");
    assertThat(f.getMessageEn()).isEqualTo("the annual goal quotes 70, which no target value has");
    assertThat(f.getMessageZh()).isEqualTo("年度目标中的数字 70 未出现在任何指标值中");
    assertThat(f.getValue()).contains("70");
  }

  @Test
  void notesEachMissingNumberOnce() {
    // Findings at one location come in message order (the report's), not in goal order.
    assertThat(check(rule, withGoal(clean(), "督查70次，其中专项督查70次，通报12期。")))
        .extracting(f -> f.getValue().orElseThrow())
        .containsExactlyInAnyOrder("70", "12");
  }

  @Test
  void notesANumberOffByAFraction() {
    assertThat(check(rule, withGoal(clean(), "全年开展督查60.5次。"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"全年开展督查60次。", "全年开展督查60.0次。", "全年开展督查６０次。", "及时率达到95%。",
      "无数字的目标。"})
  void staysQuietOnNumbersTheTargetsHave(String goal) {
    assertThat(check(rule, withGoal(clean(), goal))).isEmpty();
  }

  @Test
  void aRangesUpperBoundCounts() {
    assertThat(check(rule, withGoal(withTarget(clean(), TIMELINESS_ROW, "90%-97%"), "及时率达到97%。"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"目标1：全年开展督查60次。", "1、全年开展督查60次。", "(2)全年开展督查60次。",
      "2024年全年开展督查60次。", "第3季度起开展督查60次。"})
  void skipsNumberingOrdinalsAndYears(String goal) {
    assertThat(check(rule, withGoal(clean(), goal))).isEmpty();
  }

  @Test
  void staysQuietWithoutAGoal() {
    assertThat(check(rule, withoutGoal(clean()))).isEmpty();
  }
}

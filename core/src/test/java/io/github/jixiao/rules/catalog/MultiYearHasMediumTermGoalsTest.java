package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.NAME;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermGoal;
import static io.github.jixiao.rules.catalog.Sheets.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JX-GOAL-001: a project running more than one year (项目期) also states medium-term goals. */
class MultiYearHasMediumTermGoalsTest {
  private final MultiYearHasMediumTermGoals rule = new MultiYearHasMediumTermGoals();

  @Test
  void firesOnAThreeYearProjectWithoutMediumTermGoals() {
    Finding f = onlyFinding(check(rule, withPeriod(clean(), "3年")));
    assertFinding(f, "JX-GOAL-001", Severity.WARNING);
    assertLocation(f, Section.MEDIUM_TERM_GOALS, null, "mediumTermGoals");
    assertThat(f.getLocation().getItemName()).contains(NAME);
    assertThat(f.getMessageEn()).isEqualTo("the project runs \"3年\" but states no medium-term goals");
    assertThat(f.getMessageZh()).isEqualTo("项目期为“3年”，应同时填写中长期目标");
    assertThat(f.getValue()).contains("3年");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2年", "三年", "2024-2026年", "2024-2025年"})
  void firesFromTwoYearsOnHoweverWritten(String period) {
    assertThat(check(rule, withPeriod(clean(), period))).hasSize(1);
  }

  @Test
  void blankMediumTermGoalsDoNotCount() {
    assertThat(check(rule, withMediumTermGoal(withPeriod(clean(), "3年"), " \u3000"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1年", "一年", "2024年", "2024-2024年"})
  void staysQuietOnOneYearProjects(String period) {
    assertThat(check(rule, withPeriod(clean(), period))).isEmpty();
  }

  @Test
  void staysQuietWhenMediumTermGoalsAreStated() {
    assertThat(check(rule, withMediumTermGoal(withPeriod(clean(), "3年"), "三年内建成督查考核长效机制。"))).isEmpty();
  }

  @Test
  void staysQuietWithoutAPeriod() {
    assertThat(check(rule, withPeriod(clean(), null))).isEmpty();
  }
}

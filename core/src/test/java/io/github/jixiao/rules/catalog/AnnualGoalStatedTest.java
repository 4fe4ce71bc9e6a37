package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withGoal;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermGoal;
import static io.github.jixiao.rules.catalog.Sheets.withoutGoal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JX-GOAL-002: every sheet states its annual goal (年度目标); blank text is no goal. */
class AnnualGoalStatedTest {
  private final AnnualGoalStated rule = new AnnualGoalStated();

  @Test
  void firesOnAMissingAnnualGoal() {
    Finding f = onlyFinding(check(rule, withoutGoal(clean())));
    assertFinding(f, "JX-GOAL-002", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_GOALS, null, "annualGoals");
    assertThat(f.getMessageZh()).isEqualTo("未填写年度目标");
    assertThat(f.getMessageEn()).isEqualTo("the annual goal is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n\t", "\u3000"})
  void firesOnABlankAnnualGoal(String blank) {
    assertThat(check(rule, withGoal(clean(), blank))).hasSize(1);
  }

  @Test
  void aMediumTermGoalDoesNotStandInForTheAnnual() {
    assertThat(check(rule, withMediumTermGoal(withoutGoal(clean()), "三年内建成督查考核长效机制。"))).hasSize(1);
  }

  @Test
  void staysQuietOnAnyStatedGoal() {
    assertThat(check(rule, clean())).isEmpty();
    assertThat(check(rule, withGoal(clean(), "完成"))).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The numbers JX-GOAL-003 takes from a goal as quantities it should find among the targets: digits
 * in both widths, one decimal point, and not the numbering of goals, ordinals, list markers or
 * years.
 */
class GoalNumbersQuotedNumbersTest {

  @Test
  void digitsOfBothWidthsFromZeroToNine() {
    assertThat(GoalNumbersInTargets.quotedNumbers("完成0次和9次")).containsExactly("0", "9");
    assertThat(GoalNumbersInTargets.quotedNumbers("完成０次和９次")).containsExactly("0", "9");
    // the characters next to the digits in both tables are not digits
    assertThat(GoalNumbersInTargets.quotedNumbers("a/b:c／d：e")).isEmpty();
  }

  @Test
  void aNumberAtEitherEndOfTheText() {
    assertThat(GoalNumbersInTargets.quotedNumbers("5次")).containsExactly("5");
    assertThat(GoalNumbersInTargets.quotedNumbers("完成5")).containsExactly("5");
    assertThat(GoalNumbersInTargets.quotedNumbers("完成5.")).isEmpty(); // "5." ends a numbered heading
  }

  @Test
  void oneDecimalPointOfEitherWidth() {
    assertThat(GoalNumbersInTargets.quotedNumbers("达到95.5%")).containsExactly("95.5");
    assertThat(GoalNumbersInTargets.quotedNumbers("达到95．5%")).containsExactly("95.5");
    assertThat(GoalNumbersInTargets.quotedNumbers("版本1.2.3发布")).containsExactly("3");
    assertThat(GoalNumbersInTargets.quotedNumbers("共10.0万元")).containsExactly("10.0");
    // a point takes the digit after it, not the one before
    assertThat(GoalNumbersInTargets.quotedNumbers("约5.x")).isEmpty();
  }

  @Test
  void notTheNumberingOfGoalsOrItems() {
    assertThat(GoalNumbersInTargets.quotedNumbers("目标1：完成督查")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("目标 2：完成督查")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("第3季度")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("1、督查；2）整改；(3)复查；4）")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("标1次")).containsExactly("1"); // only 目标 numbers goals
  }

  @Test
  void notYearsButFourDigitQuantities() {
    assertThat(GoalNumbersInTargets.quotedNumbers("2024年完成")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("1999年完成")).isEmpty();
    assertThat(GoalNumbersInTargets.quotedNumbers("3000年一遇")).containsExactly("3000");
    assertThat(GoalNumbersInTargets.quotedNumbers("用时202年")).containsExactly("202");
    assertThat(GoalNumbersInTargets.quotedNumbers("用时20245年")).containsExactly("20245");
    assertThat(GoalNumbersInTargets.quotedNumbers("2024人")).containsExactly("2024");
  }

  @Test
  void numbersOfMoreThanThirtyDigitsAreNotQuantities() {
    assertThat(GoalNumbersInTargets.quotedNumbers("共" + "1".repeat(30) + "次")).containsExactly("1".repeat(30));
    assertThat(GoalNumbersInTargets.quotedNumbers("共" + "1".repeat(31) + "次")).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.ADDED_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanRows;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withAddedRow;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * JX-FORM-003: a level-3 indicator appears at most once under a level-2 category of a table;
 * each repeat is reported at the later row.
 */
class IndicatorsUniqueUnderLevel2Test {
  private final IndicatorsUniqueUnderLevel2 rule = new IndicatorsUniqueUnderLevel2();

  @Test
  void firesOnARepeatAtTheLaterRow() {
    Finding f = onlyFinding(check(rule, withAddedRow(clean(), row("产出指标", "数量指标", "督查次数", "≥70次"))));
    assertFinding(f, "JX-FORM-003", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, ADDED_ROW, "annualIndicators[产出指标/数量指标/督查次数]");
    assertThat(f.getMessageEn()).isEqualTo("indicator \"督查次数\" appears more than once under \"数量指标\"");
    assertThat(f.getMessageZh()).isEqualTo("三级指标“督查次数”在二级指标“数量指标”下重复出现");
    assertThat(f.getValue()).contains("督查次数");
  }

  @Test
  void reportsEveryLaterRepeat() {
    BudgetItem thrice =
        withAddedRow(
            clean(), row("产出指标", "数量指标", "督查次数", "≥70次"), row("产出指标", "数量指标", "督查次数", "≥80次"));
    assertThat(check(rule, thrice)).extracting(f -> f.getLocation().getRow().getAsInt()).containsExactly(ADDED_ROW, ADDED_ROW + 1);
  }

  @Test
  void surroundingWhitespaceDoesNotMakeANewName() {
    assertThat(check(rule, withAddedRow(clean(), row("产出指标", "数量指标", " 督查次数\u3000", "≥70次")))).hasSize(1);
  }

  @Test
  void staysQuietOnTheSameNameUnderAnotherLevel2() {
    assertThat(check(rule, withAddedRow(clean(), row("产出指标", "质量指标", "督查次数", "≥60次")))).isEmpty();
  }

  @Test
  void staysQuietOnSimilarNames() {
    assertThat(check(rule, withAddedRow(clean(), row("产出指标", "数量指标", "专项督查次数", "≥6次")))).isEmpty();
  }

  @Test
  void tablesAreJudgedEachOnItsOwn() {
    // The medium-term table repeats the annual rows: that is no repeat within a table.
    assertThat(check(rule, withMediumTermRows(clean(), cleanRows()))).isEmpty();
    BudgetItem repeatedInMediumTerm =
        withMediumTermRows(
            clean(), row("产出指标", "数量指标", "督查次数", "≥180次"), row("产出指标", "数量指标", "督查次数", "≥200次"));
    Finding f = onlyFinding(check(rule, repeatedInMediumTerm));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, 1, "mediumTermIndicators[产出指标/数量指标/督查次数]");
  }
}

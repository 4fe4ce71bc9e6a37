package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.funding;
import static io.github.jixiao.rules.catalog.Sheets.fundingTolerance;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.source;
import static io.github.jixiao.rules.catalog.Sheets.withFunding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermFunding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * JX-FUND-003: sources broken down ("其中") add up to the source they belong to, within the
 * policy's funding tolerance (0.01万元 by default).
 */
class NestedSourcesAddUpTest {
  private final NestedSourcesAddUp rule = new NestedSourcesAddUp();

  /** 18.00 of 财政拨款, of which 上级财政资金 and 本级财政. */
  private static BudgetItem brokenDown(String higher, String own) {
    return withFunding(
        clean(), funding("18.00", source("财政拨款", "18.00", source("上级财政资金", higher), source("本级财政", own))));
  }

  @Test
  void firesOnABreakdownThatFallsShortAtTheParentSource() {
    Finding f = onlyFinding(check(rule, brokenDown("10.00", "7.98")));
    assertFinding(f, "JX-FUND-003", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.sources[财政拨款].amount");
    assertThat(f.getMessageEn()).isEqualTo("财政拨款 of 18.00 (10k yuan) differs from the sum of its nested sources, 17.98");
    assertThat(f.getMessageZh()).isEqualTo("财政拨款 18.00 万元与其下级来源合计 17.98 万元不符");
    assertThat(f.getValue()).contains("18.00");
    assertThat(f.getExpected()).contains("17.98");
  }

  @Test
  void staysQuietWhenTheBreakdownAddsUp() {
    assertThat(check(rule, brokenDown("10.00", "8.00"))).isEmpty();
  }

  @Test
  void allowsADifferenceOfExactlyTheToleranceButNotMore() {
    assertThat(check(rule, brokenDown("10.00", "8.01"))).isEmpty();
    assertThat(check(rule, brokenDown("10.00", "7.99"))).isEmpty();
    assertThat(check(rule, brokenDown("10.00", "8.011"))).hasSize(1);
    assertThat(check(rule, brokenDown("10.00", "8.02"))).hasSize(1);
  }

  @Test
  void theToleranceComesFromThePolicy() {
    assertThat(check(rule, brokenDown("10.00", "8.01"), fundingTolerance("0"))).hasSize(1);
    assertThat(check(rule, brokenDown("10.00", "8.30"), fundingTolerance("0.3"))).isEmpty();
    assertThat(check(rule, brokenDown("10.00", "8.31"), fundingTolerance("0.3"))).hasSize(1);
  }

  @Test
  void checksDeeperLevelsAtTheirOwnPath() {
    // 上级财政资金 10.00 is broken down into 9.00; 财政拨款 itself adds up (10.00 + 8.00).
    BudgetItem item =
        withFunding(
            clean(),
            funding(
                "18.00",
                source(
                    "财政拨款",
                    "18.00",
                    source("上级财政资金", "10.00", source("中央补助", "6.00"), source("省级补助", "3.00")),
                    source("本级财政", "8.00"))));
    Finding f = onlyFinding(check(rule, item));
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.sources[财政拨款].children[上级财政资金].amount");
    assertThat(f.getMessageEn()).contains("上级财政资金").contains("10.00").contains("9.00");
  }

  @Test
  void leavesTheTopLevelSumToJxFund001() {
    // Sources without a breakdown have nothing to add up, even when the total disagrees.
    assertThat(check(rule, withFunding(clean(), funding("20.00", source("财政拨款", "18.00"))))).isEmpty();
  }

  @Test
  void checksTheMediumTermBlock() {
    BudgetItem item =
        withMediumTermFunding(clean(), funding("54.00", source("财政拨款", "54.00", source("本级财政", "50.00"))));
    Finding f = onlyFinding(check(rule, item));
    assertLocation(f, Section.MEDIUM_TERM_FUNDING, null, "mediumTermFunding.sources[财政拨款].amount");
  }

  @Test
  void theSumKeepsTheScaleOfTheAmountItIsComparedWith() {
    // the case: "100.00 … 90" — nested sources written without decimals under 100.00
    BudgetItem item = withFunding(clean(), funding("100.00", source("财政拨款", "100.00", source("上级财政资金", "60"), source("本级财政", "30"))));
    Finding f = onlyFinding(check(rule, item));
    assertThat(f.getMessageEn()).isEqualTo("财政拨款 of 100.00 (10k yuan) differs from the sum of its nested sources, 90.00");
    assertThat(f.getMessageZh()).isEqualTo("财政拨款 100.00 万元与其下级来源合计 90.00 万元不符");
    assertThat(f.getExpected()).contains("90.00");
    // a sum written finer than its parent keeps its digits; the parent stays as written
    BudgetItem finer = withFunding(clean(), funding("100", source("财政拨款", "100", source("上级财政资金", "60.125"), source("本级财政", "30"))));
    assertThat(onlyFinding(check(rule, finer)).getMessageEn()).isEqualTo("财政拨款 of 100 (10k yuan) differs from the sum of its nested sources, 90.125");
  }
}

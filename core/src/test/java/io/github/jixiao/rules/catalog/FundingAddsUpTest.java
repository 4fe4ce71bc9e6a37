package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.NAME;
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
 * JX-FUND-001: the annual (or medium-term) total equals the sum of its top-level sources within
 * the policy's funding tolerance (0.01万元 by default: a difference of up to 0.01 is allowed).
 */
class FundingAddsUpTest {
  private final FundingAddsUp rule = new FundingAddsUp();

  /** The clean sheet with a total and two top-level sources. */
  private static BudgetItem annual(String total, String appropriation, String other) {
    return withFunding(clean(), funding(total, source("财政拨款", appropriation), source("其他资金", other)));
  }

  @Test
  void firesOnATotalAboveItsSourcesAtTheTotal() {
    Finding f = onlyFinding(check(rule, annual("18.02", "18.00", "0.00")));
    assertFinding(f, "JX-FUND-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.total");
    assertThat(f.getLocation().getItemName()).contains(NAME);
    assertThat(f.getMessageEn()).isEqualTo("funding total 18.02 (10k yuan) differs from the sum of its sources, 18.00");
    assertThat(f.getMessageZh()).isEqualTo("资金总额 18.02 万元与各资金来源合计 18.00 万元不符");
    assertThat(f.getValue()).contains("18.02");
    assertThat(f.getExpected()).contains("18.00");
  }

  @Test
  void firesOnATotalBelowItsSources() {
    Finding f = onlyFinding(check(rule, annual("17.00", "16.00", "2.00")));
    assertThat(f.getMessageEn()).contains("17.00").contains("18.00");
  }

  @Test
  void staysQuietWhenTheTotalEqualsItsSourcesWhateverTheirScale() {
    assertThat(check(rule, annual("18.00", "18.00", "0.00"))).isEmpty();
    assertThat(check(rule, annual("18", "17.5", "0.500"))).isEmpty();
  }

  @Test
  void allowsADifferenceOfExactlyTheDefaultToleranceButNotMore() {
    assertThat(check(rule, annual("18.01", "18.00", "0.00"))).isEmpty();
    assertThat(check(rule, annual("17.99", "18.00", "0.00"))).isEmpty();
    assertThat(check(rule, annual("18.011", "18.00", "0.00"))).hasSize(1);
    assertThat(check(rule, annual("17.989", "18.00", "0.00"))).hasSize(1);
  }

  @Test
  void theToleranceComesFromThePolicy() {
    // No tolerance: one fen of difference is reported.
    assertThat(check(rule, annual("18.01", "18.00", "0.00"), fundingTolerance("0"))).hasSize(1);
    assertThat(check(rule, annual("18.00", "18.00", "0.00"), fundingTolerance("0"))).isEmpty();
    // A wide tolerance: half a 万元 is allowed, a little more is not.
    assertThat(check(rule, annual("18.50", "18.00", "0.00"), fundingTolerance("0.5"))).isEmpty();
    assertThat(check(rule, annual("18.51", "18.00", "0.00"), fundingTolerance("0.5"))).hasSize(1);
  }

  @Test
  void addsOnlyTopLevelSourcesNotTheirNestedBreakdown() {
    // 其中 上级/本级 break 财政拨款 down; counting them again would double the sum.
    BudgetItem nested =
        withFunding(
            clean(),
            funding("18.00", source("财政拨款", "18.00", source("上级财政资金", "10.00"), source("本级财政", "8.00"))));
    assertThat(check(rule, nested)).isEmpty();
  }

  @Test
  void checksTheMediumTermBlockAtItsOwnPath() {
    BudgetItem item = withMediumTermFunding(clean(), funding("54.00", source("财政拨款", "50.00")));
    Finding f = onlyFinding(check(rule, item));
    assertFinding(f, "JX-FUND-001", Severity.ERROR);
    assertLocation(f, Section.MEDIUM_TERM_FUNDING, null, "mediumTermFunding.total");
    assertThat(f.getMessageEn()).contains("54.00").contains("50.00");
  }

  @Test
  void theSumKeepsTheScaleOfTheTotal() {
    Finding f = onlyFinding(check(rule, withFunding(clean(), funding("100.00", source("财政拨款", "60"), source("其他资金", "30")))));
    assertThat(f.getMessageEn()).isEqualTo("funding total 100.00 (10k yuan) differs from the sum of its sources, 90.00");
    assertThat(f.getMessageZh()).isEqualTo("资金总额 100.00 万元与各资金来源合计 90.00 万元不符");
    assertThat(f.getValue()).contains("100.00");
    assertThat(f.getExpected()).contains("90.00");
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.funding;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.source;
import static io.github.jixiao.rules.catalog.Sheets.withFunding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermFunding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/** JX-FUND-002: no funding total or source, at any depth, is negative; zero is fine. */
class AmountsNotNegativeTest {
  private final AmountsNotNegative rule = new AmountsNotNegative();

  @Test
  void firesOnANegativeAnnualTotalNamingIt() {
    Finding f = onlyFinding(check(rule, withFunding(clean(), funding("-1.00"))));
    assertFinding(f, "JX-FUND-002", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.total");
    assertThat(f.getMessageZh()).isEqualTo("年度资金总额 的金额 -1.00 万元为负数");
    assertThat(f.getMessageEn()).isEqualTo("the amount of 年度资金总额 is negative: -1.00 (10k yuan)");
    assertThat(f.getValue()).contains("-1.00");
    assertThat(f.getExpected()).contains("≥ 0");
  }

  @Test
  void firesOnANegativeSourceAtThatSource() {
    // One fen below zero is already negative.
    BudgetItem item = withFunding(clean(), funding("18.00", source("财政拨款", "18.01"), source("其他资金", "-0.01")));
    Finding f = onlyFinding(check(rule, item));
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.sources[其他资金].amount");
    assertThat(f.getMessageEn()).contains("其他资金").contains("-0.01");
  }

  @Test
  void firesOnANegativeNestedSourceAtItsPathUnderItsParent() {
    FundingSource appropriation = source("财政拨款", "18.00", source("上级财政资金", "18.50"), source("本级财政", "-0.50"));
    Finding f = onlyFinding(check(rule, withFunding(clean(), funding("18.00", appropriation))));
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding.sources[财政拨款].children[本级财政].amount");
    assertThat(f.getMessageEn()).contains("本级财政").contains("-0.50");
  }

  @Test
  void firesOnANegativeMediumTermTotal() {
    Finding f = onlyFinding(check(rule, withMediumTermFunding(clean(), funding("-54.00"))));
    assertLocation(f, Section.MEDIUM_TERM_FUNDING, null, "mediumTermFunding.total");
    assertThat(f.getMessageZh()).contains("中期资金总额").contains("-54.00");
  }

  @Test
  void staysQuietOnZeroAmounts() {
    assertThat(check(rule, clean())).isEmpty(); // its 其他资金 is 0.00
    assertThat(check(rule, withFunding(clean(), funding("0.00", source("财政拨款", "0.00", source("本级财政", "0")))))).isEmpty();
  }
}

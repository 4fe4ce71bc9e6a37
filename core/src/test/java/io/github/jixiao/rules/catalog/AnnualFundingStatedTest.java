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
import static io.github.jixiao.rules.catalog.Sheets.withoutFunding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/** JX-FUND-004: every sheet states its annual funding (年度资金总额). */
class AnnualFundingStatedTest {
  private final AnnualFundingStated rule = new AnnualFundingStated();

  @Test
  void firesOnASheetWithoutAnnualFunding() {
    Finding f = onlyFinding(check(rule, withoutFunding(clean())));
    assertFinding(f, "JX-FUND-004", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_FUNDING, null, "annualFunding");
    assertThat(f.getMessageZh()).isEqualTo("目标表未填写项目资金（年度资金总额）");
    assertThat(f.getMessageEn()).isEqualTo("the sheet states no annual funding");
  }

  @Test
  void mediumTermFundingDoesNotStandInForTheAnnual() {
    assertThat(check(rule, withMediumTermFunding(withoutFunding(clean()), funding("54.00", source("财政拨款", "54.00")))))
        .hasSize(1);
  }

  @Test
  void staysQuietOnStatedFundingEvenZero() {
    assertThat(check(rule, clean())).isEmpty();
    assertThat(check(rule, withFunding(clean(), funding("0.00", source("财政拨款", "0.00"))))).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanDisclosure;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermFunding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermGoal;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The rule tests rely on the fixture being clean: a finding in them can then only come from the
 * one part each test spoils.
 */
class SheetsTest {

  @Test
  void theCatalogueHasNothingToSayAboutTheCleanSheet() {
    assertThat(RuleSet.catalogue().evaluate(clean(), Policy.defaults()).getFindings()).isEmpty();
  }

  @Test
  void theCatalogueHasNothingToSayAboutTheCleanDisclosure() {
    assertThat(RuleSet.catalogue().evaluate(cleanDisclosure(), Policy.defaults()).getFindings()).isEmpty();
  }

  @Test
  void theCleanSheetIsDetectedAsPre2021AndStaysCleanWhenThatFrameworkIsFixed() {
    // Rule tests that fix the framework rely on the clean sheet being clean under it too.
    assertThat(clean().detectFramework()).contains(IndicatorFramework.PRE_2021);
    assertThat(RuleSet.catalogue().evaluate(clean(), Sheets.framework(IndicatorFramework.PRE_2021)).getFindings())
        .isEmpty();
  }

  @Test
  void aCleanMultiYearSheetWithMediumTermPartsIsCleanToo() {
    BudgetItem multiYear = withPeriod(clean(), "3年");
    multiYear = withMediumTermGoal(multiYear, "三年内完成督查考核工作。");
    multiYear = withMediumTermFunding(multiYear, Sheets.funding("54.00", Sheets.source("财政拨款", "54.00")));
    multiYear = withMediumTermRows(multiYear, Sheets.cleanRows());
    assertThat(RuleSet.catalogue().evaluate(multiYear, Policy.defaults()).getFindings()).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.SATISFACTION_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanRows;
import static io.github.jixiao.rules.catalog.Sheets.framework;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withRow;
import static io.github.jixiao.rules.catalog.Sheets.withRows;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static io.github.jixiao.rules.catalog.Sheets.withoutRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * JX-COV-001: each level 1 of the framework has at least one level-3 indicator in each table, or
 * an explicit 不适用 row; reported on the table as a whole.
 */
class EveryLevel1CoveredTest {
  private final EveryLevel1Covered rule = new EveryLevel1Covered();

  @Test
  void firesOnAMissingLevel1AtTheTable() {
    Finding f = onlyFinding(check(rule, withoutRow(clean(), SATISFACTION_ROW)));
    assertFinding(f, "JX-COV-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, null, "annualIndicators");
    assertThat(f.getMessageEn())
        .isEqualTo("level-1 category \"满意度指标\" has no indicator (write 不适用 where it does not apply)");
    assertThat(f.getMessageZh()).contains("“满意度指标”");
    assertThat(f.getExpected()).contains("满意度指标");
  }

  @Test
  void anEmptyTableLacksEveryLevel1OfTheFramework() {
    assertThat(check(rule, withRows(clean()), framework(IndicatorFramework.PRE_2021)))
        .extracting(f -> f.getExpected().orElseThrow())
        .containsExactly("产出指标", "效益指标", "满意度指标");
  }

  @Test
  void under2021TheCostLevel1IsRequiredToo() {
    Finding f = onlyFinding(check(rule, clean(), framework(IndicatorFramework.V2021)));
    assertThat(f.getMessageEn()).contains("\"成本指标\"");
  }

  @Test
  void aNotApplicableRowCovers() {
    assertThat(check(rule, withTarget(clean(), SATISFACTION_ROW, "不适用"))).isEmpty();
  }

  @Test
  void theLevel1CoversWhateverItsLevel2() {
    assertThat(check(rule, withRow(clean(), SATISFACTION_ROW, row("满意度指标", "群众评价", "被督查机关满意度", "≥95%"))))
        .isEmpty();
  }

  @Test
  void checksTheMediumTermTableOnItsOwn() {
    Indicator[] withoutBenefit = Arrays.stream(cleanRows()).filter(r -> !r.getName().equals("督促整改")).toArray(Indicator[]::new);
    assertThat(withoutBenefit).hasSize(cleanRows().length - 1);
    Finding f = onlyFinding(check(rule, withMediumTermRows(clean(), withoutBenefit)));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, null, "mediumTermIndicators");
    assertThat(f.getMessageEn()).contains("\"效益指标\"");
  }

  @Test
  void staysQuietWhenEveryLevel1HasARow() {
    assertThat(check(rule, clean())).isEmpty();
    BudgetItem benefitOnlyOnce = withRow(clean(), BENEFIT_ROW, row("效益指标", "可持续影响指标", "长效机制", "建立"));
    assertThat(check(rule, benefitOnlyOnce)).isEmpty();
  }
}

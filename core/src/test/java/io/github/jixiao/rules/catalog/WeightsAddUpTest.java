package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanRows;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JX-WGT-001: the weights of a weighted indicator table add up to the policy's total (100). */
class WeightsAddUpTest {
  private final WeightsAddUp rule = new WeightsAddUp();

  /** The clean sheet's six annual rows with these weights (null for none). */
  static BudgetItem weighted(String... weights) {
    Indicator[] rows = cleanRows();
    for (int i = 0; i < rows.length; i++) {
      String w = i < weights.length ? weights[i] : null;
      rows[i] = Indicator.builder().from(rows[i]).weight(w == null ? null : new BigDecimal(w)).build();
    }
    return withRows(clean(), rows);
  }

  @Test
  void firesOnWeightsThatAddUpTo90AtTheTable() {
    Finding f = onlyFinding(check(rule, weighted("20", "20", "10", "10", "20", "10")));
    assertFinding(f, "JX-WGT-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, null, "annualIndicators");
    assertThat(f.getMessageEn()).isEqualTo("the weights of the indicator table add up to 90, not 100");
    assertThat(f.getMessageZh()).isEqualTo("指标表的权重合计为 90 分，应为 100 分");
    assertThat(f.getValue()).contains("90");
    assertThat(f.getExpected()).contains("100");
  }

  @Test
  void firesAboveTheTotalAndKeepsTheWrittenScale() {
    assertThat(onlyFinding(check(rule, weighted("20.5", "20", "10", "10", "30", "10"))).getMessageEn())
        .isEqualTo("the weights of the indicator table add up to 100.5, not 100");
  }

  @Test
  void quietWhenTheWeightsAddUpOrThereAreNone() {
    assertThat(check(rule, weighted("20", "20", "10", "10", "30", "10"))).isEmpty();
    assertThat(check(rule, weighted("12.5", "12.50", "25", "10", "30", "10"))).isEmpty();
    assertThat(check(rule, clean())).isEmpty();
  }

  @Test
  void aRowWithoutAWeightCountsAsZero() {
    assertThat(onlyFinding(check(rule, weighted("20", "20", "10", "10", "30"))).getMessageEn())
        .contains("add up to 90,");
    assertThat(check(rule, weighted("20", "20", "10", "10", "40"))).isEmpty();
  }

  @Test
  void theMediumTermTableIsCheckedOnItsOwn() {
    BudgetItem item = weighted("20", "20", "10", "10", "30", "10");
    Indicator[] medium = cleanRows();
    medium[0] = Indicator.builder().from(medium[0]).weight(new BigDecimal("50")).build();
    Finding f = onlyFinding(check(rule, withMediumTermRows(item, medium)));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, null, "mediumTermIndicators");
    assertThat(f.getMessageEn()).contains("add up to 50,");
  }

  @Test
  void thePolicysTotalReplaces100() throws IOException {
    Policy ninety = Policy.load(new ByteArrayInputStream("weights.total = 90\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(ninety.setting(BuiltInRules.WEIGHT_TOTAL)).isEqualByComparingTo("90");
    assertThat(check(rule, weighted("20", "20", "10", "10", "20", "10"), ninety)).isEmpty();
    assertThat(onlyFinding(check(rule, weighted("20", "20", "10", "10", "30", "10"), ninety)).getMessageEn())
        .isEqualTo("the weights of the indicator table add up to 100, not 90");
    assertThat(RuleSet.catalogue().setting("weights.total")).contains(BuiltInRules.WEIGHT_TOTAL);
  }
}

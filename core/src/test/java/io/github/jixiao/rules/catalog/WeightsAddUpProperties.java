package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.withRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** JX-WGT-001 on any weighted table: quiet when its weights add up to the total, firing when they do not. */
class WeightsAddUpProperties {
  private final WeightsAddUp rule = new WeightsAddUp();

  @Property
  void quietOnWeightsThatAddUpToTheTotal(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 1000) Integer> shares,
      @ForAll @BigRange(min = "1", max = "200") @Scale(1) BigDecimal total) {
    List<BigDecimal> weights = split(total, shares);
    assertThat(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
    assertThat(findings(weights, total)).isEmpty();
  }

  @Property
  void firesOnWeightsThatDoNotAddUp(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 1000) Integer> shares,
      @ForAll @BigRange(min = "1", max = "200") @Scale(1) BigDecimal total,
      @ForAll @BigRange(min = "0.01", max = "50") @Scale(2) BigDecimal off,
      @ForAll boolean over) {
    BigDecimal sum = over ? total.add(off) : total.subtract(off).max(BigDecimal.ZERO);
    List<BigDecimal> weights = split(sum, shares);
    assertThat(findings(weights, total))
        .singleElement()
        .satisfies(f -> assertThat(f.getRuleId()).isEqualTo("JX-WGT-001"))
        .satisfies(f -> assertThat(new BigDecimal(f.getValue().orElseThrow())).isEqualByComparingTo(sum))
        .satisfies(f -> assertThat(f.getMessageEn()).endsWith(", not " + total.toPlainString()));
  }

  /** The amount split in proportion to the shares, at scale 2, the last taking what is left. */
  private static List<BigDecimal> split(BigDecimal amount, List<Integer> shares) {
    int whole = shares.stream().mapToInt(Integer::intValue).sum();
    List<BigDecimal> weights = new ArrayList<>();
    BigDecimal left = amount;
    for (int i = 0; i < shares.size() - 1; i++) {
      BigDecimal w = amount.multiply(BigDecimal.valueOf(shares.get(i))).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.DOWN);
      weights.add(w);
      left = left.subtract(w);
    }
    weights.add(left);
    return weights;
  }

  private List<Finding> findings(List<BigDecimal> weights, BigDecimal total) {
    // rows of the clean sheet, repeated as needed, carrying the weights
    List<Indicator> base = clean().getAnnualIndicators().getRows();
    List<Indicator> rows = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      Indicator r = base.get(i % base.size());
      rows.add(Indicator.builder().from(r).name(r.getName() + i).weight(weights.get(i)).build());
    }
    Policy policy = Policy.builder().setting(BuiltInRules.WEIGHT_TOTAL, total).build();
    return check(rule, withRows(clean(), rows.toArray(Indicator[]::new)), policy);
  }
}

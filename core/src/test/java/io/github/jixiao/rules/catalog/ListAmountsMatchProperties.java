package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.disclosure;
import static io.github.jixiao.rules.catalog.Sheets.entry;
import static io.github.jixiao.rules.catalog.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * JX-LIST-003 for any sheet total and a list of 0, 1 or 2 decimals: the total at the list's
 * precision agrees, one unit of that precision more or less does not.
 */
class ListAmountsMatchProperties {
  private final ListAmountsMatch rule = new ListAmountsMatch();

  @Property
  void theTotalAtTheListsPrecisionAgrees(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal total,
      @ForAll @IntRange(min = 0, max = 2) int listScale) {
    assumeNotAnExactHalf(total, listScale);
    assertThat(findings(total.setScale(listScale, RoundingMode.HALF_UP), total)).isEmpty();
  }

  @Property
  void oneUnitOfTheListsPrecisionOffDisagrees(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal total,
      @ForAll @IntRange(min = 0, max = 2) int listScale,
      @ForAll boolean above) {
    assumeNotAnExactHalf(total, listScale);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(listScale);
    BigDecimal agreeing = total.setScale(listScale, RoundingMode.HALF_UP);
    BigDecimal listed = above ? agreeing.add(unit) : agreeing.subtract(unit);
    Assume.that(listed.signum() >= 0);
    assertThat(findings(listed, total)).extracting(Finding::getRuleId).containsExactly("JX-LIST-003");
  }

  /** The docs do not say which way an exact half rounds (24.35 to 24.3 or 24.4): leave it out. */
  private static void assumeNotAnExactHalf(BigDecimal total, int listScale) {
    BigDecimal down = total.setScale(listScale, RoundingMode.DOWN);
    BigDecimal half = BigDecimal.ONE.movePointLeft(listScale).divide(BigDecimal.valueOf(2));
    Assume.that(total.subtract(down).compareTo(half) != 0);
  }

  private List<Finding> findings(BigDecimal listed, BigDecimal total) {
    return check(rule, disclosure(List.of(entry(1, "甲项目", listed.toPlainString())), sheet("甲项目", total.toPlainString())));
  }
}

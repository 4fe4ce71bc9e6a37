package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JX-FORM-003 on names a hostile document makes share one {@code String.hashCode()} ("Aa" and
 * "BB" hash alike, so every string of k such pairs has one hash code): the duplicates and only
 * they are reported. That the check stays n·log n on such names is measured by the benchmarks'
 * {@code CollidingNamesBenchmark}, not timed here.
 */
class IndicatorsUniqueUnderLevel2CollisionTest {
  private static final int PAIRS = 10; // 1 024 distinct names with one hash code

  /** The i-th string of PAIRS "Aa"/"BB" pairs. */
  static String collidingName(int i) {
    StringBuilder b = new StringBuilder();
    for (int bit = PAIRS - 1; bit >= 0; bit--) {
      b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  private static Indicator row(String level2, String name) {
    return Indicator.builder().level1("产出指标").level2(level2).name(name).target("≥1次").build();
  }

  private static BudgetItem sheet(List<Indicator> rows) {
    return BudgetItem.builder()
        .year(2024)
        .name("测试项目")
        .department(SupervisingDepartment.parse("[003]怀远县人民政府办公室"))
        .period(ProjectPeriod.of("1年"))
        .annualFunding(FundingSplit.of(new BigDecimal("18.00"), FundingSource.of("财政拨款", new BigDecimal("18.00"))))
        .annualGoals(Goals.of("完成工作。"))
        .annualIndicators(IndicatorTable.of(rows))
        .build();
  }

  private static List<Integer> reportedRows(BudgetItem item) {
    return RuleSet.catalogue().evaluate(item, Policy.defaults()).getFindings().stream()
        .filter(f -> f.getRuleId().equals("JX-FORM-003"))
        .map(Finding::getLocation)
        .map(l -> l.getRow().orElseThrow())
        .toList();
  }

  @Test
  void theNamesCollide() {
    int hash = collidingName(0).hashCode();
    for (int i = 1; i < 1 << PAIRS; i++) {
      assertThat(collidingName(i).hashCode()).isEqualTo(hash);
    }
    assertThat(collidingName(5)).isNotEqualTo(collidingName(6));
  }

  @Test
  void distinctCollidingNamesAreNotReported() {
    List<Indicator> rows = new ArrayList<>();
    for (int i = 0; i < 1 << PAIRS; i++) {
      rows.add(row("数量指标", collidingName(i)));
    }

    assertThat(reportedRows(sheet(rows))).isEmpty();
  }

  @Test
  void eachRepeatAmongCollidingNamesIsReportedAtItsRow() {
    List<Indicator> rows = new ArrayList<>();
    for (int i = 0; i < 1 << PAIRS; i++) {
      rows.add(row("数量指标", collidingName(i)));
    }
    int n = rows.size();
    rows.add(row("数量指标", collidingName(3)));          // row n: a repeat
    rows.add(row("质量指标", collidingName(3)));          // row n+1: same name, another level 2
    rows.add(row("数量指标", "  " + collidingName(700) + " ")); // row n+2: a repeat once stripped
    rows.add(row("数量指标", collidingName(3)));          // row n+3: a second repeat
    rows.add(row("质量指标", collidingName(3)));          // row n+4: a repeat under 质量指标

    assertThat(reportedRows(sheet(rows))).containsExactly(n, n + 2, n + 3, n + 4);
  }
}

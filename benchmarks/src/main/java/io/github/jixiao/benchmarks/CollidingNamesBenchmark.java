package io.github.jixiao.benchmarks;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hostile sheets: one sheet with 16 000 or 160 000 indicators under one level-2 category whose
 * names all share one {@code String.hashCode()} ("Aa" and "BB" hash alike) or are distinct, checked
 * by the whole catalogue and by JX-FORM-003 (duplicate indicators) alone. Every rule must be
 * n·log n or better in the size of the sheet: {@link Summary} prints the time for 10× the rows as
 * a ratio, goal ≤ 12× (a quadratic check would be 100×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CollidingNamesBenchmark {
  /** The number of indicators of the sheet. */
  @Param({"16000", "160000"})
  public int rows;

  /** Names that share one hash code, or distinct ones ("指标#i"). */
  @Param({"colliding", "distinct"})
  public String names;

  private final Policy policy = Policy.defaults();
  private RuleSet catalogue;
  private RuleSet duplicateCheck;
  private BudgetItem sheet;

  /** Builds the sheet, like {@code many_indicators.py} of the hostile-input review. */
  @Setup
  public void setUp() {
    catalogue = RuleSet.catalogue();
    Rule form003 = catalogue.rule("JX-FORM-003").orElseThrow();
    duplicateCheck = RuleSet.builder().add(form003).build();
    sheet = sheet(rows, names.equals("colliding"));
  }

  static BudgetItem sheet(int rows, boolean colliding) {
    BudgetItem seed = SampleDocuments.huaiyuan2024().getItems().get(0);
    Indicator first = seed.getAnnualIndicators().getRows().get(0);
    int pairs = Math.max(1, 32 - Integer.numberOfLeadingZeros(rows - 1));
    List<Indicator> indicators = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      String name = colliding ? collidingName(i, pairs) : "指标#" + i;
      indicators.add(Indicator.builder().from(first).name(name).build());
    }
    return BudgetItem.builder().from(seed).annualIndicators(IndicatorTable.of(indicators)).build();
  }

  /** The i-th string of {@code pairs} "Aa"/"BB" pairs; all of them have one hash code. */
  static String collidingName(int i, int pairs) {
    StringBuilder b = new StringBuilder(2 * pairs);
    for (int bit = pairs - 1; bit >= 0; bit--) {
      b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  /**
   * The whole catalogue over the sheet.
   *
   * @return the number of findings
   */
  @Benchmark
  public int catalogue() {
    return catalogue.evaluate(sheet, policy).getFindings().size();
  }

  /**
   * JX-FORM-003 alone over the sheet.
   *
   * @return the number of findings
   */
  @Benchmark
  public int duplicateIndicators() {
    return duplicateCheck.evaluate(sheet, policy).getFindings().size();
  }
}

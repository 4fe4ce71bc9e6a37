package io.github.jixiao.benchmarks;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generation of one valid sheet ({@code JixiaoArbitraries.budgetItems()}) and of one valid
 * disclosure ({@code disclosures()}), milliseconds per value with percentiles: each operation takes
 * a fresh generator of jqwik's default size and draws one value from a fixed-seed {@link Random},
 * keeping nothing (see {@link Generation}); and as the tries of 1 000-try properties draw them,
 * with what jqwik keeps for the length of a property ({@code …InProperty}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class GenerationBenchmark {
  private Random random;
  private Generation.Tries<BudgetItem> itemTries;
  private Generation.Tries<Disclosure> disclosureTries;

  /** A fixed seed: every run draws the same values. */
  @Setup
  public void setUp() {
    random = new Random(42);
    itemTries = new Generation.Tries<>(JixiaoArbitraries.budgetItems(), new Random(42));
    disclosureTries = new Generation.Tries<>(JixiaoArbitraries.disclosures(), new Random(42));
  }

  /** Drops what the properties kept. */
  @TearDown
  public void tearDown() {
    itemTries.finish();
    disclosureTries.finish();
  }

  /**
   * One sheet.
   *
   * @return the sheet
   */
  @Benchmark
  public BudgetItem item() {
    return Generation.draw(JixiaoArbitraries.budgetItems(), random);
  }

  /**
   * One disclosure.
   *
   * @return the disclosure
   */
  @Benchmark
  public Disclosure disclosure() {
    return Generation.draw(JixiaoArbitraries.disclosures(), random);
  }

  /**
   * One sheet as a try of a property draws it, what the property keeps included.
   *
   * @return the sheet
   */
  @Benchmark
  public BudgetItem itemInProperty() {
    return itemTries.next();
  }

  /**
   * One disclosure as a try of a property draws it, what the property keeps included.
   *
   * @return the disclosure
   */
  @Benchmark
  public Disclosure disclosureInProperty() {
    return disclosureTries.next();
  }
}

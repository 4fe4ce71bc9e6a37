package io.github.jixiao.benchmarks;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rules: the full catalogue over sheets, one thread, so the score is sheets per second per core —
 * over 1 000 generated valid sheets (no findings) and over the seed's 10 sheets (15 findings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RulesBenchmark {
  private static final int GENERATED = 1000;

  private final RuleSet catalogue = RuleSet.catalogue();
  private final Policy policy = Policy.defaults();
  private List<BudgetItem> generated;
  private final List<BudgetItem> seed = SampleDocuments.huaiyuan2024().getItems();

  /** Reads the generated sheets. */
  @Setup
  public void setUp() {
    generated = Inputs.generatedSheets();
  }

  /**
   * The catalogue over generated sheets.
   *
   * @param sink where the reports go
   */
  @Benchmark
  @OperationsPerInvocation(GENERATED)
  public void generatedSheets(Blackhole sink) {
    for (BudgetItem item : generated) {
      sink.consume(catalogue.evaluate(item, policy));
    }
  }

  /**
   * The catalogue over the seed's sheets, which have findings to format.
   *
   * @param sink where the reports go
   */
  @Benchmark
  @OperationsPerInvocation(10)
  public void seedSheets(Blackhole sink) {
    for (BudgetItem item : seed) {
      sink.consume(catalogue.evaluate(item, policy));
    }
  }
}

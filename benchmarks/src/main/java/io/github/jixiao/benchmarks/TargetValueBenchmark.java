package io.github.jixiao.benchmarks;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.value.TargetValue;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.ArrayList;
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

/** Target-value parsing, values per second on one core: the seed's 111 values and 1 000 generated ones. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TargetValueBenchmark {
  private final List<String> seed = new ArrayList<>();
  private List<String> generated;

  /** Collects the texts. */
  @Setup
  public void setUp() {
    for (BudgetItem item : SampleDocuments.huaiyuan2024().getItems()) {
      for (Indicator row : item.getAnnualIndicators().getRows()) {
        seed.add(row.getTarget().getRaw());
      }
    }
    generated = Inputs.generatedTargets();
  }

  /**
   * The seed's values.
   *
   * @param sink where the values go
   */
  @Benchmark
  @OperationsPerInvocation(111)
  public void seedValues(Blackhole sink) {
    for (String raw : seed) {
      sink.consume(TargetValue.parse(raw));
    }
  }

  /**
   * Generated values of every kind.
   *
   * @param sink where the values go
   */
  @Benchmark
  @OperationsPerInvocation(1000)
  public void generatedValues(Blackhole sink) {
    for (String raw : generated) {
      sink.consume(TargetValue.parse(raw));
    }
  }
}

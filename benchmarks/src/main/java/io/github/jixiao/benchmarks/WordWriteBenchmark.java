package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Word writing: documents per second for the seed sample (10 sheets). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WordWriteBenchmark {
  private final Disclosure seed = SampleDocuments.huaiyuan2024();
  private final DocumentWriter writer = new DocxFormat().writer(WriteOptions.defaults());

  /**
   * Writes the seed as .docx.
   *
   * @return the bytes written
   */
  @Benchmark
  public int jixiao() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
    writer.writeDisclosure(seed, out);
    return out.size();
  }
}

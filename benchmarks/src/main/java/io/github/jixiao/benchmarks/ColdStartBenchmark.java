package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the first Word document read in a fresh JVM (class loading included), in
 * milliseconds, ours against POI's load of the same file. One shot per fork, many forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(8)
public class ColdStartBenchmark {
  private final byte[] fixture = Inputs.fixtureDocx();

  /**
   * Ours.
   *
   * @return the disclosure
   */
  @Benchmark
  public Object jixiao() {
    return new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(fixture));
  }

  /**
   * POI's load.
   *
   * @return the number of tables
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public int poi() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fixture))) {
      return doc.getTables().size();
    }
  }
}

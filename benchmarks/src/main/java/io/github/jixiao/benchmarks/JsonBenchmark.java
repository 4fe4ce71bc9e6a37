package io.github.jixiao.benchmarks;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON: reading and writing our format for one disclosure and for a 10 000-item batch (JSON
 * Lines), against the floor — {@code JsonParser.nextToken()} over the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {
  private static final JsonFactory JACKSON = JsonFactory.builder().build();

  /** One disclosure, or a batch of 10 000 items. */
  @Param({"disclosure", "batch-10000"})
  public String input;

  private byte[] bytes;
  private Disclosure disclosure;
  private List<BudgetItem> items;
  private final DocumentReader reader = new JsonFormat().reader(ReadOptions.defaults());
  private final DocumentWriter writer = new JsonFormat().writer(WriteOptions.defaults());

  /** Makes the input and the model it holds. */
  @Setup
  public void setUp() {
    bytes = input.equals("disclosure") ? Inputs.disclosureJson() : Inputs.batchJson(10_000);
    if (input.equals("disclosure")) {
      disclosure = reader.readDisclosure(new ByteArrayInputStream(bytes));
    } else {
      items = new ArrayList<>();
      try (ItemReader r = reader.readItems(new ByteArrayInputStream(bytes))) {
        r.forEachRemaining(items::add);
      }
    }
  }

  /**
   * Ours: the model read from the bytes.
   *
   * @param sink where the items go
   */
  @Benchmark
  public void read(Blackhole sink) {
    if (disclosure != null) {
      sink.consume(reader.readDisclosure(new ByteArrayInputStream(bytes)));
    } else {
      try (ItemReader r = reader.readItems(new ByteArrayInputStream(bytes))) {
        r.forEachRemaining(sink::consume);
      }
    }
  }

  /**
   * The floor: every token of the same bytes, nothing built.
   *
   * @param sink where the tokens go
   */
  @Benchmark
  public void floor(Blackhole sink) {
    int tokens = 0;
    try (JsonParser p = JACKSON.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
      }
    }
    sink.consume(tokens);
  }

  /**
   * A second reference: every token and the text of every value — the least any reader that looks
   * at the values must do (the floor above lets Jackson skip the content of strings).
   *
   * @param sink where the values go
   */
  @Benchmark
  public void floorWithValues(Blackhole sink) {
    try (JsonParser p = JACKSON.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isScalarValue()) {
          sink.consume(p.getString());
        }
      }
    }
  }

  /**
   * Ours: the model written.
   *
   * @return the bytes written
   */
  @Benchmark
  public int write() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    if (disclosure != null) {
      writer.writeDisclosure(disclosure, out);
    } else {
      try (ItemWriter w = writer.openItems(out)) {
        items.forEach(w::write);
      }
    }
    return out.size();
  }
}

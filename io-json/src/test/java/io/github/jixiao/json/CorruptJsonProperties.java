package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever is done to a valid document, reading it either succeeds or throws FormatException. */
class CorruptJsonProperties {
  private static final byte[] SEED =
      JsonTesting.write(SampleDocuments.huaiyuan2024()).getBytes(StandardCharsets.UTF_8);
  /** The seed with every field it leaves out, so that the newer fields are corrupted too. */
  private static final byte[] RICH = JsonTesting.write(JsonTesting.richSample()).getBytes(StandardCharsets.UTF_8);
  /** The seed's sheets as a batch, one per line and as one array. */
  private static final byte[] LINES = batch(JsonWriteOptions.BatchLayout.LINES);
  private static final byte[] ARRAY = batch(JsonWriteOptions.BatchLayout.ARRAY);

  @Property
  void corruptedDocumentsFailOnlyWithFormatException(@ForAll("corrupted") byte[] bytes) {
    try {
      JsonTesting.READER.readDisclosure(new ByteArrayInputStream(bytes));
    } catch (FormatException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.location()).isNotNull();
    }
  }

  /**
   * A corrupted batch — the sample's sheets as JSON Lines and as one array — gives sheets and
   * FormatExceptions only, and ends: after a failure the reader goes on only where the format
   * allows it (the next line). Most corruptions leave sheets to decode, so item decoding is
   * reached, which the coverage check makes sure of.
   */
  @Property
  void corruptedBatchesFailOnlyWithFormatException(@ForAll("corruptedBatches") byte[] bytes) {
    int items = 0;
    int failures = 0;
    // at most one sheet or one failure per line (a corruption may add lines), and one more at the end
    int bound = lines(bytes) + 2;
    try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(bytes))) {
      while (reader.hasNext()) {
        try {
          assertThat(reader.next()).isNotNull();
          items++;
        } catch (FormatException e) {
          assertThat(e.reason()).isNotNull();
          assertThat(e.location()).isNotNull();
          failures++;
        }
        assertThat(items + failures).as("the reader ends").isLessThanOrEqualTo(bound);
      }
    } catch (FormatException e) {
      assertThat(e.reason()).isNotNull();
      failures++;
    }
    boolean decodedSome = items > 0;
    Statistics.label("sheets decoded").collect(decodedSome);
    Statistics.label("sheets decoded").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  private static int lines(byte[] bytes) {
    int lines = 1;
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    return lines;
  }

  @Provide
  Arbitrary<byte[]> corruptedBatches() {
    return Arbitraries.oneOf(corruptedCopies(LINES), corruptedCopies(ARRAY));
  }

  private static byte[] batch(JsonWriteOptions.BatchLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteOptions options = WriteOptions.builder().with(JsonWriteOptions.builder().batchLayout(layout).build()).build();
    try (ItemWriter writer = JsonTesting.FORMAT.writer(options).openItems(out)) {
      SampleDocuments.huaiyuan2024().getItems().forEach(writer::write);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> corrupted() {
    return Arbitraries.oneOf(corruptedCopies(SEED), corruptedCopies(RICH));
  }

  private static Arbitrary<byte[]> corruptedCopies(byte[] valid) {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length - 1);
    Arbitrary<byte[]> truncated = position.map(p -> Arrays.copyOf(valid, p));
    Arbitrary<byte[]> flipped = position.flatMap(p -> Arbitraries.bytes().map(b -> {
      byte[] copy = valid.clone();
      copy[p] = b;
      return copy;
    }));
    Arbitrary<byte[]> inserted = position.flatMap(p -> Arbitraries.of(List.of("{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-", "\\u0000", "\uFFFF"))
        .map(s -> {
          byte[] piece = s.getBytes(StandardCharsets.UTF_8);
          byte[] copy = new byte[valid.length + piece.length];
          System.arraycopy(valid, 0, copy, 0, p);
          System.arraycopy(piece, 0, copy, p, piece.length);
          System.arraycopy(valid, p, copy, p + piece.length, valid.length - p);
          return copy;
        }));
    Arbitrary<byte[]> deleted = position.flatMap(p -> Arbitraries.integers().between(1, 200).map(n -> {
      int end = Math.min(valid.length, p + n);
      byte[] copy = new byte[valid.length - (end - p)];
      System.arraycopy(valid, 0, copy, 0, p);
      System.arraycopy(valid, end, copy, p, valid.length - end);
      return copy;
    }));
    return Arbitraries.oneOf(truncated, flipped, inserted, deleted);
  }
}

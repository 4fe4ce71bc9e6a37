package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is done to a valid document, reading it either succeeds or throws FormatException. */
class CorruptJsonProperties {
  private static final byte[] SEED =
      JsonTesting.write(SampleDocuments.huaiyuan2024()).getBytes(StandardCharsets.UTF_8);
  /** The seed with every field it leaves out, so that the newer fields are corrupted too. */
  private static final byte[] RICH = JsonTesting.write(JsonTesting.richSample()).getBytes(StandardCharsets.UTF_8);

  @Property(tries = 1000)
  void corruptedDocumentsFailOnlyWithFormatException(@ForAll("corrupted") byte[] bytes) {
    try {
      JsonTesting.READER.readDisclosure(new ByteArrayInputStream(bytes));
    } catch (FormatException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.location()).isNotNull();
    }
  }

  @Property(tries = 300)
  void corruptedBatchesFailOnlyWithFormatException(@ForAll("corrupted") byte[] bytes) {
    try (var reader = JsonTesting.READER.readItems(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(item -> assertThat(item).isNotNull());
    } catch (FormatException e) {
      assertThat(e.reason()).isNotNull();
    }
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

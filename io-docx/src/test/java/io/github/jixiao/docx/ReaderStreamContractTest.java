package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link DocumentReader} contract for every format: a reader never closes a stream it did not
 * open (the caller may be reading a zip of several documents); a batch's {@link ItemReader} closes
 * its source when it is closed, as documented.
 */
class ReaderStreamContractTest {
  static List<FormatProvider> formats() {
    return List.of(new DocxFormat(), new JsonFormat());
  }

  /** A stream that remembers whether it was closed. */
  private static final class Tracking extends FilterInputStream {
    boolean closed;

    Tracking(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static byte[] written(FormatProvider format, Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void readDisclosureAndReadItemLeaveTheStreamOpen(FormatProvider format) {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    DocumentReader reader = format.reader(ReadOptions.defaults());
    Tracking in = new Tracking(written(format, seed));
    assertThat(reader.readDisclosure(in)).isEqualTo(seed);
    assertThat(in.closed).as(format.id() + " readDisclosure").isFalse();

    Tracking withWarnings = new Tracking(written(format, seed));
    assertThat(reader.read(withWarnings).value()).isEqualTo(seed);
    assertThat(withWarnings.closed).as(format.id() + " read").isFalse();

    ByteArrayOutputStream item = new ByteArrayOutputStream();
    format.writer(WriteOptions.defaults()).writeItem(seed.getItems().get(0), item);
    Tracking single = new Tracking(item.toByteArray());
    assertThat(reader.readItem(single)).isEqualTo(seed.getItems().get(0));
    assertThat(single.closed).as(format.id() + " readItem").isFalse();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void aBatchReaderClosesItsSourceWhenClosed(FormatProvider format) {
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    try (ItemWriter writer = format.writer(WriteOptions.defaults()).openItems(batch)) {
      SampleDocuments.huaiyuan2024().getItems().forEach(writer::write);
    }
    Tracking in = new Tracking(batch.toByteArray());
    try (ItemReader items = format.reader(ReadOptions.defaults()).readItems(in)) {
      assertThat(items.hasNext()).isTrue();
      assertThat(in.closed).isFalse();
    }
    assertThat(in.closed).as(format.id() + " readItems, closed").isTrue();
  }
}

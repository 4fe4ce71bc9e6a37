package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The 汇总表 layout of the Excel writer: the seed written as a collection table reads back the same. */
class CollectionTableTest {
  static final WriteOptions COLLECTION =
      WriteOptions.builder().with(XlsxWriteOptions.builder().layout(XlsxWriteOptions.Layout.COLLECTION_TABLE).build()).build();

  static byte[] write(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTesting.FORMAT.writer(COLLECTION).writeDisclosure(d, out);
    return out.toByteArray();
  }

  @Test
  void theSeedWrittenAsACollectionTableReadsBackTheSameWithoutWarnings() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    byte[] xlsx = write(seed);
    ReadResult<Disclosure> back = XlsxTesting.READER.read(new ByteArrayInputStream(xlsx));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(seed);
  }
}

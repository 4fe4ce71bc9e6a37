package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The seed document written as a workbook reads back the same, with the Word writer's look. */
class XlsxRoundTripTest {
  @Test
  void theSeedRoundTripsWithoutAWarning() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    ReadResult<Disclosure> read = XlsxTesting.READER.read(new ByteArrayInputStream(XlsxTesting.write(seed)));
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value()).isEqualTo(seed);
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(XlsxTesting.write(seed)).isEqualTo(XlsxTesting.write(seed));
  }

  @Test
  void amountsAreNumbersWithTheirWrittenDecimalsAndTheFontIsSongtiForChinese() throws Exception {
    byte[] xlsx = XlsxTesting.write(SampleDocuments.huaiyuan2024());
    String styles = part(xlsx, "xl/styles.xml");
    // #,##0.00 is built in (4); other scales are custom formats
    assertThat(styles).containsPattern("numFmtId=\"4\"|formatCode=\"#,##0\\.0+\"").contains("val=\"宋体\"")
        .contains("<charset val=\"134\"/>").doesNotContain("<scheme val=\"minor\"/>");
    String sheet = part(xlsx, "xl/worksheets/sheet2.xml");
    assertThat(sheet).contains("<mergeCell ").contains("paperSize=\"9\"").contains("fitToWidth=\"1\"")
        .contains("fitToHeight=\"0\"").containsPattern("<c r=\"[A-Z]+[0-9]+\" s=\"[0-9]+\"( t=\"n\")?><v>[0-9]+\\.[0-9]+</v>");
  }

  private static String part(byte[] xlsx, String name) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}

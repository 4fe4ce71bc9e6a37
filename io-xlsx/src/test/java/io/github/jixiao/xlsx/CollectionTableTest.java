package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  void theSeedWrittenAsACollectionTableReadsBackTheSameWithoutWarnings() throws Exception {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    byte[] xlsx = write(seed);
    ReadResult<Disclosure> back = XlsxTesting.READER.read(new ByteArrayInputStream(xlsx));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(seed);
    int indicators = seed.getItems().stream().mapToInt(i -> Math.max(1, i.getAnnualIndicators().getRows().size()
        + i.getMediumTermIndicators().map(t -> t.getRows().size()).orElse(0))).sum();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet table = book.getSheet("绩效目标汇总表");
      // the title, a blank row, two header rows, one row per indicator
      assertThat(table.getLastRowNum() + 1).isEqualTo(4 + indicators);
      assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目名称");
      assertThat(table.getRow(4).getCell(0).getStringCellValue()).isEqualTo(seed.getItems().get(0).getName());
    }
    if (System.getProperty("jixiao.dump") != null) {
      java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("jixiao.dump")), xlsx);
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytesAndTheStandardFormStaysTheDefault() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    byte[] collection = write(seed);
    assertThat(write(seed)).isEqualTo(collection);
    assertThat(XlsxTesting.write(seed)).isNotEqualTo(collection);
    assertThat(XlsxWriteOptions.of(WriteOptions.defaults()).getLayout()).isEqualTo(XlsxWriteOptions.Layout.STANDARD_FORM);
  }
}

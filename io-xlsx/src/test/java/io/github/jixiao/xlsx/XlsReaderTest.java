package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** Legacy .xls workbooks (BIFF8), read through the same layout as .xlsx. */
class XlsReaderTest {
  private static byte[] xls(HSSFWorkbook book) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (book) {
      book.write(out);
    }
    return out.toByteArray();
  }

  private static ReadResult<Disclosure> read(byte[] xls, ReadOptions options) {
    return new XlsxFormat().reader(options).read(new ByteArrayInputStream(xls));
  }

  @Test
  void aWorksheetReadsWithNumbersAsDisplayedAndHiddenContentWarned() throws Exception {
    HSSFWorkbook book = new HSSFWorkbook();
    HSSFSheet sheet = book.createSheet("表");
    HSSFCellStyle twoDecimals = book.createCellStyle();
    twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
    HSSFRow first = sheet.createRow(0);
    first.createCell(0).setCellValue("项目名称");
    first.createCell(1).setCellValue(18);
    first.getCell(1).setCellStyle(twoDecimals);
    first.createCell(2).setCellValue("被合并");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
    HSSFRow second = sheet.createRow(1);
    second.createCell(0).setCellValue("隐藏行");
    second.setZeroHeight(true);
    book.setSheetHidden(book.getSheetIndex(book.createSheet("底稿")), true);
    book.getSheet("底稿").createRow(0).createCell(0).setCellValue("底稿内容");

    ReadResult<Disclosure> read = read(xls(book), ReadOptions.defaults());
    assertThat(read.value().getItems()).extracting(i -> i.getName()).containsExactly("18.00");
    assertThat(read.warnings()).extracting(ReadWarning::getKind).containsOnly(ReadWarning.Kind.HIDDEN);
    assertThat(read.warnings()).extracting(ReadWarning::getText).containsExactlyInAnyOrder("被合并", "隐藏行", "底稿内容");
  }

  @Test
  void aLegacyWorkbookOverItsSizeLimitIsRefused() throws Exception {
    HSSFWorkbook book = new HSSFWorkbook();
    book.createSheet("表").createRow(0).createCell(0).setCellValue("项目名称");
    byte[] xls = xls(book);
    FormatException e = catchThrowableOfType(FormatException.class, () -> read(xls,
        ReadOptions.builder().with(XlsxReadOptions.builder().maxLegacyBytes(1024).build()).build()));
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("legacy");
  }

  @Test
  void xlsIsReadOnly() {
    assertThat(new XlsxFormat().capabilities("xls")).containsExactlyInAnyOrder(Capability.READ_DISCLOSURE,
        Capability.READ_ITEMS, Capability.READ_ITEM);
    assertThat(new XlsxFormat().capabilities("xlsx")).contains(Capability.WRITE_DISCLOSURE);
  }
}

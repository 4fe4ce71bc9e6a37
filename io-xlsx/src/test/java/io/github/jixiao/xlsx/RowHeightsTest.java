package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Row heights: a row whose wrapped text needs several lines is written as tall as the estimate, with
 * no {@code customHeight} (so Excel still fits it itself), and LibreOffice Calc, which keeps a row
 * without a height at one line, shows the whole text.
 */
class RowHeightsTest {

  @Test
  void aLongTextNeedsMoreLinesInANarrowColumnThanInAWideOne() {
    FormGrid.Sheet sheet = new FormGrid().sheet("s", new int[] {1000, 5000});
    sheet.row(java.util.List.of(FormGrid.Spec.text("一二三四五六七八九十一二三四五六七八九十"),
        FormGrid.Spec.text("一二三四五六七八九十一二三四五六七八九十")));
    FormGrid.Placed narrow = sheet.cells.get(0);
    FormGrid.Placed wide = sheet.cells.get(1);
    assertThat(RowHeights.needed(narrow, sheet.widths)).isGreaterThan(RowHeights.needed(wide, sheet.widths));
    assertThat(RowHeights.of(sheet)[0]).isEqualTo(RowHeights.needed(narrow, sheet.widths));
    FormGrid.Placed number = new FormGrid.Placed(0, 1, 1, "18.00", FormGrid.Kind.AMOUNT, new BigDecimal("18.00"), 0);
    assertThat(RowHeights.needed(number, sheet.widths)).isLessThanOrEqualTo(RowHeights.DEFAULT_POINTS);
  }

  @Test
  void theSeedsLongGoalsGetTallRowsWithoutCustomHeight() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxFormat().writer(WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), out);
    int tall = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        XSSFSheet sheet = book.getSheetAt(s);
        for (Row row : sheet) {
          XSSFRow r = (XSSFRow) row;
          assertThat(r.getCTRow().isSetCustomHeight()).as("customHeight of row %d", r.getRowNum()).isFalse();
          if (r.getCTRow().isSetHt()) {
            assertThat(r.getHeightInPoints()).isGreaterThan((float) RowHeights.DEFAULT_POINTS);
            tall++;
          }
          for (Cell c : row) {
            if (c.toString().length() > 60 && !r.getCTRow().isSetHt()) {
              throw new AssertionError("row " + r.getRowNum() + " of sheet " + s + " holds a long text at one line's height");
            }
          }
        }
      }
    }
    assertThat(tall).isPositive();
  }
}

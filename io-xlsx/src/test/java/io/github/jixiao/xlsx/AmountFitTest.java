package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Amount cells shrink to fit instead of wrapping: a number never wraps, so one wider than its
 * column (an amount written with six decimals in 元) would show and print as "###" — LibreOffice
 * Calc printed such a cell of a generated document, and the PDF held no amount to read back.
 */
class AmountFitTest {

  @Test
  void everyAmountCellShrinksToFitAndDoesNotWrap() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxFormat().writer(WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), out);
    int amounts = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC) {
              amounts++;
              assertThat(c.getCellStyle().getShrinkToFit()).as("shrink to fit, %s!%s", sheet.getSheetName(), c.getAddress())
                  .isTrue();
              assertThat(c.getCellStyle().getWrapText()).as("wrap, %s!%s", sheet.getSheetName(), c.getAddress()).isFalse();
            }
          }
        }
      }
    }
    assertThat(amounts).isPositive();
  }
}

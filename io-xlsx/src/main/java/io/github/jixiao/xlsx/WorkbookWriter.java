package io.github.jixiao.xlsx;

import io.github.jixiao.internal.QuietLog4j;
import io.github.jixiao.xlsx.FormGrid.Kind;
import io.github.jixiao.xlsx.FormGrid.Placed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STFontScheme;

/**
 * Writes a {@link FormGrid} with Apache POI in the Word writer's look: 宋体 (with the East Asian
 * character set, so that spreadsheet applications pick it for Chinese), thin borders round every
 * table cell, labels centred, texts wrapped, amounts as numbers whose format shows their written
 * decimals, columns as wide as the Word form's, rows as tall as their wrapped texts need ({@link RowHeights}),
 * A4 portrait fitted to one page wide. The same grid
 * gives the same bytes: the document properties carry a fixed date and every zip entry a fixed time.
 */
final class WorkbookWriter {
  /** Twips per character of Excel's column width (about 0.08 inch). */
  private static final double TWIPS_PER_CHARACTER = 114;
  private static final double MARGIN_INCHES = 0.79;
  /** 2026-01-01T00:00:00Z: the fixed moment of the document properties and zip entries. */
  private static final long FIXED_TIME = 1_767_225_600_000L;

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final Map<Kind, XSSFCellStyle> styles = new EnumMap<>(Kind.class);
  private final Map<String, XSSFCellStyle> amountStyles = new HashMap<>();
  private final Map<Integer, XSSFCellStyle> indentStyles = new HashMap<>();

  private WorkbookWriter() {
    XSSFFont body = book.getFontAt(0);
    font(body, 11, false);
    XSSFFont bold = book.createFont();
    font(bold, 11, true);
    XSSFFont title = book.createFont();
    font(title, 16, true);
    styles.put(Kind.TITLE, style(title, HorizontalAlignment.CENTER, false));
    styles.put(Kind.HEADING, style(bold, HorizontalAlignment.CENTER, false));
    styles.put(Kind.LINE, style(body, HorizontalAlignment.CENTER, false));
    styles.put(Kind.LABEL, style(body, HorizontalAlignment.CENTER, true));
    styles.put(Kind.TEXT, style(body, HorizontalAlignment.LEFT, true));
    styles.put(Kind.AMOUNT, style(body, HorizontalAlignment.RIGHT, true));
  }

  private static void font(XSSFFont f, int points, boolean bold) {
    f.setFontName("宋体");
    f.setCharSet(FontCharset.GB2312.getValue());
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    // a theme font scheme would win over the name: the default font has one
    if (f.getCTFont().sizeOfSchemeArray() > 0) {
      f.getCTFont().getSchemeArray(0).setVal(STFontScheme.NONE);
    }
  }

  private XSSFCellStyle style(XSSFFont font, HorizontalAlignment alignment, boolean bordered) {
    XSSFCellStyle s = book.createCellStyle();
    s.setFont(font);
    s.setAlignment(alignment);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    if (bordered) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  /** The workbook of a grid, as bytes. */
  static byte[] write(FormGrid grid) {
    QuietLog4j.chooseProvider(); // before POI's first class logs
    return new WorkbookWriter().book(grid);
  }

  private byte[] book(FormGrid grid) {
    for (FormGrid.Sheet s : grid.sheets) {
      sheet(s);
    }
    book.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
    book.getProperties().getCoreProperties().setCreator("Jixiao");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (book) {
      book.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Excel workbook", e);
    }
    return fixTimes(bytes.toByteArray());
  }

  private void sheet(FormGrid.Sheet grid) {
    XSSFSheet sheet = book.createSheet(unique(grid.name));
    for (int c = 0; c < grid.widths.length; c++) {
      sheet.setColumnWidth(c, (int) Math.round(grid.widths[c] / TWIPS_PER_CHARACTER * 256));
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(false);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    for (short margin : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin}) {
      sheet.setMargin(margin, MARGIN_INCHES);
    }
    for (Placed p : grid.cells) {
      XSSFCellStyle style = styleOf(p);
      for (int r = p.row; r < p.row + p.rows; r++) {
        XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        for (int c = p.column; c < p.column + p.columns; c++) {
          XSSFCell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
          cell.setCellStyle(style);
        }
      }
      XSSFCell cell = sheet.getRow(p.row).getCell(p.column);
      if (p.amount != null) {
        cell.setCellType(CellType.NUMERIC);
        // the decimal as written: never through a binary double
        cell.getCTCell().setV(p.amount.toPlainString());
      } else if (!p.text.isEmpty()) {
        cell.setCellValue(p.text);
      }
      if (p.rows > 1 || p.columns > 1) {
        sheet.addMergedRegion(new CellRangeAddress(p.row, p.row + p.rows - 1, p.column, p.column + p.columns - 1));
      }
    }
    heights(sheet, RowHeights.of(grid));
  }

  /**
   * Rows taller than one line get their estimated height, stored without {@code customHeight}: Excel
   * fits such a row itself, LibreOffice Calc takes the height as stored (it would keep a row with no
   * height at one line, and a wrapped text would spill over the rows below).
   */
  private static void heights(XSSFSheet sheet, double[] heights) {
    for (int r = 0; r < heights.length; r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && heights[r] > RowHeights.DEFAULT_POINTS) {
        row.setHeightInPoints((float) heights[r]);
        row.getCTRow().unsetCustomHeight();
      }
    }
  }

  private String unique(String name) {
    String candidate = name;
    for (int n = 2; book.getSheet(candidate) != null; n++) {
      String suffix = " (" + n + ")";
      candidate = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
    }
    return candidate;
  }

  private XSSFCellStyle styleOf(Placed p) {
    if (p.amount != null) {
      return amountStyles.computeIfAbsent(format(p.amount.scale()), code -> {
        XSSFCellStyle s = book.createCellStyle();
        s.cloneStyleFrom(styles.get(Kind.AMOUNT));
        s.setDataFormat(book.createDataFormat().getFormat(code));
        // a number never wraps: one wider than its cell would show and print as "###" (an amount
        // written with six decimals in a narrow column); shrunk, it stays readable
        s.setWrapText(false);
        s.setShrinkToFit(true);
        return s;
      });
    }
    if (p.indent > 0) {
      return indentStyles.computeIfAbsent(p.indent, levels -> {
        XSSFCellStyle s = book.createCellStyle();
        s.cloneStyleFrom(styles.get(Kind.TEXT));
        s.setIndention(levels.shortValue());
        return s;
      });
    }
    return styles.get(p.kind);
  }

  /** The number format that shows an amount with its written decimals: "#,##0.00" for 18.00. */
  static String format(int scale) {
    return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
  }

  /** The same entries with a fixed time, so that the same workbook gives the same bytes. */
  private static byte[] fixTimes(byte[] xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Excel workbook", e);
    }
    return out.toByteArray();
  }
}

package io.github.jixiao.xlsx;

import io.github.jixiao.internal.QuietLog4j;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a legacy .xls workbook (BIFF8, as many county websites still publish) with POI's HSSF event
 * API into the same {@link Worksheet}s the .xlsx reader makes: cells as displayed through their
 * number format (BIFF stores numbers as binary doubles, so a number is taken at Excel's 15
 * significant digits, which is what Excel shows), cached formula values, merged regions, hidden
 * rows, columns and worksheets. The whole file is held in memory, so it is read only up to {@link
 * XlsxReadOptions#getMaxLegacyBytes()}; an encrypted workbook is refused.
 */
final class XlsReader {
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final ReadOptions options;
  private final XlsxReadOptions excel;
  private final List<BoundSheetRecord> bound = new ArrayList<>();
  private final List<Worksheet> sheets = new ArrayList<>();
  private final List<Boolean> hidden = new ArrayList<>();
  private final List<ExtendedFormatRecord> formats = new ArrayList<>();
  private final Map<Integer, String> customFormats = new HashMap<>();
  private SSTRecord strings;
  private boolean date1904;
  private Worksheet sheet;
  private int sheetIndex = -1;
  private FormulaRecord pendingString;
  private int cells;

  /** The worksheets read, and which are hidden. */
  record Book(List<Worksheet> sheets, List<Boolean> hidden) {}

  private XlsReader(ReadOptions options) {
    this.options = options;
    this.excel = XlsxReadOptions.of(options);
  }

  static Book read(byte[] bytes, ReadOptions options) {
    QuietLog4j.chooseProvider(); // before POI's first class logs
    XlsReader r = new XlsReader(options);
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(r::record);
      new HSSFEventFactory().processWorkbookEvents(request, fs);
    } catch (EncryptedDocumentException e) {
      throw encrypted();
    } catch (FormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new FormatException(Reason.MALFORMED, FormatLocation.builder().entry("Workbook").build(),
          "the .xls workbook is damaged: " + e.getMessage(), e);
    }
    return new Book(r.sheets, r.hidden);
  }

  private static FormatException encrypted() {
    return new FormatException(Reason.UNSUPPORTED_VERSION, FormatLocation.unknown(),
        "the workbook is encrypted (password-protected): Jixiao does not decrypt workbooks; save it without a password and read it again");
  }

  private void record(Record rec) {
    if (rec instanceof FilePassRecord) {
      throw encrypted();
    } else if (rec instanceof BoundSheetRecord b) {
      bound.add(b);
    } else if (rec instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
      startSheet();
    } else if (rec instanceof SSTRecord sst) {
      if (sst.getNumUniqueStrings() > excel.getMaxSharedStrings()) {
        throw new FormatException(Reason.TOO_LARGE, FormatLocation.builder().entry("Workbook").build(),
            "the workbook shares more than " + excel.getMaxSharedStrings() + " strings");
      }
      strings = sst;
    } else if (rec instanceof DateWindow1904Record d) {
      date1904 = d.getWindowing() == 1;
    } else if (rec instanceof FormatRecord f) {
      customFormats.put(f.getIndexCode(), f.getFormatString());
    } else if (rec instanceof ExtendedFormatRecord xf) {
      formats.add(xf);
    } else if (sheet != null) {
      sheetRecord(rec);
    }
  }

  private void startSheet() {
    sheetIndex++;
    if (sheetIndex == 0) {
      BoundSheetRecord[] ordered = BoundSheetRecord.orderByBofPosition(bound);
      bound.clear();
      bound.addAll(List.of(ordered));
    }
    BoundSheetRecord b = sheetIndex < bound.size() ? bound.get(sheetIndex) : null;
    String name = b == null ? "Sheet" + (sheetIndex + 1) : b.getSheetname();
    sheet = new Worksheet(name, "Workbook/" + name);
    sheets.add(sheet);
    hidden.add(b != null && (b.isHidden() || b.isVeryHidden()));
  }

  private void sheetRecord(Record rec) {
    if (pendingString != null && rec instanceof StringRecord s) {
      cell(pendingString.getRow(), pendingString.getColumn(), s.getString(), pendingString.getXFIndex());
      pendingString = null;
      return;
    }
    if (rec instanceof LabelSSTRecord l) {
      cell(l.getRow(), l.getColumn(), strings == null ? null : strings.getString(l.getSSTIndex()).getString(), l.getXFIndex());
    } else if (rec instanceof LabelRecord l) {
      cell(l.getRow(), l.getColumn(), l.getValue(), l.getXFIndex());
    } else if (rec instanceof NumberRecord n) {
      number(n, n.getValue());
    } else if (rec instanceof RKRecord rk) {
      number(rk, rk.getRKNumber());
    } else if (rec instanceof MulRKRecord m) {
      for (int i = 0; i < m.getNumColumns(); i++) {
        cell(m.getRow(), m.getFirstColumn() + i, display(m.getRKNumberAt(i), m.getXFAt(i)), m.getXFAt(i));
      }
    } else if (rec instanceof FormulaRecord f) {
      formula(f);
    } else if (rec instanceof BoolErrRecord b) {
      cell(b.getRow(), b.getColumn(), b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE")
          : FormulaError.forInt(b.getErrorValue()).getString(), b.getXFIndex());
    } else if (rec instanceof RowRecord row && row.getZeroHeight()) {
      sheet.hiddenRows.set(row.getRowNumber());
    } else if (rec instanceof ColumnInfoRecord col && col.getHidden()) {
      sheet.hiddenColumns.set(col.getFirstColumn(), Math.min(WorksheetReader.MAX_COLUMN, col.getLastColumn() + 1));
    } else if (rec instanceof MergeCellsRecord merges) {
      for (int i = 0; i < merges.getNumAreas(); i++) {
        CellRangeAddress a = merges.getAreaAt(i);
        if (sheet.merges.size() >= excel.getMaxCells()) {
          throw new FormatException(Reason.TOO_LARGE, FormatLocation.builder().entry(sheet.part).build(),
              "the worksheet has more merged regions than the limit of " + excel.getMaxCells());
        }
        sheet.merges.add(new Worksheet.Merge(a.getFirstRow(), a.getFirstColumn(), a.getLastRow() - a.getFirstRow() + 1,
            a.getLastColumn() - a.getFirstColumn() + 1));
      }
    }
  }

  private void number(CellValueRecordInterface cell, double value) {
    cell(cell.getRow(), cell.getColumn(), display(value, cell.getXFIndex()), cell.getXFIndex());
  }

  private void formula(FormulaRecord f) {
    switch (f.getCachedResultTypeEnum()) {
      case STRING -> pendingString = f; // the text follows in a STRING record
      case NUMERIC -> number(f, f.getValue());
      case BOOLEAN -> cell(f.getRow(), f.getColumn(), f.getCachedBooleanValue() ? "TRUE" : "FALSE", f.getXFIndex());
      case ERROR -> cell(f.getRow(), f.getColumn(), FormulaError.forInt(f.getCachedErrorValue()).getString(), f.getXFIndex());
      default -> { }
    }
  }

  /** A stored double as Excel shows it: at 15 significant digits, through the cell's number format. */
  private String display(double value, int xf) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "#NUM!";
    }
    String decimal = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).toPlainString();
    return CellFormat.display(decimal, formatCode(xf), date1904);
  }

  private String formatCode(int xf) {
    int index = xf >= 0 && xf < formats.size() ? formats.get(xf).getFormatIndex() : 0;
    String custom = customFormats.get(index);
    if (custom != null) {
      return custom;
    }
    String builtIn = index == 14 ? "yyyy/m/d" : BuiltinFormats.getBuiltinFormat(index);
    return builtIn == null ? "General" : builtIn;
  }

  private void cell(int row, int column, String text, int xf) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (text.length() > options.getMaxStringLength()) {
      throw new FormatException(Reason.STRING_TOO_LONG, FormatLocation.builder().entry(sheet.part).row(row).column(column).build(),
          "a text longer than the limit of " + options.getMaxStringLength() + " characters");
    }
    if (++cells > excel.getMaxCells()) {
      throw new FormatException(Reason.TOO_LARGE, FormatLocation.builder().entry(sheet.part).row(row).column(column).build(),
          "the workbook has more cells with text than the limit of " + excel.getMaxCells());
    }
    int indent = xf >= 0 && xf < formats.size() ? Math.min(15, formats.get(xf).getIndent()) : 0;
    String shown = indent > 0 ? WorksheetReader.INDENT.repeat(indent) + text : text;
    sheet.cells.add(new Worksheet.Cell(row, column, shown, indent > 0));
  }
}

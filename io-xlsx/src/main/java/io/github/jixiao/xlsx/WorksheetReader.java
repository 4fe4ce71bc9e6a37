package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.XmlPart;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one worksheet's XML in a single pass with StAX: the hidden columns ({@code cols}) and the
 * default row height ({@code sheetFormatPr}) before the data, each row's hidden flag, each cell's
 * value as displayed, and the merged regions after the data. A formula is never calculated: its
 * cached value is the cell's, and a formula without one is an {@code AMBIGUOUS} warning. Cells and
 * rows are counted against the limits of {@link XlsxReadOptions}; each text against the string
 * length of {@link ReadOptions}.
 */
final class WorksheetReader {
  /** Excel's grid: 1 048 576 rows and 16 384 columns. */
  static final int MAX_ROW = 1 << 20;
  static final int MAX_COLUMN = 1 << 14;
  /** One indent level as text: two ideographic spaces, as the Word writer sets a nested source in. */
  static final String INDENT = "\u3000\u3000";

  private final XmlPart xml;
  private final XlsxReadOptions excel;
  private final ReadOptions options;
  private final SharedStrings strings;
  private final Styles styles;
  private final boolean date1904;
  private final Consumer<ReadWarning> warnings;
  private final Worksheet sheet;
  private int rows;

  private WorksheetReader(XmlPart xml, Worksheet sheet, Workbook book, Consumer<ReadWarning> warnings) {
    this.xml = xml;
    this.sheet = sheet;
    this.excel = book.excel;
    this.options = book.options;
    this.strings = book.strings;
    this.styles = book.styles;
    this.date1904 = book.date1904;
    this.warnings = warnings;
  }

  /** What every worksheet of a workbook is read with. */
  record Workbook(OfficeZip zip, XlsxReadOptions excel, ReadOptions options, SharedStrings strings, Styles styles,
      boolean date1904) {}

  static Worksheet read(Workbook book, OfficeZip.Entry entry, String name, Consumer<ReadWarning> warnings) {
    Worksheet sheet = new Worksheet(name, entry.name);
    try (XmlPart xml = new XmlPart(book.zip(), entry, book.excel().officeLimits(), book.options().getMaxDepth())) {
      new WorksheetReader(xml, sheet, book, warnings).read();
    }
    return sheet;
  }

  private void read() {
    XMLStreamReader r = xml.reader();
    int row = -1;
    int column = -1;
    for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "sheetFormatPr" -> sheet.zeroHeight = isOn(r.getAttributeValue(null, "zeroHeight"));
        case "col" -> column(r);
        case "row" -> {
          row = rowNumber(r.getAttributeValue(null, "r"), row);
          column = -1;
          if (isOn(r.getAttributeValue(null, "hidden"))
              || (sheet.zeroHeight && r.getAttributeValue(null, "ht") == null && r.getAttributeValue(null, "hidden") == null)) {
            sheet.hiddenRows.set(row);
          }
        }
        case "c" -> {
          int[] at = reference(r.getAttributeValue(null, "r"), Math.max(row, 0), column);
          row = at[0];
          column = at[1];
          cell(r, at[0], at[1]);
        }
        case "mergeCell" -> merge(r.getAttributeValue(null, "ref"));
        case "sheetData", "cols", "mergeCells", "worksheet", "sheetPr", "dimension", "sheetViews" -> { }
        default -> {
          if (xml.depth() <= 2) {
            xml.skip(); // print setup, drawings, links, controls: nothing a cell shows
          }
        }
      }
    }
  }

  private void column(XMLStreamReader r) {
    if (!isOn(r.getAttributeValue(null, "hidden"))) {
      return;
    }
    int min = (int) bounded(r.getAttributeValue(null, "min"), 1, MAX_COLUMN);
    int max = (int) bounded(r.getAttributeValue(null, "max"), min, MAX_COLUMN);
    sheet.hiddenColumns.set(min - 1, max);
  }

  private long bounded(String value, long min, long max) {
    try {
      long n = Long.parseLong(String.valueOf(value).strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FormatException(Reason.MALFORMED, xml.location(), "\"" + value + "\" is not a number from " + min + " to " + max);
  }

  private int rowNumber(String r, int previous) {
    int row = r == null ? previous + 1 : (int) bounded(r, 1, MAX_ROW) - 1;
    if (++rows > excel.getMaxRows() || row >= excel.getMaxRows()) {
      throw new FormatException(Reason.TOO_LARGE, xml.location(),
          "the worksheet has more rows than the limit of " + excel.getMaxRows());
    }
    return row;
  }

  /** {row, column} of an A1 reference; without one, the next column of the current row. */
  private int[] reference(String ref, int row, int previousColumn) {
    if (ref == null) {
      if (previousColumn + 1 >= MAX_COLUMN) {
        throw new FormatException(Reason.MALFORMED, xml.location(), "a row with more than " + MAX_COLUMN + " cells");
      }
      return new int[] {row, previousColumn + 1};
    }
    int[] at = parseA1(ref);
    if (at == null) {
      throw new FormatException(Reason.MALFORMED, xml.location(), "\"" + ref + "\" is not a cell reference");
    }
    return at;
  }

  /** {row, column}, 0-based, of an A1 reference inside Excel's grid, or null. */
  static int[] parseA1(String ref) {
    String s = ref.strip().replace("$", "");
    int i = 0;
    int column = 0;
    while (i < s.length() && i < 3 && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
      column = column * 26 + (s.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == s.length() || s.length() - i > 7) {
      return null;
    }
    int row = 0;
    for (int k = i; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
      row = row * 10 + (c - '0');
    }
    if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) {
      return null;
    }
    return new int[] {row - 1, column - 1};
  }

  private void cell(XMLStreamReader r, int row, int column) {
    String type = r.getAttributeValue(null, "t");
    String style = r.getAttributeValue(null, "s");
    String value = null;
    String formula = null;
    String inline = null;
    int maxString = options.getMaxStringLength();
    int start = xml.depth();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < start) {
        break;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "v" -> value = xml.text(maxString);
        case "f" -> formula = xml.text(maxString);
        case "is" -> inline = richText(maxString);
        default -> xml.skip();
      }
    }
    String text;
    if ("inlineStr".equals(type)) {
      text = inline != null ? Xstring.decode(inline) : value;
    } else if (value == null) {
      text = inline == null ? null : Xstring.decode(inline);
    } else if ("s".equals(type)) {
      text = strings.get(index(value));
      if (text == null) {
        throw new FormatException(Reason.MALFORMED, location(row, column), "cell " + Worksheet.a1(row, column)
            + " refers to shared string " + value.strip() + ", which the workbook does not have");
      }
    } else if ("b".equals(type)) {
      text = value.strip().equals("1") ? "TRUE" : "FALSE";
    } else if ("str".equals(type)) {
      text = Xstring.decode(value);
    } else if ("e".equals(type) || "d".equals(type)) {
      text = value;
    } else {
      text = CellFormat.display(value, styles.code(style == null ? 0 : index(style)), date1904);
    }
    if (text == null && formula != null) {
      ReadWarning w = ReadWarning.of(ReadWarning.Kind.AMBIGUOUS, "=" + formula, location(row, column), "cell "
          + Worksheet.a1(row, column) + " holds a formula without a cached value: the reader never calculates, "
          + "so open and save the workbook in a spreadsheet application");
      warn(w);
      return;
    }
    if (text == null || text.isEmpty()) {
      return;
    }
    if (sheet.cells.size() >= excel.getMaxCells()) {
      throw new FormatException(Reason.TOO_LARGE, location(row, column),
          "the worksheet has more cells with text than the limit of " + excel.getMaxCells());
    }
    int indent = style == null ? 0 : styles.indent(index(style));
    boolean verbatim = indent > 0;
    if (verbatim) { // an indent is whitespace a person sees, and the form reader counts it (nested sources)
      text = INDENT.repeat(indent) + text;
    }
    sheet.cells.add(new Worksheet.Cell(row, column, text, verbatim));
  }

  /** The text of an inline string ({@code is}): its runs, without phonetic guides. */
  private String richText(int max) {
    StringBuilder b = new StringBuilder();
    int start = xml.depth();
    XMLStreamReader r = xml.reader();
    while (true) {
      int event = xml.next();
      if ((event == XMLStreamConstants.END_ELEMENT && xml.depth() < start) || event == XMLStreamConstants.END_DOCUMENT) {
        return b.toString();
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("t")) {
          b.append(xml.text(max - b.length()));
        } else if (r.getLocalName().equals("rPh")) {
          xml.skip();
        }
      }
    }
  }

  private int index(String value) {
    return (int) bounded(value, 0, Integer.MAX_VALUE);
  }

  private void merge(String ref) {
    String[] ends = String.valueOf(ref).split(":");
    int[] a = parseA1(ends[0]);
    int[] b = ends.length == 2 ? parseA1(ends[1]) : a;
    if (a == null || b == null || ends.length > 2) {
      throw new FormatException(Reason.MALFORMED, xml.location(), "\"" + ref + "\" is not a range of cells");
    }
    if (sheet.merges.size() >= excel.getMaxCells()) {
      throw new FormatException(Reason.TOO_LARGE, xml.location(),
          "the worksheet has more merged regions than the limit of " + excel.getMaxCells());
    }
    int top = Math.min(a[0], b[0]);
    int left = Math.min(a[1], b[1]);
    sheet.merges.add(new Worksheet.Merge(top, left, Math.abs(a[0] - b[0]) + 1, Math.abs(a[1] - b[1]) + 1));
  }

  private FormatLocation location(int row, int column) {
    return FormatLocation.builder().entry(sheet.part).row(row).column(column).build();
  }

  private void warn(ReadWarning w) {
    if (options.isStrict()) {
      throw new FormatException(Reason.UNPLACED_CONTENT, w.getLocation(),
          "the strict reader refuses content it cannot place: " + w.describe());
    }
    warnings.accept(w);
  }

  private static boolean isOn(String value) {
    return value != null && (value.equals("1") || value.equals("true"));
  }
}

package io.github.jixiao.xlsx.zoo;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test-only: renders a layout (paragraphs and tables) as an .xlsx workbook written directly as
 * SpreadsheetML, the way a person would lay the document out in a spreadsheet: each block on rows
 * of its own, blocks separated by blank rows (or a title, caption and footer directly on their
 * table, as many workbooks have them), a paragraph as one cell, a table's cells at their
 * grid positions with its spans as merged regions. A {@link Style} varies what real workbooks vary:
 * shared or inline strings, numbers stored as numbers with a number format that shows the written
 * text, explicit or implicit cell references, the column the blocks start in, how many blank rows
 * separate them, hidden blank rows and columns between them, and blocks spread over worksheets.
 */
public final class LayoutXlsxRenderer {
  /** "1,800.00", "18.00", "2024", "-3.5": numbers whose written form a number format reproduces. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\\.([0-9]{1,6}))?");
  private static final Pattern PERCENT = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.([0-9]{1,3}))?%");

  /**
   * How a workbook is written.
   *
   * @param sharedStrings text in the shared-strings table (else inline strings)
   * @param numbers numbers written as numbers with a number format
   * @param explicitReferences every cell and row carries its reference
   * @param firstColumn the column blocks start in (0 = A)
   * @param blankRows blank rows between blocks (at least 1)
   * @param hiddenBlankRows an extra hidden blank row between blocks
   * @param hiddenColumn a hidden empty column before the blocks
   * @param worksheets spread the blocks over several worksheets
   * @param widenParagraphs a paragraph's cell merged across several columns
   * @param adjoinLines paragraphs written directly on the table they introduce (a title, a unit line
   *     on its first row) or close (a footer under its last row), no blank row between
   */
  public record Style(boolean sharedStrings, boolean numbers, boolean explicitReferences, int firstColumn, int blankRows,
      boolean hiddenBlankRows, boolean hiddenColumn, boolean worksheets, boolean widenParagraphs, boolean adjoinLines) {
    /**
     * A random style.
     *
     * @param random the source
     * @return the style
     */
    public static Style random(Random random) {
      return new Style(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextInt(3),
          1 + random.nextInt(2), random.nextBoolean(), random.nextBoolean(), random.nextInt(3) == 0, random.nextBoolean(),
          random.nextBoolean());
    }

    /**
     * The plainest style: shared strings, text only, references, column A, one blank row.
     *
     * @return the style
     */
    public static Style plain() {
      return new Style(true, false, true, 0, 1, false, false, false, false, false);
    }
  }

  private LayoutXlsxRenderer() {}

  /**
   * Renders a layout.
   *
   * @param blocks the layout
   * @param style how
   * @return the .xlsx bytes
   */
  public static byte[] render(List<LayoutBlock> blocks, Style style) {
    return new Workbook(style).render(blocks);
  }

  /** A cell to write: text, or a number with its format code. */
  private record Out(String text, String number, String format) {}

  private static final class Workbook {
    private final Style style;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final Map<String, Integer> formats = new LinkedHashMap<>();
    private final List<TreeMap<Integer, TreeMap<Integer, Out>>> sheets = new ArrayList<>();
    private final List<List<int[]>> merges = new ArrayList<>();
    private final List<List<Integer>> hiddenRows = new ArrayList<>();

    Workbook(Style style) {
      this.style = style;
    }

    byte[] render(List<LayoutBlock> blocks) {
      newSheet();
      int row = 0;
      int firstColumn = style.firstColumn() + (style.hiddenColumn() ? 1 : 0);
      for (int i = 0; i < blocks.size(); i++) {
        LayoutBlock block = blocks.get(i);
        if (i > 0 && style.worksheets() && i % 3 == 0) {
          newSheet();
          row = 0;
        } else if (i > 0) {
          if (style.hiddenBlankRows()) {
            hiddenRows.get(hiddenRows.size() - 1).add(row++);
          }
          if (!(style.adjoinLines() && adjoins(blocks, i))) {
            row += style.blankRows();
          }
        }
        if (block instanceof LayoutParagraph p) {
          put(row, firstColumn, p.text());
          int width = widthAfter(blocks, i);
          if (style.widenParagraphs() && width > 1) {
            merges.get(merges.size() - 1).add(new int[] {row, firstColumn, 1, width});
          }
          row++;
        } else {
          LayoutTable t = (LayoutTable) block;
          for (LayoutCell c : t.cells()) {
            put(row + c.row(), firstColumn + c.column(), c.text());
            if (c.rowSpan() > 1 || c.columnSpan() > 1) {
              merges.get(merges.size() - 1).add(new int[] {row + c.row(), firstColumn + c.column(), c.rowSpan(), c.columnSpan()});
            }
          }
          row += t.rowCount();
        }
      }
      return zip();
    }

    /**
     * Whether block i sits directly under the one before when lines adjoin: anything after a
     * paragraph (the lines before a table and the table), and the paragraphs after the last table.
     */
    private static boolean adjoins(List<LayoutBlock> blocks, int i) {
      if (blocks.get(i - 1) instanceof LayoutParagraph) {
        return true;
      }
      for (int k = i; k < blocks.size(); k++) {
        if (blocks.get(k) instanceof LayoutTable) {
          return false;
        }
      }
      return true;
    }

    /** The width of the next table, for a paragraph merged across it. */
    private static int widthAfter(List<LayoutBlock> blocks, int i) {
      for (int k = i + 1; k < blocks.size(); k++) {
        if (blocks.get(k) instanceof LayoutTable t) {
          return t.columnCount();
        }
      }
      return 1;
    }

    private void newSheet() {
      sheets.add(new TreeMap<>());
      merges.add(new ArrayList<>());
      hiddenRows.add(new ArrayList<>());
    }

    private void put(int row, int column, String text) {
      if (text.isEmpty()) {
        return;
      }
      Out out = new Out(text, null, null);
      if (style.numbers()) {
        out = number(text);
      }
      sheets.get(sheets.size() - 1).computeIfAbsent(row, k -> new TreeMap<>()).put(column, out);
    }

    private static Out number(String text) {
      Matcher m = NUMBER.matcher(text);
      String digits = text.replace(",", "").replace("-", "").replace(".", "");
      if (m.matches() && digits.length() <= 15) {
        String decimals = m.group(4);
        String code = (text.contains(",") ? "#,##0" : "0") + (decimals == null ? "" : "." + "0".repeat(decimals.length()));
        if (!text.contains(",") && decimals == null) {
          code = "General";
        }
        return new Out(text, text.replace(",", ""), code);
      }
      Matcher p = PERCENT.matcher(text);
      if (p.matches()) {
        String decimals = p.group(3);
        String value = new java.math.BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2).toPlainString();
        return new Out(text, value, "0" + (decimals == null ? "" : "." + "0".repeat(decimals.length())) + "%");
      }
      return new Out(text, null, null);
    }

    // ---------------------------------------------------------------- the package

    private byte[] zip() {
      List<String> sheetXml = new ArrayList<>();
      for (int s = 0; s < sheets.size(); s++) {
        sheetXml.add(sheet(s));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        entry(zip, "[Content_Types].xml", contentTypes());
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, "xl/workbook.xml", workbook());
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRels());
        entry(zip, "xl/styles.xml", styles());
        if (style.sharedStrings()) {
          entry(zip, "xl/sharedStrings.xml", sharedStrings());
        }
        for (int s = 0; s < sheetXml.size(); s++) {
          entry(zip, "xl/worksheets/sheet" + (s + 1) + ".xml", sheetXml.get(s));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(xml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    private String contentTypes() {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      if (style.sharedStrings()) {
        b.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      }
      for (int s = 0; s < sheets.size(); s++) {
        b.append("<Override PartName=\"/xl/worksheets/sheet").append(s + 1)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      }
      return b.append("</Types>").toString();
    }

    private String workbook() {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      for (int s = 0; s < sheets.size(); s++) {
        b.append("<sheet name=\"表").append(s + 1).append("\" sheetId=\"").append(s + 1).append("\" r:id=\"rId").append(s + 1)
            .append("\"/>");
      }
      return b.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      String ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
      for (int s = 0; s < sheets.size(); s++) {
        b.append("<Relationship Id=\"rId").append(s + 1).append("\" Type=\"").append(ns)
            .append("worksheet\" Target=\"worksheets/sheet").append(s + 1).append(".xml\"/>");
      }
      b.append("<Relationship Id=\"rIdS\" Type=\"").append(ns).append("styles\" Target=\"styles.xml\"/>");
      if (style.sharedStrings()) {
        b.append("<Relationship Id=\"rIdT\" Type=\"").append(ns).append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
      }
      return b.append("</Relationships>").toString();
    }

    private String styles() {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      if (!formats.isEmpty()) {
        b.append("<numFmts count=\"").append(formats.size()).append("\">");
        formats.forEach((code, index) -> b.append("<numFmt numFmtId=\"").append(163 + index).append("\" formatCode=\"")
            .append(escape(code)).append("\"/>"));
        b.append("</numFmts>");
      }
      b.append("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
          + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
          + "<borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
      b.append("<cellXfs count=\"").append(formats.size() + 1).append("\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
      formats.forEach((code, index) -> b.append("<xf numFmtId=\"").append(163 + index)
          .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"));
      return b.append("</cellXfs></styleSheet>").toString();
    }

    private String sharedStrings() {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"").append(strings.size())
          .append("\" uniqueCount=\"").append(strings.size()).append("\">");
      for (String s : strings.keySet()) {
        b.append("<si>").append(t(s)).append("</si>");
      }
      return b.append("</sst>").toString();
    }

    private String sheet(int s) {
      TreeMap<Integer, TreeMap<Integer, Out>> rows = sheets.get(s);
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
      if (style.hiddenColumn()) {
        int c = style.firstColumn() + 1;
        b.append("<cols><col min=\"").append(c).append("\" max=\"").append(c).append("\" width=\"9\" hidden=\"1\"/></cols>");
      }
      b.append("<sheetData>");
      TreeMap<Integer, Boolean> allRows = new TreeMap<>();
      rows.keySet().forEach(r -> allRows.put(r, false));
      hiddenRows.get(s).forEach(r -> allRows.put(r, true));
      int previousRow = -1;
      for (Map.Entry<Integer, Boolean> e : allRows.entrySet()) {
        int r = e.getKey();
        boolean explicit = style.explicitReferences() || r != previousRow + 1;
        b.append("<row");
        if (explicit) {
          b.append(" r=\"").append(r + 1).append('"');
        }
        if (e.getValue()) {
          b.append(" hidden=\"1\"");
        }
        b.append('>');
        int previousColumn = -1;
        for (Map.Entry<Integer, Out> c : rows.getOrDefault(r, new TreeMap<>()).entrySet()) {
          cell(b, r, c.getKey(), c.getValue(), style.explicitReferences() || c.getKey() != previousColumn + 1);
          previousColumn = c.getKey();
        }
        b.append("</row>");
        previousRow = r;
      }
      b.append("</sheetData>");
      List<int[]> m = merges.get(s);
      if (!m.isEmpty()) {
        b.append("<mergeCells count=\"").append(m.size()).append("\">");
        for (int[] x : m) {
          b.append("<mergeCell ref=\"").append(a1(x[0], x[1])).append(':').append(a1(x[0] + x[2] - 1, x[1] + x[3] - 1))
              .append("\"/>");
        }
        b.append("</mergeCells>");
      }
      return b.append("</worksheet>").toString();
    }

    private void cell(StringBuilder b, int row, int column, Out out, boolean reference) {
      b.append("<c");
      if (reference) {
        b.append(" r=\"").append(a1(row, column)).append('"');
      }
      if (out.number() != null) {
        if (!out.format().equals("General")) {
          int index = formats.computeIfAbsent(out.format(), k -> formats.size() + 1);
          b.append(" s=\"").append(index).append('"');
        }
        b.append("><v>").append(out.number()).append("</v></c>");
      } else if (style.sharedStrings()) {
        int index = strings.computeIfAbsent(out.text(), k -> strings.size());
        b.append(" t=\"s\"><v>").append(index).append("</v></c>");
      } else {
        b.append(" t=\"inlineStr\"><is>").append(t(out.text())).append("</is></c>");
      }
    }

    private static String t(String text) {
      boolean preserve = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
          || Character.isWhitespace(text.charAt(text.length() - 1)) || text.contains("\n"));
      return (preserve ? "<t xml:space=\"preserve\">" : "<t>") + escape(text) + "</t>";
    }
  }

  /** XML text with SpreadsheetML's escape of characters XML cannot hold (and of "_x" itself). */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\r' -> b.append("_x000D_");
        case '_' -> b.append(text.startsWith("_x", i) ? "_x005F_" : "_");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(String.format("_x%04X_", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String a1(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }
}

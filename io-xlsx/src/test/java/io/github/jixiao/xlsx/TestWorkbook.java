package io.github.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small .xlsx files from hand-written SpreadsheetML, for tests of the reader. */
final class TestWorkbook {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private final List<String[]> sheets = new ArrayList<>(); // name, state, body, repeated unit, count, rest
  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private final List<String> extraRels = new ArrayList<>();
  private String sharedStrings;
  private String sharedStringsUnit = "";
  private long sharedStringsCount;
  private String styles;
  private String workbookPr = "";
  private String workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  /** A worksheet: {@code body} is everything inside {@code <worksheet>}. */
  TestWorkbook sheet(String name, String body) {
    sheets.add(new String[] {name, null, body, "", "0", ""});
    return this;
  }

  /** A worksheet whose body is {@code start}, then {@code unit} {@code count} times, then {@code end}: never held whole. */
  TestWorkbook sheet(String name, String start, String unit, long count, String end) {
    sheets.add(new String[] {name, null, start, unit, Long.toString(count), end});
    return this;
  }

  /** A shared-strings table of {@code unit} {@code count} times, never held whole. */
  TestWorkbook sharedStrings(String unit, long count) {
    sharedStringsUnit = unit;
    sharedStringsCount = count;
    sharedStrings = "";
    return this;
  }

  TestWorkbook hiddenSheet(String name, String body) {
    sheets.add(new String[] {name, "hidden", body, "", "0", ""});
    return this;
  }

  /** The strings of {@code <sst>}, each a whole {@code <si>…</si>}, or plain texts. */
  TestWorkbook sharedStrings(String... items) {
    StringBuilder b = new StringBuilder();
    for (String s : items) {
      b.append(s.startsWith("<si") ? s : "<si><t xml:space=\"preserve\">" + s + "</t></si>");
    }
    sharedStrings = b.toString();
    return this;
  }

  /** The inside of {@code <styleSheet>}. */
  TestWorkbook styles(String inside) {
    styles = inside;
    return this;
  }

  TestWorkbook date1904() {
    workbookPr = "<workbookPr date1904=\"1\"/>";
    return this;
  }

  TestWorkbook workbookType(String type) {
    workbookType = type;
    return this;
  }

  /** A further part, and a relationship of the workbook to it (null type: no relationship). */
  TestWorkbook part(String name, byte[] bytes, String relationship) {
    extra.put(name, bytes);
    if (relationship != null) {
      extraRels.add(relationship);
    }
    return this;
  }

  byte[] build() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookType + "\"/></Types>");
      put(zip, "[Content_Types].xml", types.toString());
      put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL.substring(0, REL.length() - 1)
          + "\">" + workbookPr + "<sheets>");
      StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int i = 0; i < sheets.size(); i++) {
        String[] s = sheets.get(i);
        wb.append("<sheet name=\"").append(s[0]).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1)
            .append('"').append(s[1] == null ? "" : " state=\"" + s[1] + "\"").append("/>");
        rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
            .append("worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
            + REL.substring(0, REL.length() - 1) + "\">" + s[2], s[3], Long.parseLong(s[4]), s[5] + "</worksheet>");
      }
      if (sharedStrings != null) {
        rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
        put(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + sharedStrings, sharedStringsUnit,
            sharedStringsCount, "</sst>");
      }
      if (styles != null) {
        rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("styles\" Target=\"styles.xml\"/>");
        put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
      }
      extraRels.forEach(rels::append);
      put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    put(zip, name, xml, "", 0, "");
  }

  private static void put(ZipOutputStream zip, String name, String start, String unit, long count, String end)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + start).getBytes(StandardCharsets.UTF_8));
    byte[] repeated = unit.getBytes(StandardCharsets.UTF_8);
    for (long i = 0; i < count; i++) {
      zip.write(repeated);
    }
    zip.write(end.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A row of inline-string cells from column A. */
  static String row(int number, String... texts) {
    StringBuilder b = new StringBuilder("<row r=\"" + number + "\">");
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        b.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>").append(texts[i])
            .append("</t></is></c>");
      }
    }
    return b.append("</row>").toString();
  }
}

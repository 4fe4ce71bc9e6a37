package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.XmlPart;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The number formats of a workbook's cell styles ({@code xl/styles.xml}): for each cell format
 * ({@code cellXfs/xf}, the index a cell's {@code s} attribute gives) its number-format code, built
 * in or custom, and its indent level. Nothing else of the styles (fonts, fills, borders) changes
 * what a cell displays.
 */
final class Styles {
  /** Excel allows about 64 000 cell formats; more is not a workbook an application made. */
  private static final int MAX_FORMATS = 65_536;
  /** Excel's deepest indent. */
  private static final int MAX_INDENT = 15;
  /** Built-in formats as Excel shows them in a Chinese (zh-CN) locale. */
  private static final Map<Integer, String> BUILT_IN = builtIn();

  private final int[] formatIds;
  private final int[] indents;
  private final Map<Integer, String> codes;

  private Styles(int[] formatIds, int[] indents, Map<Integer, String> codes) {
    this.formatIds = formatIds;
    this.indents = indents;
    this.codes = codes;
  }

  static Styles none() {
    return new Styles(new int[0], new int[0], Map.of());
  }

  static Styles read(OfficeZip zip, OfficeZip.Entry entry, XlsxReadOptions excel, int maxDepth) {
    Map<Integer, String> codes = new HashMap<>();
    int[] ids = new int[16];
    int[] indents = new int[16];
    int count = 0;
    try (XmlPart xml = new XmlPart(zip, entry, excel.officeLimits(), maxDepth)) {
      XMLStreamReader r = xml.reader();
      boolean inCellXfs = false;
      for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("numFmt")) {
            if (codes.size() >= MAX_FORMATS) {
              throw new FormatException(Reason.TOO_LARGE, xml.location(), "more than " + MAX_FORMATS + " number formats");
            }
            codes.put(number(r.getAttributeValue(null, "numFmtId")), String.valueOf(r.getAttributeValue(null, "formatCode")));
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (name.equals("xf") && inCellXfs) {
            if (count >= MAX_FORMATS) {
              throw new FormatException(Reason.TOO_LARGE, xml.location(), "more than " + MAX_FORMATS + " cell formats");
            }
            if (count == ids.length) {
              ids = Arrays.copyOf(ids, ids.length * 2);
              indents = Arrays.copyOf(indents, indents.length * 2);
            }
            ids[count++] = number(r.getAttributeValue(null, "numFmtId"));
          } else if (name.equals("alignment") && inCellXfs && count > 0) {
            indents[count - 1] = Math.min(MAX_INDENT, Math.max(0, number(r.getAttributeValue(null, "indent"))));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
    return new Styles(Arrays.copyOf(ids, count), Arrays.copyOf(indents, count), codes);
  }

  private static int number(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The indent level of a cell style index (0 when none): Excel's way of setting a text in, which
   * nested funding sources use.
   */
  int indent(int style) {
    return style >= 0 && style < indents.length ? indents[style] : 0;
  }

  /** The number-format code of a cell style index ("General" when there is none). */
  String code(int style) {
    int id = style >= 0 && style < formatIds.length ? formatIds[style] : 0;
    String custom = codes.get(id);
    if (custom != null) {
      return custom;
    }
    return BUILT_IN.getOrDefault(id, "General");
  }

  private static Map<Integer, String> builtIn() {
    Map<Integer, String> m = new HashMap<>();
    m.put(0, "General");
    m.put(1, "0");
    m.put(2, "0.00");
    m.put(3, "#,##0");
    m.put(4, "#,##0.00");
    m.put(5, "#,##0;-#,##0");
    m.put(6, "#,##0;[Red]-#,##0");
    m.put(7, "#,##0.00;-#,##0.00");
    m.put(8, "#,##0.00;[Red]-#,##0.00");
    m.put(9, "0%");
    m.put(10, "0.00%");
    m.put(11, "0.00E+00");
    m.put(12, "# ?/?");
    m.put(13, "# ??/??");
    m.put(14, "yyyy/m/d");
    m.put(15, "d-mmm-yy");
    m.put(16, "d-mmm");
    m.put(17, "mmm-yy");
    m.put(18, "h:mm AM/PM");
    m.put(19, "h:mm:ss AM/PM");
    m.put(20, "h:mm");
    m.put(21, "h:mm:ss");
    m.put(22, "yyyy/m/d h:mm");
    m.put(27, "yyyy\"年\"m\"月\"");
    m.put(28, "m\"月\"d\"日\"");
    m.put(29, "m\"月\"d\"日\"");
    m.put(30, "m-d-yy");
    m.put(31, "yyyy\"年\"m\"月\"d\"日\"");
    m.put(32, "h\"时\"mm\"分\"");
    m.put(33, "h\"时\"mm\"分\"ss\"秒\"");
    m.put(34, "上午/下午h\"时\"mm\"分\"");
    m.put(35, "上午/下午h\"时\"mm\"分\"ss\"秒\"");
    m.put(36, "yyyy\"年\"m\"月\"");
    m.put(37, "#,##0;(#,##0)");
    m.put(38, "#,##0;[Red](#,##0)");
    m.put(39, "#,##0.00;(#,##0.00)");
    m.put(40, "#,##0.00;[Red](#,##0.00)");
    m.put(45, "mm:ss");
    m.put(46, "[h]:mm:ss");
    m.put(47, "mm:ss.0");
    m.put(48, "##0.0E+0");
    m.put(49, "@");
    m.put(50, "yyyy\"年\"m\"月\"");
    m.put(51, "m\"月\"d\"日\"");
    m.put(52, "yyyy\"年\"m\"月\"");
    m.put(53, "m\"月\"d\"日\"");
    m.put(54, "m\"月\"d\"日\"");
    m.put(55, "上午/下午h\"时\"mm\"分\"");
    m.put(56, "上午/下午h\"时\"mm\"分\"ss\"秒\"");
    m.put(57, "yyyy\"年\"m\"月\"");
    m.put(58, "m\"月\"d\"日\"");
    return Map.copyOf(m);
  }
}

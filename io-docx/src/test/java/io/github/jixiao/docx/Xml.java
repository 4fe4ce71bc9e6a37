package io.github.jixiao.docx;

/** A small builder of WordprocessingML for layout tests: paragraphs, tables, rows and cells. */
final class Xml {
  private Xml() {}

  static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  /** A cell with properties (such as {@code <w:gridSpan w:val="2"/>}) and text; "\n" starts a new paragraph. */
  static String tc(String properties, String text) {
    StringBuilder b = new StringBuilder("<w:tc>");
    if (!properties.isEmpty()) {
      b.append("<w:tcPr>").append(properties).append("</w:tcPr>");
    }
    for (String line : text.split("\n", -1)) {
      b.append(p(line));
    }
    return b.append("</w:tc>").toString();
  }

  static String tc(String text) {
    return tc("", text);
  }

  static String span(int columns, String text) {
    return tc("<w:gridSpan w:val=\"" + columns + "\"/>", text);
  }

  static String restart(String text) {
    return tc("<w:vMerge w:val=\"restart\"/>", text);
  }

  static String cont() {
    return tc("<w:vMerge/>", "");
  }

  static String tr(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  static String tbl(int columns, String... rows) {
    return "<w:tbl><w:tblGrid>" + "<w:gridCol w:w=\"1000\"/>".repeat(columns) + "</w:tblGrid>" + String.join("", rows) + "</w:tbl>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

package io.github.jixiao.pdf;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.List;

/**
 * A layout as an HTML page — paragraphs as {@code <p>}, tables with borders, merged cells as
 * {@code rowspan} and {@code colspan} — for LibreOffice to print to PDF: a second producer, whose
 * tables, fonts and line breaking are not those of our Word writer.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  static String render(List<LayoutBlock> blocks) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>绩效目标</title>"
        + "<style>table{border-collapse:collapse;width:100%} td{border:1px solid black;vertical-align:top}</style>"
        + "</head><body>\n");
    for (LayoutBlock block : blocks) {
      if (block instanceof LayoutParagraph p) {
        b.append("<p>").append(text(p.text())).append("</p>\n");
      } else if (block instanceof LayoutTable t) {
        table(t, b);
      }
    }
    return b.append("</body></html>\n").toString();
  }

  private static void table(LayoutTable t, StringBuilder b) {
    int rows = t.rowCount();
    int columns = t.columnCount();
    LayoutCell[][] at = new LayoutCell[rows][columns];
    boolean[][] covered = new boolean[rows][columns];
    for (LayoutCell c : t.cells()) {
      at[c.row()][c.column()] = c;
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          covered[r][k] = true;
        }
      }
    }
    b.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (int r = 0; r < rows; r++) {
      b.append("<tr>");
      for (int k = 0; k < columns; k++) {
        LayoutCell c = at[r][k];
        if (c != null) {
          b.append("<td");
          if (c.rowSpan() > 1) {
            b.append(" rowspan=\"").append(c.rowSpan()).append('"');
          }
          if (c.columnSpan() > 1) {
            b.append(" colspan=\"").append(c.columnSpan()).append('"');
          }
          b.append('>').append(text(c.text())).append("</td>");
        } else if (!covered[r][k]) {
          b.append("<td></td>");
        }
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
  }
}

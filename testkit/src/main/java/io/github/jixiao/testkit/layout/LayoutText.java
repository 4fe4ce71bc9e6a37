package io.github.jixiao.testkit.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 版面文本 (layout text): a layout written as plain text, so that a test case of the form reader is
 * a file a person can read and edit. Lines starting "P " are paragraphs; a line "T" (or "T header=1"
 * for a table whose first row repeats on every page) starts a table whose rows are lines of cells
 * between bars: {@code | 项目名称 | 某项目 | < |}. A cell {@code <} belongs to the cell on its left, {@code ^} to
 * the cell above (together they make merged cells), {@code \n} in a cell is a line break; blank
 * lines and lines starting "#" are ignored.
 */
public final class LayoutText {
  private LayoutText() {}

  /**
   * Parses layout text.
   *
   * @param text the text
   * @return the blocks in order
   * @throws IllegalArgumentException for a line that is none of the above, or a {@code ^} / {@code <} with
   *     nothing to merge into
   */
  public static List<LayoutBlock> parse(String text) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<String[]> rows = null;
    int headerRows = 0;
    int tables = 0;
    int paragraphs = 0;
    int number = 0;
    for (String line : (text + "\n").split("\n", -1)) {
      number++;
      String trimmed = line.strip();
      if (trimmed.startsWith("|")) {
        if (rows == null) {
          throw new IllegalArgumentException("line " + number + ": a table row outside a table (start it with \"T\")");
        }
        rows.add(cells(trimmed));
        continue;
      }
      if (rows != null) {
        blocks.add(table(rows, headerRows, tables++));
        rows = null;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.equals("T") || trimmed.startsWith("T ")) {
        rows = new ArrayList<>();
        headerRows = trimmed.contains("header=") ? Integer.parseInt(trimmed.substring(trimmed.indexOf("header=") + 7).strip()) : 0;
      } else if (trimmed.startsWith("P ")) {
        blocks.add(new LayoutParagraph(unescape(trimmed.substring(2).strip()),
            FormatLocation.builder().paragraph(paragraphs++).build()));
      } else {
        throw new IllegalArgumentException("line " + number + " is not \"P text\", \"T\" or \"| cell | cell |\": " + line);
      }
    }
    return blocks;
  }

  private static String[] cells(String row) {
    String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    String[] cells = inner.split("\\|", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = unescape(cells[i].strip());
    }
    return cells;
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  private static LayoutTable table(List<String[]> rows, int headerRows, int index) {
    int cols = 0;
    for (String[] r : rows) {
      cols = Math.max(cols, r.length);
    }
    int[][] origin = new int[rows.size()][cols];
    List<int[]> boxes = new ArrayList<>(); // top, left, bottom, right
    List<String> texts = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int c = 0; c < cols; c++) {
        String cell = c < row.length ? row[c] : "";
        int o;
        if (cell.equals("^")) {
          if (r == 0) {
            throw new IllegalArgumentException("table " + index + ": \"^\" in the first row");
          }
          o = origin[r - 1][c];
        } else if (cell.equals("<")) {
          if (c == 0) {
            throw new IllegalArgumentException("table " + index + ": \"<\" in the first column");
          }
          o = origin[r][c - 1];
        } else {
          o = boxes.size();
          boxes.add(new int[] {r, c, r, c});
          texts.add(cell);
        }
        origin[r][c] = o;
        int[] box = boxes.get(o);
        box[2] = Math.max(box[2], r);
        box[3] = Math.max(box[3], c);
      }
    }
    List<LayoutCell> cells = new ArrayList<>();
    Map<int[], Boolean> seen = new IdentityHashMap<>();
    for (int i = 0; i < boxes.size(); i++) {
      int[] b = boxes.get(i);
      if (seen.put(b, Boolean.TRUE) == null) {
        cells.add(new LayoutCell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1, texts.get(i)));
      }
    }
    cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()));
    return new LayoutTable(FormatLocation.builder().table(index).build(), cells, headerRows);
  }
}

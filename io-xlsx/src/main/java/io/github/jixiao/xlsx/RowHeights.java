package io.github.jixiao.xlsx;

import io.github.jixiao.xlsx.FormGrid.Kind;
import io.github.jixiao.xlsx.FormGrid.Placed;

/**
 * Row heights (行高) for a worksheet whose texts wrap: an estimate, from the width of each text and
 * of its columns, of how many lines each cell needs. Excel fits a row without a stored height to
 * its wrapped text when it opens the file, but LibreOffice Calc keeps such a row at the default
 * height, so a cell of several lines spills over the rows below it on screen and in print. The
 * estimate leans high (a full-width character as wide as the font is high, a Latin one 0.6 of
 * that), so a row is a little too tall rather than too short.
 */
final class RowHeights {
  /** A row of one line of 11-point text, as Excel's default. */
  static final double DEFAULT_POINTS = 15;
  private static final double LINE_SPACING = 1.4;
  /** Space above and below the lines, and the cell's padding left and right, in points. */
  private static final double PADDING = 4;

  private RowHeights() {}

  /**
   * The height of each row in points, at least {@link #DEFAULT_POINTS}; the rows of a cell merged
   * over several rows together hold its text, the last of them growing when they do not.
   *
   * @param grid the worksheet as the writer places it
   * @return the heights, one per row of the grid
   */
  static double[] of(FormGrid.Sheet grid) {
    double[] heights = new double[grid.rows];
    java.util.Arrays.fill(heights, DEFAULT_POINTS);
    for (Placed p : grid.cells) {
      if (p.rows == 1) {
        heights[p.row] = Math.max(heights[p.row], needed(p, grid.widths));
      }
    }
    for (Placed p : grid.cells) {
      if (p.rows > 1) {
        double have = 0;
        for (int r = p.row; r < p.row + p.rows; r++) {
          have += heights[r];
        }
        int last = p.row + p.rows - 1;
        heights[last] += Math.max(0, needed(p, grid.widths) - have);
      }
    }
    return heights;
  }

  /** The height in points a cell's text needs in the width of its columns. */
  static double needed(Placed p, int[] widthsInTwips) {
    double size = p.kind == Kind.TITLE ? 16 : 11;
    double width = -PADDING - p.indent * 3 * size;
    for (int c = p.column; c < p.column + p.columns; c++) {
      width += widthsInTwips[c] / 20.0;
    }
    int lines = 0;
    for (String line : p.text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(textWidth(line, size) / Math.max(width, size)));
    }
    if (lines == 1 && size <= 11) {
      return DEFAULT_POINTS; // the default row holds one line of body text
    }
    // a cell of several lines gets one font height more: measured widths differ between fonts, and a
    // text that only just fits, filling its cell to the bottom, looks like one that runs on
    return lines * size * LINE_SPACING + PADDING + (lines > 1 ? size : 0);
  }

  private static double textWidth(String text, double size) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += wide(text.charAt(i)) ? size : 0.6 * size;
    }
    return w;
  }

  /** Chinese characters, full-width punctuation and forms: as wide as the font is high. */
  private static boolean wide(char c) {
    return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
        || c >= '\uFF00' && c <= '\uFFEF';
  }
}

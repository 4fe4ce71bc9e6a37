package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found on one page: its grid, the text of each of its cells, and where each cell's text
 * ends ({@link Edge}), which decides whether a cell continues on the next page.
 */
record PageTable(int page, Lattice.Grid grid, List<String> texts, List<Edge> edges) {
  /**
   * Where a cell's text starts and ends: the right end of its last line, where its lines wrap,
   * the width of its first word, its line count, and whether its last line reaches the bottom of
   * the cell (text that may run on over a page break).
   */
  record Edge(float lastRight, float rightLimit, float firstWordWidth, float size, int lines, boolean full) {
    static final Edge EMPTY = new Edge(0, 0, 0, 0, 0, false);
  }

  float top() {
    return grid.top();
  }

  int rows() {
    return grid.ys().length - 1;
  }

  /** The texts of the cells starting in a row, left to right. */
  List<String> row(int r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < grid.cells().size(); i++) {
      if (grid.cells().get(i).row() == r) {
        out.add(texts.get(i));
      }
    }
    return out;
  }

  /** Whether another page's table continues this one: the same left and right edges. */
  boolean sameWidth(PageTable other) {
    return Math.abs(grid.left() - other.grid.left()) <= 3 && Math.abs(grid.right() - other.grid.right()) <= 3;
  }

  /**
   * Whether another page's table can be the same grid as this one: the column boundaries of one are
   * all among those of the other (a part may merge cells over a boundary the other draws). Two
   * tables of one width with columns of their own — an annual table ending at the foot of a page,
   * the medium-term one starting the next — are two tables.
   */
  boolean sameColumns(PageTable other) {
    return within(grid.xs(), other.grid.xs()) || within(other.grid.xs(), grid.xs());
  }

  private static boolean within(float[] some, float[] all) {
    for (float x : some) {
      boolean found = false;
      for (float y : all) {
        found |= Math.abs(x - y) <= Lattice.TOLERANCE;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}

package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table found on one page: its grid, the text of each of its cells, and where each cell's text
 * ends ({@link Edge}), which decides whether a cell continues on the next page.
 */
record PageTable(int page, Lattice.Grid grid, List<String> texts, List<Edge> edges) {
  /**
   * Where a cell's text starts and ends: the right end of its last line, where its lines wrap,
   * the width of its first word, its line count, and whether its last line reaches the bottom of
   * the cell (text that may run on over a page break; not a text centred with room above it,
   * {@link CentredText}).
   */
  record Edge(float lastRight, float rightLimit, float firstWordWidth, float size, int lines, boolean full) {
    static final Edge EMPTY = new Edge(0, 0, 0, 0, 0, false);
  }

  /** Less room than this under a cell's last line (a share of its size) than the fullest cell of its row has is none. */
  private static final float SAME_ROOM = 0.6f;

  /**
   * The table of a grid, from the glyphs that fell in each of its cells (in the grid's cell order).
   * A cell's text is full — it may run on over a page break — when its last line reaches the cell's
   * bottom: no more room under it than a line's depth, and not more than part of a line more than
   * the cell of the same bottom border with the least room (a cell of one line beside one of two
   * has a whole line free under it: its text ended there, whatever the row's height). A centred
   * text with room above it ended where it did because it was centred ({@link CentredText}).
   */
  static PageTable of(int page, Lattice.Grid g, List<List<Glyph>> glyphs) {
    int n = g.cells().size();
    List<List<TextLine>> lines = new ArrayList<>(n);
    float[] leastRoom = new float[g.ys().length]; // by the index of the bottom border
    Arrays.fill(leastRoom, Float.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      List<TextLine> cellLines = TextLine.of(glyphs.get(i));
      lines.add(cellLines);
      if (!cellLines.isEmpty()) {
        int bottom = g.cells().get(i).row() + g.cells().get(i).rowSpan();
        leastRoom[bottom] = Math.min(leastRoom[bottom], g.ys()[bottom] - cellLines.get(cellLines.size() - 1).baseline());
      }
    }
    List<String> texts = new ArrayList<>(n);
    List<Edge> edges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Lattice.GridCell cell = g.cells().get(i);
      List<TextLine> cellLines = lines.get(i);
      float cellLeft = g.xs()[cell.column()];
      float cellRight = g.xs()[cell.column() + cell.columnSpan()];
      float minLeft = cellLines.stream().map(TextLine::left).min(Float::compare).orElse(cellLeft);
      float padding = Math.min(Math.max(minLeft - cellLeft, 1f), 12f);
      texts.add(TextLine.text(cellLines, cellRight - padding));
      if (cellLines.isEmpty()) {
        edges.add(Edge.EMPTY);
        continue;
      }
      TextLine first = cellLines.get(0);
      TextLine last = cellLines.get(cellLines.size() - 1);
      float top = g.ys()[cell.row()];
      int bottomIndex = cell.row() + cell.rowSpan();
      float room = g.ys()[bottomIndex] - last.baseline();
      boolean full = room < 1.2f * last.size() + 2f && room < leastRoom[bottomIndex] + SAME_ROOM * last.size()
          && !CentredText.withRoom(top, g.ys()[bottomIndex], first, last);
      edges.add(new Edge(last.right(), cellRight - padding, first.firstWordWidth(), last.size(), cellLines.size(), full));
    }
    return new PageTable(page, g, texts, edges);
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

package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 行尾 (where a row's texts end): a cell's text may run on over a page break only if it reaches as
 * low as the lowest text among the cells that end with it. A cell whose last line stops a line or
 * more above the last line of the cell beside it ("常规工作" beside "未完成按⏎比例扣分") had room for
 * more and was not cut, however close to the bottom its one line sits in a row of two.
 */
final class RowEnds {
  /** How far above the lowest last line, in font sizes, a last line still counts as the lowest. */
  private static final float SAME_LINE = 0.3f;

  private RowEnds() {}

  /**
   * The edges, with {@code full} kept only for cells whose last line is the lowest of the cells
   * ending on the same grid line.
   *
   * @param grid the table's grid
   * @param edges the edges of its cells, in the grid's cell order
   * @param lastBaselines the baseline of each cell's last line (ignored for empty cells)
   */
  static List<PageTable.Edge> fullOnlyAtTheLowestLine(Lattice.Grid grid, List<PageTable.Edge> edges,
      float[] lastBaselines) {
    Map<Integer, Float> lowest = new HashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      if (edges.get(i).lines() > 0) {
        Lattice.GridCell c = grid.cells().get(i);
        lowest.merge(c.row() + c.rowSpan(), lastBaselines[i], Math::max);
      }
    }
    List<PageTable.Edge> out = new ArrayList<>(edges.size());
    for (int i = 0; i < edges.size(); i++) {
      PageTable.Edge e = edges.get(i);
      Lattice.GridCell c = grid.cells().get(i);
      if (e.full() && lastBaselines[i] < lowest.get(c.row() + c.rowSpan()) - SAME_LINE * e.size()) {
        e = new PageTable.Edge(e.lastRight(), e.rightLimit(), e.firstWordWidth(), e.size(), e.lines(), false);
      }
      out.add(e);
    }
    return out;
  }
}

package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.List;

/** A table found on one page: its grid and the text of each of its cells. */
record PageTable(int page, Lattice.Grid grid, List<String> texts) {
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
}

package io.github.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LayoutTable} as a grid the section readers can walk: which slot covers a position, the
 * slots starting in a row, the neighbour to the right and below. Cells a producer let overlap are
 * still slots (their text is not lost), they just cover no position.
 */
final class Grid {
  final LayoutTable table;
  final int rows;
  final int cols;
  final List<Slot> slots = new ArrayList<>();
  private final Slot[][] cover;
  private final List<List<Slot>> starting;

  Grid(LayoutTable table) {
    this.table = table;
    this.rows = table.rowCount();
    this.cols = table.columnCount();
    this.cover = new Slot[rows][cols];
    this.starting = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      starting.add(new ArrayList<>());
    }
    for (LayoutCell c : table.cells()) {
      Slot s = new Slot(c);
      slots.add(s);
      starting.get(c.row()).add(s);
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          if (cover[r][k] == null) {
            cover[r][k] = s;
          }
        }
      }
    }
    for (List<Slot> row : starting) {
      row.sort((a, b) -> Integer.compare(a.col(), b.col()));
    }
  }

  /** The slot covering a position, or null (outside the grid, or a position no cell covers). */
  Slot at(int row, int col) {
    if (row < 0 || col < 0 || row >= rows || col >= cols) {
      return null;
    }
    return cover[row][col];
  }

  /** The slots whose top-left corner is in a row, left to right. */
  List<Slot> starting(int row) {
    return row < 0 || row >= rows ? List.of() : starting.get(row);
  }

  /** The slots covering a row (also those merged down from above), left to right, once each. */
  List<Slot> covering(int row) {
    List<Slot> out = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      Slot s = at(row, c);
      if (s != null && (out.isEmpty() || out.get(out.size() - 1) != s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The slot right of a slot, on its top row. */
  Slot right(Slot s) {
    return at(s.row(), s.endCol());
  }

  /** The slot below a slot, at its left column. */
  Slot below(Slot s) {
    return at(s.lastRow() + 1, s.col());
  }

  /** The non-empty slots of a row that no reader has claimed yet. */
  List<Slot> open(int row) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : starting(row)) {
      if (!s.claimed && !s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}

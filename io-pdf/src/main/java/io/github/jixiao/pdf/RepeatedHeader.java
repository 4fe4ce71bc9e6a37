package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * 重复表头 (a header repeated on each page): the first rows of a table's continuation that repeat the
 * table's first rows. A header cell that is merged on down into the body (a group label such as
 * "年度绩效指标表" down the left of the whole table) is drawn again in the repeated header at the
 * header's height: it shows the start of its text ("年度绩效指") and the rest spills into the row
 * below ("标表"). That cell still repeats the header, and its spilled rest is not content.
 */
final class RepeatedHeader {
  private RepeatedHeader() {}

  /** How many first rows (up to three) of a continuation repeat the first rows of the table. */
  static int rows(PageTable head, PageTable part) {
    int most = 0;
    for (int k = 1; k <= Math.min(3, Math.min(head.rows(), part.rows() - 1)); k++) {
      boolean same = true;
      for (int r = 0; r < k && same; r++) {
        same = sameRow(head, part, r, k);
      }
      if (same) {
        most = k;
      }
    }
    return most;
  }

  /**
   * The continuation with the spilled rest of each header cell cut short by the repetition left
   * out: a cell of the first row after the header, under such a cell, whose text is exactly the
   * rest of the cell's text.
   *
   * @param head the table's first part
   * @param part the continuation
   * @param skip the number of repeated header rows
   */
  static PageTable withoutSpill(PageTable head, PageTable part, int skip) {
    if (skip == 0) {
      return part;
    }
    List<String> texts = new ArrayList<>(part.texts());
    List<PageTable.Edge> edges = new ArrayList<>(part.edges());
    for (int r = 0; r < skip; r++) {
      List<Integer> a = cellsOfRow(head, r);
      List<Integer> b = cellsOfRow(part, r);
      for (int i = 0; i < a.size(); i++) {
        String whole = head.texts().get(a.get(i));
        String shown = part.texts().get(b.get(i));
        if (whole.equals(shown)) {
          continue;
        }
        String rest = whole.substring(shown.length());
        float x = part.grid().xs()[part.grid().cells().get(b.get(i)).column()];
        for (int j : cellsOfRow(part, skip)) {
          if (Math.abs(part.grid().xs()[part.grid().cells().get(j).column()] - x) <= Lattice.TOLERANCE
              && part.texts().get(j).equals(rest)) {
            texts.set(j, "");
            edges.set(j, PageTable.Edge.EMPTY);
          }
        }
      }
    }
    return new PageTable(part.page(), part.grid(), texts, edges);
  }

  /**
   * Whether row r of the continuation repeats row r of the head: not all blank, the same cells with
   * the same texts, except that a cell merged on below the k header rows may show only the start of
   * its text.
   */
  private static boolean sameRow(PageTable head, PageTable part, int r, int k) {
    List<Integer> a = cellsOfRow(head, r);
    List<Integer> b = cellsOfRow(part, r);
    if (a.size() != b.size() || head.row(r).stream().allMatch(String::isBlank)) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      String whole = head.texts().get(a.get(i));
      String shown = part.texts().get(b.get(i));
      Lattice.GridCell cell = head.grid().cells().get(a.get(i));
      boolean cutShort = cell.row() + cell.rowSpan() > k && !shown.isEmpty() && whole.startsWith(shown);
      if (!whole.equals(shown) && !cutShort) {
        return false;
      }
    }
    return true;
  }

  /** The indexes of the cells starting in a row, left to right. */
  private static List<Integer> cellsOfRow(PageTable t, int r) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.grid().cells().size(); i++) {
      if (t.grid().cells().get(i).row() == r) {
        out.add(i);
      }
    }
    return out;
  }
}

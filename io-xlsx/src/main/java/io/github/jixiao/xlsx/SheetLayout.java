package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A worksheet as the layout the form reader reads: what a person sees, in reading order. Cells in
 * hidden rows or columns and cells under a merged region are not shown, so they are {@code HIDDEN}
 * warnings, not content. The shown cells fall into blocks separated by blank rows: a block of one
 * row holding one cell is a paragraph (a title, a caption, a note), any other a table whose cells
 * carry the merged regions as spans. Hidden rows and columns are left out of the grid, so a region
 * merged across one keeps its shape. A title or footer written directly on a table, no blank row
 * between, is a row of that table: the form reader reads such a one-line row as the line it is.
 */
final class SheetLayout {
  private final Worksheet sheet;
  private final ReadOptions options;
  private final Consumer<ReadWarning> warnings;

  private SheetLayout(Worksheet sheet, ReadOptions options, Consumer<ReadWarning> warnings) {
    this.sheet = sheet;
    this.options = options;
    this.warnings = warnings;
  }

  /** The next free table and paragraph numbers, shared by the worksheets of one workbook. */
  static final class Counters {
    int tables;
    int paragraphs;
  }

  static List<LayoutBlock> blocks(Worksheet sheet, ReadOptions options, Consumer<ReadWarning> warnings, Counters counters) {
    return new SheetLayout(sheet, options, warnings).blocks(counters);
  }

  /** A hidden worksheet: one warning with the start of what it holds, nothing read. */
  static void hiddenSheet(Worksheet sheet, ReadOptions options, Consumer<ReadWarning> warnings) {
    if (sheet.cells.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Worksheet.Cell c : sheet.cells) {
      if (text.length() > 200) {
        text.append(" …");
        break;
      }
      text.append(text.length() == 0 ? "" : " | ").append(c.text());
    }
    new SheetLayout(sheet, options, warnings).warn(ReadWarning.of(ReadWarning.Kind.HIDDEN, text.toString(),
        FormatLocation.builder().entry(sheet.part).build(), "the hidden worksheet \"" + sheet.name + "\" ("
            + sheet.cells.size() + " cells with text): a spreadsheet application does not show it, so it is not read"));
  }

  private List<LayoutBlock> blocks(Counters counters) {
    // merged regions by their top-left cell
    Map<Long, Worksheet.Merge> anchors = new HashMap<>();
    TreeMap<Integer, List<Worksheet.Merge>> byTopRow = new TreeMap<>();
    for (Worksheet.Merge m : sheet.merges) {
      anchors.put(key(m.row(), m.column()), m);
      byTopRow.computeIfAbsent(m.row(), k -> new ArrayList<>()).add(m);
    }
    // the shown cells with text, by row; a sweep over the rows keeps the merged regions that reach
    // the current row, by left column (regions do not overlap), so a cell under one is found without
    // expanding regions into the positions they cover
    sheet.cells.sort(Comparator.comparingInt(Worksheet.Cell::row).thenComparingInt(Worksheet.Cell::column));
    TreeMap<Integer, List<Worksheet.Cell>> rows = new TreeMap<>();
    TreeMap<Integer, Worksheet.Merge> active = new TreeMap<>();
    java.util.PriorityQueue<Worksheet.Merge> ending = new java.util.PriorityQueue<>(
        Comparator.comparingInt(m -> m.row() + m.rows()));
    Iterator<Map.Entry<Integer, List<Worksheet.Merge>>> starting = byTopRow.entrySet().iterator();
    Map.Entry<Integer, List<Worksheet.Merge>> nextStart = starting.hasNext() ? starting.next() : null;
    for (Worksheet.Cell c : sheet.cells) {
      while (nextStart != null && nextStart.getKey() <= c.row()) {
        for (Worksheet.Merge m : nextStart.getValue()) {
          active.put(m.column(), m);
          ending.add(m);
        }
        nextStart = starting.hasNext() ? starting.next() : null;
      }
      while (!ending.isEmpty() && ending.peek().row() + ending.peek().rows() <= c.row()) {
        Worksheet.Merge done = ending.poll();
        active.remove(done.column(), done);
      }
      Map.Entry<Integer, Worksheet.Merge> under = active.floorEntry(c.column());
      Worksheet.Merge m = under == null ? null : under.getValue();
      boolean covered = m != null && c.column() < m.column() + m.columns() && (c.row() != m.row() || c.column() != m.column());
      if (sheet.isHidden(c.row(), c.column())) {
        warn(ReadWarning.of(ReadWarning.Kind.HIDDEN, c.text(), at(c.row(), c.column()), "cell " + Worksheet.a1(c.row(), c.column())
            + " is in a hidden " + (sheet.hiddenRows.get(c.row()) ? "row" : "column") + ": not shown, so not read"));
      } else if (covered) {
        warn(ReadWarning.of(ReadWarning.Kind.HIDDEN, c.text(), at(c.row(), c.column()), "cell " + Worksheet.a1(c.row(), c.column())
            + " is under a merged region: not shown, so not read"));
      } else {
        rows.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
      }
    }
    // occupied rows: those with text, and those a merged cell with text reaches down to
    BitSet occupied = new BitSet();
    for (Map.Entry<Integer, List<Worksheet.Cell>> e : rows.entrySet()) {
      occupied.set(e.getKey());
      for (Worksheet.Cell c : e.getValue()) {
        Worksheet.Merge m = anchors.get(key(c.row(), c.column()));
        if (m != null) {
          occupied.set(m.row(), m.row() + m.rows());
        }
      }
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    int first = occupied.nextSetBit(0);
    while (first >= 0) {
      int last = first;
      for (int next = occupied.nextSetBit(last + 1); next >= 0 && !blankBetween(last, next); next = occupied.nextSetBit(last + 1)) {
        last = next;
      }
      blocks.add(block(rows.subMap(first, true, last, true), anchors, byTopRow.subMap(first, true, last, true), first, last,
          counters));
      first = occupied.nextSetBit(last + 1);
    }
    return blocks;
  }

  /** Whether a shown row lies strictly between two rows: a blank line a person sees. */
  private boolean blankBetween(int upper, int lower) {
    if (sheet.zeroHeight) {
      return false;
    }
    int shown = sheet.hiddenRows.nextClearBit(upper + 1);
    return shown < lower;
  }

  private LayoutBlock block(Map<Integer, List<Worksheet.Cell>> rows, Map<Long, Worksheet.Merge> anchors,
      Map<Integer, List<Worksheet.Merge>> mergesHere, int first, int last, Counters counters) {
    List<Worksheet.Cell> cells = new ArrayList<>();
    rows.values().forEach(cells::addAll);
    cells.sort(Comparator.comparingInt(Worksheet.Cell::row).thenComparingInt(Worksheet.Cell::column));
    boolean oneRow = cells.size() == 1 && (anchors.get(key(first, cells.get(0).column())) == null
        || anchors.get(key(first, cells.get(0).column())).rows() == 1);
    if (oneRow && first == last) {
      Worksheet.Cell c = cells.get(0);
      FormatLocation at = FormatLocation.builder().entry(sheet.part).paragraph(counters.paragraphs++).row(c.row())
          .column(c.column()).build();
      return new LayoutParagraph(c.text(), at, c.verbatim());
    }
    int left = Integer.MAX_VALUE;
    for (Worksheet.Cell c : cells) {
      left = Math.min(left, c.column());
    }
    // empty merged regions inside the block keep their spans (a blank value field)
    List<Worksheet.Merge> emptyMerges = new ArrayList<>();
    for (Worksheet.Merge m : (Iterable<Worksheet.Merge>) mergesHere.values().stream().flatMap(List::stream)::iterator) {
      if (m.column() >= left && !sheet.isHidden(m.row(), m.column())
          && !rows.getOrDefault(m.row(), List.of()).stream().anyMatch(c -> c.column() == m.column())) {
        emptyMerges.add(m);
      }
    }
    List<LayoutCell> out = new ArrayList<>();
    for (Worksheet.Cell c : cells) {
      Worksheet.Merge m = anchors.get(key(c.row(), c.column()));
      out.add(cell(c.row(), c.column(), m, first, last, left, c.text(), c.verbatim()));
    }
    for (Worksheet.Merge m : emptyMerges) {
      out.add(cell(m.row(), m.column(), m, first, last, left, "", false));
    }
    out.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
    if (out.size() > 1 << 20) {
      throw new FormatException(Reason.TOO_LARGE, at(first, left), "a block of more than " + (1 << 20) + " cells");
    }
    FormatLocation at = FormatLocation.builder().entry(sheet.part).table(counters.tables++).build();
    return LayoutTable.of(at, out);
  }

  /** A cell of a block: its grid position and spans counted in shown rows and columns. */
  private LayoutCell cell(int row, int column, Worksheet.Merge m, int first, int last, int left, String text,
      boolean verbatim) {
    int r = shownRows(first, row);
    int c = shownColumns(left, column);
    int rowSpan = 1;
    int columnSpan = 1;
    if (m != null) {
      rowSpan = Math.max(1, shownRows(row, Math.min(last + 1, row + m.rows())));
      columnSpan = Math.max(1, shownColumns(column, column + m.columns()));
    }
    return new LayoutCell(r, c, rowSpan, columnSpan, text, verbatim);
  }

  private int shownRows(int from, int to) {
    int hidden = sheet.hiddenRows.get(from, Math.max(from, to)).cardinality();
    return to - from - hidden;
  }

  private int shownColumns(int from, int to) {
    int hidden = sheet.hiddenColumns.get(from, Math.max(from, to)).cardinality();
    return to - from - hidden;
  }

  private FormatLocation at(int row, int column) {
    return FormatLocation.builder().entry(sheet.part).row(row).column(column).build();
  }

  private void warn(ReadWarning w) {
    if (options.isStrict()) {
      throw new FormatException(Reason.UNPLACED_CONTENT, w.getLocation(),
          "the strict reader refuses content it cannot place: " + w.describe());
    }
    warnings.accept(w);
  }

  private static long key(int row, int column) {
    return (long) row << 20 | column;
  }
}

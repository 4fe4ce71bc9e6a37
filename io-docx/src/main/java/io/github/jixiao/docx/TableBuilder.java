package io.github.jixiao.docx;

import io.github.jixiao.docx.Blocks.Cell;
import io.github.jixiao.docx.Blocks.Row;
import io.github.jixiao.docx.Blocks.Table;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one table's rows as the XML goes by and resolves its merges by grid column — the sum
 * of earlier cells' spans plus the row's {@code gridBefore}, never the cell's index in the row:
 * {@code gridSpan}, legacy {@code hMerge}, and {@code vMerge} restart / continue (a bare {@code
 * <w:vMerge/>} is continue).
 */
final class TableBuilder {
  /** The merge a cell declares. */
  enum Merge { NONE, RESTART, CONTINUE }

  private final int index;
  private int gridWidth;
  private final List<Row> rows = new ArrayList<>();
  private final Map<Integer, Cell> openVerticalMerges = new HashMap<>();
  private int headerRows;
  private boolean headerRow;

  // the row and cell being read
  private int gridBefore;
  private List<RawCell> rawCells;
  private RawCell cell;

  TableBuilder(int index) {
    this.index = index;
  }

  int index() {
    return index;
  }

  int rowCount() {
    return rows.size();
  }

  void gridColumn() {
    gridWidth++;
  }

  void startRow() {
    gridBefore = 0;
    headerRow = false;
    rawCells = new ArrayList<>();
  }

  /** The row being read repeats as a header on each page (w:tblHeader). */
  void headerRow() {
    headerRow = true;
  }

  void gridBefore(int columns) {
    gridBefore = Math.max(0, columns);
  }

  void startCell() {
    cell = new RawCell();
    if (rawCells == null) {
      startRow(); // a cell outside any row: treat as a row of its own
    }
    rawCells.add(cell);
  }

  RawCell cell() {
    return cell;
  }

  void endCell() {
    cell = null;
  }

  boolean inCell() {
    return cell != null;
  }

  void endRow() {
    if (rawCells == null) {
      return;
    }
    List<Cell> cells = new ArrayList<>(rawCells.size());
    int column = gridBefore;
    for (int i = 0; i < rawCells.size(); i++) {
      RawCell raw = rawCells.get(i);
      if (raw.span < 1) {
        throw error(column, "gridSpan " + raw.span + " is not a positive number of columns");
      }
      if (raw.horizontal == Merge.CONTINUE && !cells.isEmpty()) {
        Cell previous = cells.remove(cells.size() - 1);
        cells.add(previous.widened(raw.span));
        column += raw.span;
        continue;
      }
      if (gridWidth > 0 && column + raw.span > gridWidth) {
        throw error(column, "the cell spans " + raw.span + " columns from column " + column
            + ", beyond the table grid of " + gridWidth);
      }
      Cell resolved;
      if (raw.vertical == Merge.CONTINUE) {
        Cell start = openVerticalMerges.get(column);
        if (start == null) {
          throw error(column, "vMerge continues a merge that never started in this column");
        }
        resolved = start.continuing(column, raw.span);
      } else {
        resolved = new Cell(column, raw.span, SymbolSpace.trim(raw.text, raw.symbols), false);
        if (raw.vertical == Merge.RESTART) {
          openVerticalMerges.put(column, resolved);
        } else {
          openVerticalMerges.remove(column);
        }
      }
      cells.add(resolved);
      column += raw.span;
    }
    if (headerRow && headerRows == rows.size()) {
      headerRows++;
    }
    rows.add(new Row(rows.size(), List.copyOf(cells)));
    rawCells = null;
  }

  Table build() {
    if (rawCells != null) {
      endRow();
    }
    return new Table(index, List.copyOf(rows), headerRows);
  }

  FormatException error(int column, String detail) {
    return new FormatException(Reason.MALFORMED, location(column), detail);
  }

  FormatLocation location(int column) {
    FormatLocation.Builder b = FormatLocation.builder().entry(DocxZip.DOCUMENT).table(index).row(rows.size());
    if (column >= 0) {
      b.column(column);
    }
    return b.build();
  }

  /** The grid column the current cell starts at, for error locations. */
  int currentColumn() {
    int column = gridBefore;
    if (rawCells != null) {
      for (RawCell raw : rawCells) {
        if (raw == cell) {
          break;
        }
        column += Math.max(1, raw.span);
      }
    }
    return column;
  }

  /** A cell as written, before merges are resolved. */
  static final class RawCell {
    int span = 1;
    Merge vertical = Merge.NONE;
    Merge horizontal = Merge.NONE;
    final StringBuilder text = new StringBuilder();
    /** Where {@code text} has whitespace inserted as a symbol, which trimming keeps ({@link SymbolSpace}). */
    final BitSet symbols = new BitSet();
  }
}

package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.model.ModelException;
import java.util.List;
import java.util.Objects;

/**
 * 表格 (layout table): a table as a grid of {@link LayoutCell}s with their spans, in row-major order
 * of their top-left corners, where it is in the source, and how many of its first rows the
 * producer marked as a header repeated on every page (Word's {@code w:tblHeader}; 0 when unknown).
 * Grid positions no cell covers are empty.
 *
 * @param location where the table is (its entry, table index, page); cells add row and column
 * @param cells the cells
 * @param headerRows the first rows marked as a repeated header
 */
public record LayoutTable(FormatLocation location, List<LayoutCell> cells, int headerRows) implements LayoutBlock {
  /**
   * Checks the parts and copies the cells.
   *
   * @param location the location
   * @param cells the cells
   * @param headerRows the header rows
   */
  public LayoutTable {
    Objects.requireNonNull(location, "location");
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    if (headerRows < 0) {
      throw new ModelException("LayoutTable.headerRows: must not be negative, was " + headerRows);
    }
  }

  /**
   * A table without marked header rows.
   *
   * @param location the location
   * @param cells the cells
   * @return the table
   */
  public static LayoutTable of(FormatLocation location, List<LayoutCell> cells) {
    return new LayoutTable(location, cells, 0);
  }

  /**
   * The number of grid rows: one past the last row any cell covers.
   *
   * @return the row count
   */
  public int rowCount() {
    int rows = 0;
    for (LayoutCell c : cells) {
      rows = Math.max(rows, c.row() + c.rowSpan());
    }
    return rows;
  }

  /**
   * The number of grid columns: one past the last column any cell covers.
   *
   * @return the column count
   */
  public int columnCount() {
    int columns = 0;
    for (LayoutCell c : cells) {
      columns = Math.max(columns, c.column() + c.columnSpan());
    }
    return columns;
  }

  /**
   * Where a cell is: the table's location with the cell's row and column.
   *
   * @param cell a cell of this table
   * @return the location
   */
  public FormatLocation locationOf(LayoutCell cell) {
    return FormatLocation.builder().from(location).row(cell.row()).column(cell.column()).build();
  }
}

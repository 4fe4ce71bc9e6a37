package io.github.jixiao.layout;

import io.github.jixiao.model.ModelException;
import java.util.Objects;

/**
 * 单元格 (layout cell): one cell of a {@link LayoutTable} as a person sees it — the grid row and
 * column of its top-left corner (0-based), how many rows and columns it covers (merged cells cover
 * several), and its text as written, lines joined with {@code \n}.
 *
 * @param row the top row
 * @param column the left column
 * @param rowSpan the rows covered, at least 1
 * @param columnSpan the columns covered, at least 1
 * @param text the text as written
 */
public record LayoutCell(int row, int column, int rowSpan, int columnSpan, String text) {
  /**
   * Checks the parts.
   *
   * @param row the top row
   * @param column the left column
   * @param rowSpan the rows covered
   * @param columnSpan the columns covered
   * @param text the text
   */
  public LayoutCell {
    Objects.requireNonNull(text, "text");
    if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
      throw new ModelException("LayoutCell: row " + row + ", column " + column + ", spans " + rowSpan + "x" + columnSpan
          + " do not describe a cell");
    }
  }

  /**
   * A cell covering one grid position.
   *
   * @param row the row
   * @param column the column
   * @param text the text
   * @return the cell
   */
  public static LayoutCell of(int row, int column, String text) {
    return new LayoutCell(row, column, 1, 1, text);
  }
}

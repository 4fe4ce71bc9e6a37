package io.github.jixiao.layout;

import io.github.jixiao.model.ModelException;
import java.util.Objects;

/**
 * 单元格 (layout cell): one cell of a {@link LayoutTable} as a person sees it — the grid row and
 * column of its top-left corner (0-based), how many rows and columns it covers (merged cells cover
 * several), its text as written, lines joined with {@code \n}, and whether that text is verbatim.
 *
 * <p>Whitespace at the ends of a cell's text is usually what people type by accident, and the form
 * reader trims it. A source that knows the whitespace at the ends is meant (a Word document that
 * inserted it as symbols, see the Word reader) says so with {@code verbatim}, and the form reader
 * keeps the text as it is.
 *
 * @param row the top row
 * @param column the left column
 * @param rowSpan the rows covered, at least 1
 * @param columnSpan the columns covered, at least 1
 * @param text the text as written
 * @param verbatim whether whitespace at the ends of the text is part of it rather than noise to trim
 */
public record LayoutCell(int row, int column, int rowSpan, int columnSpan, String text, boolean verbatim) {
  /**
   * Checks the parts.
   *
   * @param row the top row
   * @param column the left column
   * @param rowSpan the rows covered
   * @param columnSpan the columns covered
   * @param text the text
   * @param verbatim whether whitespace at the ends of the text is part of it
   */
  public LayoutCell {
    Objects.requireNonNull(text, "text");
    if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
      throw new ModelException("LayoutCell: row " + row + ", column " + column + ", spans " + rowSpan + "x" + columnSpan
          + " do not describe a cell");
    }
  }

  /**
   * A cell whose text's ends may carry stray whitespace, which the form reader trims.
   *
   * @param row the top row
   * @param column the left column
   * @param rowSpan the rows covered
   * @param columnSpan the columns covered
   * @param text the text
   */
  public LayoutCell(int row, int column, int rowSpan, int columnSpan, String text) {
    this(row, column, rowSpan, columnSpan, text, false);
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

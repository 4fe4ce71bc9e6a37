package io.github.jixiao.docx;

import java.util.List;

/** What the body of a Word document is made of, as the layout parser sees it. */
final class Blocks {
  private Blocks() {}

  /** A body-level block: a paragraph or a table. */
  sealed interface Block permits Paragraph, Table {}

  /** A paragraph outside tables, its text as a person reads it (trimmed, see {@link SymbolSpace}). */
  record Paragraph(String text) implements Block {}

  /**
   * A table with merges resolved; {@code index} counts tables in document order (0-based); {@code
   * headerRows} counts its first rows marked as a header repeated on each page ({@code w:tblHeader}).
   */
  record Table(int index, List<Row> rows, int headerRows) implements Block {}

  /** One row; {@code index} is 0-based within its table. */
  record Row(int index, List<Cell> cells) {
    /** The cell covering a grid column, or null. */
    Cell at(int column) {
      for (Cell c : cells) {
        if (column >= c.column() && column < c.column() + c.span()) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * One visible cell: the grid column it starts at, how many it spans, its text (trimmed, see {@link SymbolSpace}; for a
   * vertically merged continuation, the text of the merge's first cell), and whether it continues a
   * vertical merge.
   */
  record Cell(int column, int span, String text, boolean continuation) {
    Cell widened(int extra) {
      return new Cell(column, span + extra, text, continuation);
    }

    Cell continuing(int atColumn, int width) {
      return new Cell(atColumn, width, text, true);
    }
  }
}

package io.github.jixiao.docx;

import java.util.List;

/** What the body of a Word document is made of, as the layout parser sees it. */
final class Blocks {
  private Blocks() {}

  /** A body-level block: a paragraph or a table. */
  sealed interface Block permits Paragraph, Table {}

  /** A paragraph outside tables, its text as a person reads it (trimmed). */
  record Paragraph(String text) implements Block {}

  /** A table with merges resolved; {@code index} counts tables in document order (0-based). */
  record Table(int index, List<Row> rows) implements Block {}

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
   * One visible cell: the grid column it starts at, how many it spans, its text (trimmed; for a
   * vertically merged continuation, the text of the merge's first cell), whether it continues a
   * vertical merge, and its text as a label key ({@link Labels#key}), computed once.
   */
  record Cell(int column, int span, String text, boolean continuation, String key) {
    Cell(int column, int span, String text, boolean continuation) {
      this(column, span, text, continuation, Labels.key(text));
    }

    Cell widened(int extra) {
      return new Cell(column, span + extra, text, continuation, key);
    }

    Cell continuing(int atColumn, int width) {
      return new Cell(atColumn, width, text, true, key);
    }
  }
}

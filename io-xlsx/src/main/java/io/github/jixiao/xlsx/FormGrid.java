package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard form laid out on worksheet grids before it is written: each worksheet's cells with
 * their spans, kinds (title, label, text, amount) and indents, and its column widths. Blocks (a
 * paragraph, a table) are separated by a blank row, as the reader expects; a paragraph is one cell
 * merged across the worksheet's width; a table's vertical merges are resolved as in Word (a cell
 * that continues a merge extends the row span of the cell above).
 */
final class FormGrid {
  /** What a cell is, for its style. */
  enum Kind { TITLE, HEADING, LINE, LABEL, TEXT, AMOUNT }

  /** A cell placed on a worksheet. */
  static final class Placed {
    final int row;
    final int column;
    int rows = 1;
    final int columns;
    final String text;
    final Kind kind;
    final BigDecimal amount;
    final int indent;

    Placed(int row, int column, int columns, String text, Kind kind, BigDecimal amount, int indent) {
      this.row = row;
      this.column = column;
      this.columns = columns;
      this.text = text;
      this.kind = kind;
      this.amount = amount;
      this.indent = indent;
    }
  }

  /** A cell of a table row as the writer specifies it. */
  record Spec(String text, int span, int merge, Kind kind, BigDecimal amount, int indent) {
    static final int NONE = 0;
    static final int RESTART = 1;
    static final int CONTINUE = 2;

    static Spec label(String text) {
      return new Spec(text, 1, NONE, Kind.LABEL, null, 0);
    }

    static Spec text(String text) {
      return new Spec(text, 1, NONE, Kind.TEXT, null, 0);
    }

    static Spec text(String text, int span) {
      return new Spec(text, span, NONE, Kind.TEXT, null, 0);
    }

    static Spec amount(BigDecimal amount, int span) {
      return new Spec(amount.toPlainString(), span, NONE, Kind.AMOUNT, amount, 0);
    }

    Spec span(int columns) {
      return new Spec(text, columns, merge, kind, amount, indent);
    }

    Spec restart() {
      return new Spec(text, span, RESTART, kind, amount, indent);
    }

    Spec continued() {
      return new Spec(text, span, CONTINUE, kind, amount, indent);
    }

    Spec indent(int levels) {
      return new Spec(text, span, merge, kind, amount, levels);
    }
  }

  /** One worksheet. */
  static final class Sheet {
    final String name;
    final int[] widths;
    final List<Placed> cells = new ArrayList<>();
    int rows;
    private final Map<Integer, Placed> open = new HashMap<>();
    private boolean inTable;

    Sheet(String name, int[] widths) {
      this.name = name;
      this.widths = widths;
    }

    private void gap() {
      if (rows > 0) {
        rows++;
      }
    }

    /** A paragraph: one cell across the width, on a row of its own. */
    void paragraph(String text, Kind kind) {
      endTable();
      gap();
      cells.add(new Placed(rows++, 0, widths.length, text, kind, null, 0));
    }

    /** A table row; the first row of a table starts a new block. */
    void row(List<Spec> specs) {
      if (!inTable) {
        gap();
        inTable = true;
        open.clear();
      }
      int column = 0;
      for (Spec s : specs) {
        Placed origin = s.merge() == Spec.CONTINUE ? open.get(column) : null;
        if (origin != null) {
          origin.rows = rows - origin.row + 1;
        } else {
          Placed p = new Placed(rows, column, s.span(), s.merge() == Spec.CONTINUE ? "" : s.text(), s.kind(), s.amount(),
              s.indent());
          for (int c = column; c < column + s.span(); c++) {
            open.remove(c);
          }
          open.put(column, p);
          cells.add(p);
        }
        column += s.span();
      }
      rows++;
    }

    void endTable() {
      inTable = false;
      open.clear();
    }
  }

  final List<Sheet> sheets = new ArrayList<>();

  Sheet sheet(String name, int[] widths) {
    if (!sheets.isEmpty()) {
      sheets.get(sheets.size() - 1).endTable();
    }
    Sheet s = new Sheet(name, widths);
    sheets.add(s);
    return s;
  }

  Sheet last() {
    return sheets.get(sheets.size() - 1);
  }
}

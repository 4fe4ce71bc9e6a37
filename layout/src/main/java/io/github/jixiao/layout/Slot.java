package io.github.jixiao.layout;

import io.github.jixiao.internal.Texts;

/**
 * One cell of a table while the form reader reads it: the cell, its text (trimmed unless the cell
 * is verbatim) and label, and whether a section reader has claimed it. Whatever is not claimed when
 * the table is done becomes a warning.
 */
final class Slot {
  final LayoutCell cell;
  final String text;
  private Label label;
  private String labelTerm;
  private boolean labelTermKnown;
  boolean claimed;

  Slot(LayoutCell cell) {
    this.cell = cell;
    this.text = cell.verbatim() ? cell.text() : Texts.trim(cell.text());
  }

  Label label() {
    if (label == null) {
      label = Label.of(text);
    }
    return label;
  }

  /** The term of this cell as a label that starts a part of the sheet ({@link Terms#labelTerm}), computed once. */
  String labelTerm(Terms terms) {
    if (!labelTermKnown) {
      labelTerm = isEmpty() ? null : terms.labelTerm(label());
      labelTermKnown = true;
    }
    return labelTerm;
  }

  int row() {
    return cell.row();
  }

  int col() {
    return cell.column();
  }

  int lastRow() {
    return cell.row() + cell.rowSpan() - 1;
  }

  int endCol() {
    return cell.column() + cell.columnSpan();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** Claims the slot and returns its text. */
  String take() {
    claimed = true;
    return text;
  }

  @Override
  public String toString() {
    return "(" + row() + "," + col() + ") " + text;
  }
}

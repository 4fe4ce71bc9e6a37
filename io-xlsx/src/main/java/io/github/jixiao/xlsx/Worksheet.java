package io.github.jixiao.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One worksheet as read from its XML: the cells that show text (0-based row and column, the text as
 * displayed), the merged regions, and the hidden rows and columns. Only cells with text are held.
 */
final class Worksheet {
  /**
   * A cell with text; verbatim when its whitespace at the ends is shown on purpose (an indent).
   */
  record Cell(int row, int column, String text, boolean verbatim) {}

  /** A merged region: its top-left cell and how many rows and columns it covers. */
  record Merge(int row, int column, int rows, int columns) {}

  final String name;
  final String part;
  final List<Cell> cells = new ArrayList<>();
  final List<Merge> merges = new ArrayList<>();
  final BitSet hiddenRows = new BitSet();
  final BitSet hiddenColumns = new BitSet();
  /** Rows the sheet does not list are hidden ({@code sheetFormatPr zeroHeight}). */
  boolean zeroHeight;

  Worksheet(String name, String part) {
    this.name = name;
    this.part = part;
  }

  boolean isHidden(int row, int column) {
    return hiddenRows.get(row) || hiddenColumns.get(column);
  }

  /** The A1 name of a cell, for messages. */
  static String a1(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }
}

package io.github.jixiao.testkit.layout;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.MissingValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 版面样例 (zoo case): a generated layout of a published document and the disclosure a correct form
 * reader produces from it.
 *
 * @param family the structural choices the layout was made with, for failure messages
 * @param expected what a correct reader reads from the layout
 * @param blocks the layout in reading order
 */
public record ZooCase(String family, Disclosure expected, List<LayoutBlock> blocks) {
  /**
   * Checks the parts and copies the blocks.
   *
   * @param family the structural choices
   * @param expected the expected disclosure
   * @param blocks the layout
   */
  public ZooCase {
    MissingValueException.require(family, "family");
    MissingValueException.require(expected, "expected");
    blocks = List.copyOf(MissingValueException.require(blocks, "blocks"));
  }

  /**
   * The layout as text, one line per paragraph and per table row, for failure messages: a
   * paragraph is {@code ¶ text}, a table row lists its cells as {@code [column(+rowSpan x
   * columnSpan)] text}, line breaks shown as {@code ⏎}.
   *
   * @return the layout as text
   */
  public String layoutText() {
    StringBuilder b = new StringBuilder();
    for (LayoutBlock block : blocks) {
      if (block instanceof LayoutParagraph p) {
        b.append("¶ ").append(show(p.text())).append('\n');
      } else if (block instanceof LayoutTable t) {
        b.append("▦ table ")
            .append(t.location().getTable().isPresent() ? String.valueOf(t.location().getTable().getAsInt()) : "?")
            .append(" (").append(t.rowCount()).append('×').append(t.columnCount())
            .append(", headerRows ").append(t.headerRows()).append(")\n");
        List<LayoutCell> cells = new ArrayList<>(t.cells());
        cells.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
        int row = -1;
        for (LayoutCell c : cells) {
          if (c.row() != row) {
            if (row >= 0) {
              b.append('\n');
            }
            row = c.row();
            b.append("   r").append(row).append(':');
          }
          b.append(" [").append(c.column());
          if (c.rowSpan() > 1 || c.columnSpan() > 1) {
            b.append('+').append(c.rowSpan()).append('x').append(c.columnSpan());
          }
          b.append("] ").append(show(c.text())).append(" |");
        }
        if (row >= 0) {
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String show(String text) {
    return text.replace("\n", "⏎");
  }

  @Override
  public String toString() {
    return "ZooCase " + family + "\n" + layoutText();
  }
}

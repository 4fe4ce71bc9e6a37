package io.github.jixiao.docx;

import io.github.jixiao.docx.Blocks.Block;
import io.github.jixiao.docx.Blocks.Cell;
import io.github.jixiao.docx.Blocks.Paragraph;
import io.github.jixiao.docx.Blocks.Row;
import io.github.jixiao.docx.Blocks.Table;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The body of a Word document as a layout for the form reader: paragraphs with their index, tables
 * with vertical merges turned into row spans, texts that keep whitespace inserted as symbols at their
 * ends marked verbatim. Pulls blocks from the XML one at a time.
 */
final class WordLayout implements Iterator<LayoutBlock> {
  private final WordXmlReader xml;
  private LayoutBlock next;
  private int paragraphs;

  WordLayout(WordXmlReader xml) {
    this.xml = xml;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      Block block = xml.next();
      if (block instanceof Paragraph p) {
        next = new LayoutParagraph(p.text(), FormatLocation.builder().entry(xml.part()).paragraph(paragraphs++).build(),
            kept(p.text()));
      } else if (block instanceof Table t) {
        next = table(t, xml.part());
      }
    }
    return next != null;
  }

  @Override
  public LayoutBlock next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LayoutBlock block = next;
    next = null;
    return block;
  }

  /**
   * Whether a text as the XML reader gives it still has whitespace at an end: whitespace inserted as
   * a symbol, which the reader kept on purpose ({@link SymbolSpace}); the form reader must not trim it.
   */
  private static boolean kept(String text) {
    return !text.isEmpty() && (Texts.isBlank(text.charAt(0)) || Texts.isBlank(text.charAt(text.length() - 1)));
  }

  /** A Word table as a grid: a cell continuing a vertical merge extends its first cell's row span. */
  static LayoutTable table(Table t, String part) {
    List<int[]> spans = new ArrayList<>(); // row, column, rowSpan, columnSpan
    List<String> texts = new ArrayList<>();
    Map<Integer, int[]> open = new HashMap<>();
    for (Row row : t.rows()) {
      for (Cell c : row.cells()) {
        int[] origin = c.continuation() ? open.get(c.column()) : null;
        if (origin != null) {
          origin[2] = row.index() - origin[0] + 1;
          continue;
        }
        int[] cell = {row.index(), c.column(), 1, c.span()};
        for (int col = c.column(); col < c.column() + c.span(); col++) {
          open.remove(col);
        }
        open.put(c.column(), cell);
        spans.add(cell);
        texts.add(c.continuation() ? "" : c.text());
      }
    }
    List<LayoutCell> cells = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      cells.add(new LayoutCell(s[0], s[1], s[2], s[3], texts.get(i), kept(texts.get(i))));
    }
    return new LayoutTable(FormatLocation.builder().entry(part).table(t.index()).build(), cells, t.headerRows());
  }
}

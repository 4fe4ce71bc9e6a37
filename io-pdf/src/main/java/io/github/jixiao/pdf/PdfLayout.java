package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The pages of a PDF as a layout for the form reader: on each page the tables its ruling lines
 * make ({@link Lattice}) with the text of each cell, and the lines between them joined into
 * paragraphs, in reading order (top to bottom); a table that runs on at the top of the next page
 * (with the same edges) continues, its repeated header rows left out; page headers, footers and
 * page numbers — lines at the top or bottom edge that recur on several pages, or that are a page
 * number — are not content, and each one left out is a warning with its page. Glyphs without a
 * Unicode mapping are a warning per page.
 */
final class PdfLayout {
  /** The share of the page height at the top and at the bottom where headers and footers sit. */
  private static final float EDGE = 0.07f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-–—\\s]*(第\\s*)?\\d+(\\s*页)?(\\s*[/／]\\s*\\d+|\\s*共\\s*\\d+\\s*页)?[-–—\\s]*|(page|Page|PAGE)\\s*\\d+(\\s*of\\s*\\d+)?");

  private final Consumer<? super ReadWarning> warnings;
  private final List<LayoutBlock> blocks = new ArrayList<>();
  private int tables;
  private int paragraphs;

  private PdfLayout(Consumer<? super ReadWarning> warnings) {
    this.warnings = warnings;
  }

  /** One page's tables and free lines, before the document-wide decisions. */
  private record Page(PageContent content, List<PageTable> tables, List<TextLine> lines) {}

  /**
   * The layout of the pages.
   *
   * @param pages the pages in order
   * @param warnings receives the warnings on unmapped glyphs and left-out page furniture
   * @return the blocks in reading order
   */
  static List<LayoutBlock> of(List<PageContent> pages, Consumer<? super ReadWarning> warnings) {
    int glyphs = 0;
    int unmapped = 0;
    for (PageContent p : pages) {
      glyphs += p.glyphs().size();
      unmapped += p.unmapped();
    }
    if (glyphs == 0) {
      throw Failures.of(Reason.NO_TEXT_LAYER, unmapped > 0
          ? "the text's fonts map none of its " + unmapped + " glyphs to characters (no ToUnicode map): it cannot be read"
          : "the file has no text layer (a scan or images of pages); recognising text in images is out of scope");
    }
    PdfLayout layout = new PdfLayout(warnings);
    List<Page> read = new ArrayList<>(pages.size());
    for (PageContent p : pages) {
      if (p.unmapped() > 0) {
        warnings.accept(ReadWarning.of(ReadWarning.Kind.UNPLACED, "", FormatLocation.builder().page(p.number()).build(),
            p.unmapped() + " glyph(s) on this page have no Unicode mapping in their font (no usable ToUnicode map), so "
                + "their text is unknown and left out; the page's other text is read"));
      }
      read.add(page(p));
    }
    layout.build(read);
    return layout.blocks;
  }

  private static Page page(PageContent content) {
    List<Lattice.Grid> grids = Lattice.grids(content.rulings());
    List<List<List<Glyph>>> inCells = new ArrayList<>();
    for (Lattice.Grid g : grids) {
      List<List<Glyph>> cells = new ArrayList<>();
      for (int i = 0; i < g.cells().size(); i++) {
        cells.add(new ArrayList<>());
      }
      inCells.add(cells);
    }
    List<Glyph> free = new ArrayList<>();
    for (Glyph glyph : content.glyphs()) {
      boolean placed = false;
      for (int t = 0; t < grids.size() && !placed; t++) {
        int cell = grids.get(t).cellAt(glyph.centreX(), glyph.centreY());
        if (cell >= 0) {
          inCells.get(t).get(cell).add(glyph);
          placed = true;
        }
      }
      if (!placed) {
        free.add(glyph);
      }
    }
    List<PageTable> tables = new ArrayList<>();
    for (int t = 0; t < grids.size(); t++) {
      Lattice.Grid g = grids.get(t);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < g.cells().size(); i++) {
        Lattice.GridCell cell = g.cells().get(i);
        List<TextLine> lines = TextLine.of(inCells.get(t).get(i));
        float cellLeft = g.xs()[cell.column()];
        float cellRight = g.xs()[cell.column() + cell.columnSpan()];
        float minLeft = lines.stream().map(TextLine::left).min(Float::compare).orElse(cellLeft);
        float padding = Math.min(Math.max(minLeft - cellLeft, 1f), 12f);
        texts.add(TextLine.text(lines, cellRight - padding));
      }
      tables.add(new PageTable(content.number(), g, texts));
    }
    return new Page(content, tables, TextLine.of(free));
  }

  private void build(List<Page> pages) {
    Map<String, Integer> edgeTexts = new HashMap<>();
    float right = 0;
    for (Page p : pages) {
      for (TextLine l : p.lines()) {
        right = Math.max(right, l.right());
        if (atEdge(l, p.content())) {
          edgeTexts.merge(key(l.text()), 1, Integer::sum);
        }
      }
      for (PageTable t : p.tables()) {
        right = Math.max(right, t.grid().right());
      }
    }
    List<PageTable> open = new ArrayList<>(); // the parts of the table being built
    for (Page p : pages) {
      List<Object> items = new ArrayList<>();
      for (TextLine l : p.lines()) {
        if (atEdge(l, p.content()) && (PAGE_NUMBER.matcher(l.text().strip()).matches()
            || (pages.size() > 1 && edgeTexts.getOrDefault(key(l.text()), 0) > 1))) {
          warnings.accept(ReadWarning.of(ReadWarning.Kind.UNPLACED, l.text(),
              FormatLocation.builder().page(p.content().number()).build(),
              "a page header, footer or page number: not content of the form, left out"));
        } else {
          items.add(l);
        }
      }
      items.addAll(p.tables());
      items.sort(Comparator.comparingDouble(PdfLayout::top));
      List<TextLine> paragraph = new ArrayList<>();
      boolean first = true;
      for (Object item : items) {
        if (item instanceof PageTable t) {
          flushParagraph(paragraph, p, right);
          if (!open.isEmpty() && !(first && open.get(open.size() - 1).sameWidth(t))) {
            flushTable(open);
          }
          open.add(t);
        } else {
          flushTable(open);
          TextLine l = (TextLine) item;
          if (!paragraph.isEmpty() && startsParagraph(paragraph.get(paragraph.size() - 1), l, right)) {
            flushParagraph(paragraph, p, right);
          }
          paragraph.add(l);
        }
        first = false;
      }
      flushParagraph(paragraph, p, right);
    }
    flushTable(open);
  }

  private static float top(Object item) {
    return item instanceof PageTable t ? t.top() : ((TextLine) item).baseline() - ((TextLine) item).size();
  }

  private static boolean startsParagraph(TextLine prev, TextLine next, float right) {
    boolean wrapped = prev.right() + next.firstWordWidth() > right - 0.1f * next.size();
    boolean near = next.baseline() - prev.baseline() < 1.9f * Math.max(prev.size(), next.size());
    return !(wrapped && near);
  }

  private static boolean atEdge(TextLine l, PageContent page) {
    return l.baseline() < page.height() * EDGE || l.baseline() - l.size() > page.height() * (1 - EDGE);
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\d+", "#");
  }

  private void flushParagraph(List<TextLine> lines, Page page, float right) {
    if (lines.isEmpty()) {
      return;
    }
    blocks.add(new LayoutParagraph(TextLine.text(lines, right),
        FormatLocation.builder().page(page.content().number()).paragraph(paragraphs++).build()));
    lines.clear();
  }

  /** The parts of a table over pages as one grid: the union of their column boundaries, rows in order. */
  private void flushTable(List<PageTable> parts) {
    if (parts.isEmpty()) {
      return;
    }
    List<Float> xs = new ArrayList<>();
    for (PageTable t : parts) {
      for (float x : t.grid().xs()) {
        xs.add(x);
      }
    }
    xs.sort(null);
    List<Float> columns = new ArrayList<>();
    for (float x : xs) {
      if (columns.isEmpty() || x - columns.get(columns.size() - 1) > Lattice.TOLERANCE) {
        columns.add(x);
      }
    }
    PageTable head = parts.get(0);
    int headerRows = 0;
    List<LayoutCell> cells = new ArrayList<>();
    int rowOffset = 0;
    for (int p = 0; p < parts.size(); p++) {
      PageTable t = parts.get(p);
      int skip = p == 0 ? 0 : repeatedHeader(head, t);
      headerRows = Math.max(headerRows, skip);
      for (int i = 0; i < t.grid().cells().size(); i++) {
        Lattice.GridCell c = t.grid().cells().get(i);
        if (c.row() < skip) {
          continue;
        }
        int column = column(columns, t.grid().xs()[c.column()]);
        int end = column(columns, t.grid().xs()[c.column() + c.columnSpan()]);
        cells.add(new LayoutCell(rowOffset + c.row() - skip, column, c.rowSpan(), Math.max(1, end - column),
            t.texts().get(i)));
      }
      rowOffset += t.rows() - skip;
    }
    cells.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
    blocks.add(new LayoutTable(FormatLocation.builder().page(head.page()).table(tables++).build(), cells, headerRows));
    parts.clear();
  }

  /** How many first rows of a continuation repeat the first rows of the table (a header repeated on each page). */
  private static int repeatedHeader(PageTable head, PageTable part) {
    int most = 0;
    for (int k = 1; k <= Math.min(3, Math.min(head.rows(), part.rows() - 1)); k++) {
      boolean same = true;
      for (int r = 0; r < k && same; r++) {
        List<String> a = head.row(r);
        same = !a.stream().allMatch(String::isBlank) && a.equals(part.row(r));
      }
      if (same) {
        most = k;
      }
    }
    return most;
  }

  private static int column(List<Float> columns, float x) {
    int best = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}

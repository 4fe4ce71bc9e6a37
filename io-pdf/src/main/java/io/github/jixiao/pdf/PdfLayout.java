package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.layout.Vocabulary;
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
  /** The vocabulary's groups of labels, for a label cut by a page break. */
  private static final List<String> LABEL_GROUPS = List.of("heading", "list", "doc", "field", "funding", "goal",
      "indicator", "period", "column", "note", "footer");
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
      // Calc draws the text of a cell merged over a page break at the middle of the whole cell: on
      // the break, a glyph's middle may fall just above the next page's top border, its baseline inside
      for (int t = 0; t < grids.size() && !placed; t++) {
        Lattice.Grid g = grids.get(t);
        int cell = glyph.centreY() < g.top() && glyph.baseline() > g.top() ? g.cellAt(glyph.centreX(), glyph.baseline()) : -1;
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
      tables.add(PageTable.of(content.number(), grids.get(t), inCells.get(t)));
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
          PageTable last = open.isEmpty() ? null : open.get(open.size() - 1);
          if (last != null && !(first && last.sameWidth(t) && last.sameColumns(t))) {
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
    List<PageTable.Edge> edges = new ArrayList<>();
    List<Boolean> openBelow = new ArrayList<>(); // parallel to cells: the cell's bottom border is not drawn
    int rowOffset = 0;
    for (int p = 0; p < parts.size(); p++) {
      int skip = p == 0 ? 0 : RepeatedHeader.rows(head, parts.get(p));
      PageTable t = p == 0 ? parts.get(p) : RepeatedHeader.withoutSpill(head, parts.get(p), skip);
      headerRows = Math.max(headerRows, skip);
      List<LayoutCell> above = p == 0 ? List.of() : lastRow(cells, rowOffset);
      boolean split = p > 0 && rowSplit(t, skip, above, cells, edges, columns);
      // a row split over the page break: this part's first row is the table's last row so far
      int base = split ? rowOffset - 1 : rowOffset;
      for (int i = 0; i < t.grid().cells().size(); i++) {
        Lattice.GridCell c = t.grid().cells().get(i);
        if (c.row() < skip) {
          continue;
        }
        int column = column(columns, t.grid().xs()[c.column()]);
        int end = Math.max(column + 1, column(columns, t.grid().xs()[c.column() + c.columnSpan()]));
        String text = t.texts().get(i);
        PageTable.Edge edge = t.edges().get(i);
        if (c.row() == skip) {
          int k = aligned(cells, above, column, end);
          if (k >= 0 && (continues(cells.get(k), edges.get(k), text, edge, split) || openBelow.get(k))) {
            LayoutCell a = cells.get(k);
            String joined = join(a.text(), edges.get(k), text, edge);
            cells.set(k, new LayoutCell(a.row(), a.column(), base - a.row() + c.rowSpan(), a.columnSpan(), joined));
            edges.set(k, edge == PageTable.Edge.EMPTY ? edges.get(k) : edge);
            openBelow.set(k, t.grid().openBelow()[i]);
            continue;
          }
        }
        cells.add(new LayoutCell(base + c.row() - skip, column, c.rowSpan(), end - column, text));
        edges.add(edge);
        openBelow.add(t.grid().openBelow()[i]);
      }
      rowOffset = base + t.rows() - skip;
    }
    cells.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
    blocks.add(new LayoutTable(FormatLocation.builder().page(head.page()).table(tables++).build(), cells, headerRows));
    parts.clear();
  }

  /** The cells that cover the last row (rowCount - 1) of the table built so far. */
  private static List<LayoutCell> lastRow(List<LayoutCell> cells, int rowCount) {
    List<LayoutCell> out = new ArrayList<>();
    for (LayoutCell c : cells) {
      if (c.row() <= rowCount - 1 && c.row() + c.rowSpan() > rowCount - 1) {
        out.add(c);
      }
    }
    return out;
  }

  /** The index in {@code cells} of a cell of the last row with exactly these columns, or -1. */
  private static int aligned(List<LayoutCell> cells, List<LayoutCell> above, int column, int end) {
    for (LayoutCell a : above) {
      if (a.column() == column && a.column() + a.columnSpan() == end) {
        return cells.indexOf(a);
      }
    }
    return -1;
  }

  /**
   * Whether the first row of a part continues the last row of the table before the page break (a
   * row split over pages). Never when a text of the part's first row sits under a cell whose text
   * ended above the bottom: only a text cut at the break runs on. Then either a cell of one row whose
   * text of several lines fills it to the bottom is continued by a text that starts where a wrap
   * would or that opens the next item of a numbered list the cell began ({@link ListItems}); or the break fell just after a cell's first line: then every text of the part's first row
   * starts where a wrap of the full cell above would or makes a label with it ("中长期" | "绩效⏎指标",
   * "一级" | "指标"), and some cell above with text has nothing below it (a new row would have its own
   * texts there) or two or more of those texts wrap (each filled its cell to the edge).
   */
  private static boolean rowSplit(PageTable t, int skip, List<LayoutCell> above, List<LayoutCell> cells,
      List<PageTable.Edge> edges, List<Float> columns) {
    boolean texts = false;
    boolean allWrap = true;
    boolean emptyBelowText = false;
    boolean wrappedLines = false;
    int wrappedCells = 0;
    for (int i = 0; i < t.grid().cells().size(); i++) {
      Lattice.GridCell c = t.grid().cells().get(i);
      if (c.row() != skip) {
        continue;
      }
      int column = column(columns, t.grid().xs()[c.column()]);
      int end = Math.max(column + 1, column(columns, t.grid().xs()[c.column() + c.columnSpan()]));
      int k = aligned(cells, above, column, end);
      boolean empty = t.texts().get(i).isEmpty();
      if (!empty && (k < 0 || !edges.get(k).full())) {
        return false;
      }
      if (k < 0 || cells.get(k).rowSpan() != 1) {
        allWrap &= empty;
        continue;
      }
      if (empty) {
        emptyBelowText |= !cells.get(k).text().isEmpty();
        continue;
      }
      texts = true;
      PageTable.Edge e = edges.get(k);
      // a wrap, or the next item of a numbered list the cell began ("目标1：…⏎目标2：…" | "目标3：…")
      boolean wrapped = wraps(e, t.edges().get(i)) || ListItems.startsNextItem(cells.get(k).text(), t.texts().get(i));
      wrappedLines |= wrapped && e.lines() > 1;
      wrappedCells += wrapped ? 1 : 0;
      // a text broken at a paragraph of its own: the two parts make a label ("一级" | "指标")
      allWrap &= wrapped || label(join(cells.get(k).text(), e, t.texts().get(i), t.edges().get(i)));
    }
    // two or more one-line texts that each fill their cell to the edge, each continued by a wrap,
    // are one row cut after its first line: a new row would have to fit every such text exactly
    return wrappedLines || (texts && allWrap && (emptyBelowText || wrappedCells >= 2));
  }

  /**
   * Whether a cell of the next page's first row continues the cell above it on the page before. In
   * a row split every cell does; a cell above that spans rows continues when nothing follows or its
   * text ran to the bottom — unless both texts are labels on their own ("生态效益指标" over
   * "可持续影响指标": two cells). A cell of the last row alone may be the start of a merged cell cut
   * by the break ("中长期⏎绩效" above, "指标" below): its lines and borders are those of a complete
   * cell over a new one (a header cell "一级⏎指标" over "产出指标" beside it looks the same), so the
   * words decide: it continues when its text ran to the bottom, is no label, and joined with the text
   * below makes one (a label of the vocabulary or a standard indicator category: "可持续影响" and
   * "指标").
   */
  private static boolean continues(LayoutCell above, PageTable.Edge edge, String text, PageTable.Edge below,
      boolean split) {
    if (split) {
      return true;
    }
    if (above.rowSpan() > 1) {
      return text.isEmpty() || edge.full() && !(label(above.text()) && label(text));
    }
    return edge.full() && !text.isEmpty() && !label(above.text()) && label(join(above.text(), edge, text, below));
  }

  /** Whether a text is a label of the vocabulary or exactly the name of a standard indicator category. */
  private static boolean label(String text) {
    for (StandardCategory category : StandardCategory.values()) {
      if (category.chineseLabel().equals(text)) {
        return true;
      }
    }
    Vocabulary vocabulary = Vocabulary.defaults();
    for (String group : LABEL_GROUPS) {
      if (vocabulary.match(group, text).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean wraps(PageTable.Edge before, PageTable.Edge after) {
    return before.lastRight() + after.firstWordWidth() > before.rightLimit() - 0.1f * after.size();
  }

  /** The text of a cell and its continuation on the next page: joined like two lines of a cell. */
  private static String join(String before, PageTable.Edge b, String after, PageTable.Edge a) {
    if (before.isEmpty() || after.isEmpty()) {
      return before + after;
    }
    if (!wraps(b, a) || ListItems.startsNextItem(before, after)) {
      return before + "\n" + after;
    }
    return Chars.spaceAtWrap(before.charAt(before.length() - 1), after.charAt(0)) ? before + " " + after
        : before + after;
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

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables found from ruling lines in PDFs drawn by PDFBox: cells, merges, pages, rotation, page furniture. */
class LatticeTest {
  private static final float[] XS = {50, 150, 250, 350};

  private static List<LayoutBlock> layout(byte[] pdf, List<ReadWarning> warnings) {
    return new PdfDocumentReader(ReadOptions.defaults()).layout(pdf, warnings::add);
  }

  /** A 3×3 table whose first row is one cell (its two inner separators missing) and whose middle column merges rows 2 and 3. */
  private static PdfMaker mergedTable(PdfMaker m) {
    m.line(50, 100, 350, 100).line(50, 120, 350, 120).line(50, 140, 150, 140).line(250, 140, 350, 140)
        .line(50, 160, 350, 160);
    m.line(50, 100, 50, 160).line(350, 100, 350, 160).line(150, 120, 150, 160).line(250, 120, 250, 160);
    return m.text(55, 114, "Title").text(55, 134, "a1").text(155, 134, "merged").text(255, 134, "c1")
        .text(55, 154, "a2").text(255, 154, "c2");
  }

  @Test
  void mergedCellsWhereASeparatorIsMissing() {
    List<LayoutBlock> blocks = layout(mergedTable(new PdfMaker().page()).bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(1);
    LayoutTable t = (LayoutTable) blocks.get(0);
    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 3, "Title"), new LayoutCell(1, 0, 1, 1, "a1"),
        new LayoutCell(1, 1, 2, 1, "merged"), new LayoutCell(1, 2, 1, 1, "c1"), new LayoutCell(2, 0, 1, 1, "a2"),
        new LayoutCell(2, 2, 1, 1, "c2"));
    assertThat(t.location().getPage()).hasValue(1);
  }

  @Test
  void aCellMergedOverAPageBreakWithOnlyItsSideDrawnIsOneCellOverTheRows() {
    // Calc on the page where a merged cell neither starts nor ends: its left border, no top or bottom
    PdfMaker m = new PdfMaker().page();
    m.line(150, 100, 350, 100).line(150, 130, 350, 130).line(150, 160, 350, 160);
    m.line(50, 100, 50, 160).line(150, 100, 150, 160).line(350, 100, 350, 160);
    m.text(55, 134, "label").text(155, 114, "a").text(155, 144, "b");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(1);
    assertThat(((LayoutTable) blocks.get(0)).cells()).containsExactly(new LayoutCell(0, 0, 2, 1, "label"),
        new LayoutCell(0, 1, 1, 1, "a"), new LayoutCell(1, 1, 1, 1, "b"));
  }

  @Test
  void aCellWhoseBottomBorderIsNotDrawnAtThePageBreakContinuesOnTheNextPage() {
    // Calc: a cell merged over the break has no bottom border on the first page and no top on the
    // next, and its text is drawn where the middle of the whole cell falls, here on the next page
    PdfMaker m = new PdfMaker().page();
    m.line(50, 100, 350, 100).line(50, 130, 350, 130).line(150, 160, 350, 160);
    m.line(50, 100, 50, 160).line(150, 100, 150, 160).line(350, 100, 350, 160);
    m.text(55, 114, "h1").text(155, 114, "h2").text(155, 144, "a");
    m.page();
    m.line(150, 100, 350, 100).line(150, 130, 350, 130).line(50, 160, 350, 160);
    m.line(50, 100, 50, 160).line(150, 100, 150, 160).line(350, 100, 350, 160);
    m.text(55, 134, "label").text(155, 114, "b").text(155, 144, "c");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(1);
    assertThat(((LayoutTable) blocks.get(0)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "h1"),
        new LayoutCell(0, 1, 1, 1, "h2"), new LayoutCell(1, 0, 3, 1, "label"), new LayoutCell(1, 1, 1, 1, "a"),
        new LayoutCell(2, 1, 1, 1, "b"), new LayoutCell(3, 1, 1, 1, "c"));
  }

  @Test
  void twoTablesThatTouchAreTwoTablesWhereTheirOuterEdgesDiffer() {
    // LibreOffice prints two HTML tables one right after the other: the second's top border on the
    // first's bottom border, their left edges in line, each table's verticals stopping at its own
    // borders; the tables are of other widths and other columns
    PdfMaker m = new PdfMaker().page();
    m.line(50, 100, 350, 100).line(50, 120, 350, 120).line(50, 140, 350, 140);
    m.line(50, 100, 50, 140).line(150, 100, 150, 140).line(250, 100, 250, 140).line(350, 100, 350, 140);
    m.line(50, 140.8f, 300, 140.8f).line(50, 160, 300, 160).line(50, 180, 300, 180);
    m.line(50, 140.8f, 50, 180).line(120, 140.8f, 120, 180).line(300, 140.8f, 300, 180);
    m.text(55, 114, "a1").text(155, 114, "a2").text(255, 114, "a3").text(55, 134, "b1").text(155, 134, "b2")
        .text(255, 134, "b3");
    m.text(55, 154, "x1").text(125, 154, "x2").text(55, 174, "y1").text(125, 174, "y2");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(2);
    assertThat(((LayoutTable) blocks.get(0)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "a1"),
        new LayoutCell(0, 1, 1, 1, "a2"), new LayoutCell(0, 2, 1, 1, "a3"), new LayoutCell(1, 0, 1, 1, "b1"),
        new LayoutCell(1, 1, 1, 1, "b2"), new LayoutCell(1, 2, 1, 1, "b3"));
    assertThat(((LayoutTable) blocks.get(1)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "x1"),
        new LayoutCell(0, 1, 1, 1, "x2"), new LayoutCell(1, 0, 1, 1, "y1"), new LayoutCell(1, 1, 1, 1, "y2"));
  }

  @Test
  void twoTablesOfTheSameWidthThatTouchAreTwoTablesWhereTheirCommonBorderIsDrawnTwice() {
    // LibreOffice, two full-width HTML tables: the same outer edges, other columns, and the common
    // border drawn by each table, 0.8 pt apart
    PdfMaker m = new PdfMaker().page();
    m.line(50, 100, 350, 100).line(50, 120, 350, 120).line(50, 140, 350, 140);
    m.line(50, 100, 50, 140).line(150, 100, 150, 140).line(350, 100, 350, 140);
    m.line(50, 140.8f, 350, 140.8f).line(50, 160, 350, 160);
    m.line(50, 140.8f, 50, 160).line(250, 140.8f, 250, 160).line(350, 140.8f, 350, 160);
    m.text(55, 114, "a1").text(155, 114, "a2").text(55, 134, "b1").text(155, 134, "b2");
    m.text(55, 154, "x1").text(255, 154, "x2");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(2);
    assertThat(((LayoutTable) blocks.get(0)).cells()).extracting(LayoutCell::text).containsExactly("a1", "a2", "b1", "b2");
    assertThat(((LayoutTable) blocks.get(0)).columnCount()).isEqualTo(2);
    assertThat(((LayoutTable) blocks.get(1)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "x1"),
        new LayoutCell(0, 1, 1, 1, "x2"));
  }

  @Test
  void aTableDrawnRowByRowWithOtherColumnsInEachRowStaysOneTable() {
    // every vertical stops at every row border (a producer drawing cell by cell) and the rows have
    // other inner columns, but the outer edges run straight down: one table
    PdfMaker m = new PdfMaker().page();
    m.line(50, 100, 350, 100).line(50, 120, 350, 120).line(50, 140, 350, 140);
    m.line(50, 100, 50, 120).line(150, 100, 150, 120).line(350, 100, 350, 120);
    m.line(50, 120, 50, 140).line(250, 120, 250, 140).line(350, 120, 350, 140);
    m.text(55, 114, "a1").text(155, 114, "a2").text(55, 134, "b1").text(255, 134, "b2");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(1);
    assertThat(((LayoutTable) blocks.get(0)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "a1"),
        new LayoutCell(0, 1, 1, 2, "a2"), new LayoutCell(1, 0, 1, 2, "b1"), new LayoutCell(1, 2, 1, 1, "b2"));
  }

  @Test
  void aRotatedPageReadsLikeAnUprightOne() {
    List<LayoutBlock> upright = layout(mergedTable(new PdfMaker().page()).bytes(), new ArrayList<>());
    List<LayoutBlock> rotated = layout(mergedTable(new PdfMaker().page(90)).bytes(), new ArrayList<>());
    assertThat(((LayoutTable) rotated.get(0)).cells()).isEqualTo(((LayoutTable) upright.get(0)).cells());
  }

  @Test
  void paragraphsBetweenTablesInReadingOrder() {
    PdfMaker m = new PdfMaker().page().text(50, 80, "Before the table");
    mergedTable(m).text(50, 200, "After the table");
    List<LayoutBlock> blocks = layout(m.bytes(), new ArrayList<>());
    assertThat(blocks).hasSize(3);
    assertThat(((LayoutParagraph) blocks.get(0)).text()).isEqualTo("Before the table");
    assertThat(blocks.get(1)).isInstanceOf(LayoutTable.class);
    assertThat(((LayoutParagraph) blocks.get(2)).text()).isEqualTo("After the table");
    assertThat(((LayoutParagraph) blocks.get(2)).location().getPage()).hasValue(1);
  }

  @Test
  void aTableRunningOverPagesIsOneTableItsRepeatedHeaderLeftOutAndPageNumbersWarned() {
    PdfMaker m = new PdfMaker();
    for (int page = 0; page < 2; page++) {
      m.page().grid(XS, new float[] {700, 720, 740, 760}).text(55, 714, "Name").text(155, 714, "Value")
          .text(255, 714, "Unit");
      for (int r = 0; r < 2; r++) {
        m.text(55, 734 + 20 * r, "n" + page + r).text(155, 734 + 20 * r, "v" + page + r).text(255, 734 + 20 * r, "u");
      }
      m.text(290, 820, "- " + (page + 1) + " -");
    }
    List<ReadWarning> warnings = new ArrayList<>();
    List<LayoutBlock> blocks = layout(m.bytes(), warnings);
    assertThat(blocks).hasSize(1);
    LayoutTable t = (LayoutTable) blocks.get(0);
    assertThat(t.headerRows()).isEqualTo(1);
    assertThat(t.rowCount()).isEqualTo(5);
    assertThat(t.cells()).extracting(LayoutCell::text).containsExactly("Name", "Value", "Unit", "n00", "v00", "u",
        "n01", "v01", "u", "n10", "v10", "u", "n11", "v11", "u");
    assertThat(warnings).extracting(w -> w.getText() + "@" + w.getLocation().getPage().getAsInt())
        .containsExactly("- 1 -@1", "- 2 -@2");
  }

  @Test
  void wrappedLinesInACellJoinAndHardBreaksStay() {
    PdfMaker m = new PdfMaker().page().grid(new float[] {50, 110}, new float[] {100, 160});
    // "alphabet beta" wrapped: "beta" would not have fitted after "alphabet"; "x" would have fitted, so a hard break
    m.text(52, 112, "alphabet").text(52, 124, "beta").text(52, 136, "x").text(52, 148, "y");
    LayoutTable t = (LayoutTable) layout(m.bytes(), new ArrayList<>()).get(0);
    assertThat(t.cells()).extracting(LayoutCell::text).containsExactly("alphabet beta\nx\ny");
  }

  /**
   * A page break right after a cell's first line: the next page's first row holds only the rest of
   * that cell, under a cell that its first line filled; it is the same row, not a row of its own.
   */
  @Test
  void aRowSplitRightAfterACellsFirstLineIsOneRow() {
    float[] xs = {50, 150, 250, 300};
    PdfMaker m = new PdfMaker();
    m.page().grid(xs, new float[] {700, 720, 740}).text(55, 714, "Name").text(155, 714, "Value").text(255, 714, "Unit");
    m.text(55, 734, "n0").text(155, 734, "v0").text(252, 734, "alphabet");
    m.page().grid(xs, new float[] {100, 120, 140}).text(252, 114, "beta");
    m.text(55, 134, "n1").text(155, 134, "v1").text(255, 134, "u1");

    List<ReadWarning> warnings = new ArrayList<>();
    LayoutTable t = (LayoutTable) layout(m.bytes(), warnings).get(0);

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.cells()).extracting(LayoutCell::text)
        .containsExactly("Name", "Value", "Unit", "n0", "v0", "alphabet beta", "n1", "v1", "u1");
    assertThat(warnings).isEmpty();
  }

  /** A new row at the top of a page is not taken for a split one when its cells have texts of their own. */
  @Test
  void aNewRowAtThePageTopStaysARow() {
    float[] xs = {50, 150, 250, 300};
    PdfMaker m = new PdfMaker();
    m.page().grid(xs, new float[] {700, 720, 740}).text(55, 714, "Name").text(155, 714, "Value").text(255, 714, "Unit");
    m.text(55, 734, "n0").text(155, 734, "v0").text(252, 734, "alphabet");
    m.page().grid(xs, new float[] {100, 120}).text(55, 114, "n1").text(155, 114, "v1").text(252, 114, "beta");

    LayoutTable t = (LayoutTable) layout(m.bytes(), new ArrayList<>()).get(0);

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.cells()).extracting(LayoutCell::text)
        .containsExactly("Name", "Value", "Unit", "n0", "v0", "alphabet", "n1", "v1", "beta");
  }
}

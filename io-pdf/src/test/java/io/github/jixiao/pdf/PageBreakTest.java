package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables over page breaks, from synthetic page geometry (glyphs and ruling lines as the page
 * scanner hands them, Chinese included, no font needed): merged labels cut by the break, labels
 * that only look continued, new rows under rows that only look split, and how lines join.
 */
class PageBreakTest {
  private static LayoutTable table(SyntheticPage... pages) {
    List<LayoutBlock> blocks = SyntheticPage.layout(pages);
    assertThat(blocks).hasSize(1);
    return (LayoutTable) blocks.get(0);
  }

  /**
   * The label 中长期绩效指标 spans the section's rows and starts in the last row before the break:
   * its first two lines fill that row ("中长期", "绩效"), its last line ("指标") is on the next page.
   * The header cell beside it ("一级⏎指标" over "产出指标") has the same lines and borders and is two
   * cells; only the words tell them apart.
   */
  @Test
  void aMergedLabelCutByThePageBreakIsOneCellAndTheHeaderBesideItStaysTwo() {
    SyntheticPage first = new SyntheticPage().h(700, 50, 290).h(720, 50, 290).h(752, 50, 290)
        .v(50, 700, 752).v(110, 700, 752).v(170, 700, 752).v(290, 700, 752);
    first.text(55, 714, "名称").text(115, 714, "类").text(175, 714, "值");
    first.text(55, 734, "中长期").text(55, 748, "绩效").text(115, 734, "一级").text(115, 748, "指标").text(175, 734, "x");
    SyntheticPage second = new SyntheticPage().h(100, 50, 290).h(120, 170, 290).h(140, 50, 290)
        .v(50, 100, 140).v(110, 100, 140).v(170, 100, 140).v(290, 100, 140);
    second.text(55, 124, "指标").text(115, 124, "产出指标").text(175, 114, "a").text(175, 134, "b");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "名称"), new LayoutCell(0, 1, 1, 1, "类"),
        new LayoutCell(0, 2, 1, 1, "值"), new LayoutCell(1, 0, 3, 1, "中长期\n绩效\n指标"),
        new LayoutCell(1, 1, 1, 1, "一级\n指标"), new LayoutCell(1, 2, 1, 1, "x"), new LayoutCell(2, 1, 2, 1, "产出指标"),
        new LayoutCell(2, 2, 1, 1, "a"), new LayoutCell(3, 2, 1, 1, "b"));
  }

  /**
   * A header row split right after its first line, the rest of each label a paragraph of its own
   * on the next page ("中长期" | "绩效⏎指标" in a merged label, "一级" | "指标"), the other headers
   * done: one row, the labels whole.
   */
  @Test
  void aHeaderRowSplitAfterItsFirstLineIsOneRowWhenThePartsMakeLabels() {
    SyntheticPage first = new SyntheticPage().h(700, 50, 290).h(720, 50, 290).h(740, 50, 290)
        .v(50, 700, 740).v(110, 700, 740).v(170, 700, 740).v(290, 700, 740);
    first.text(55, 714, "名称").text(115, 714, "类").text(175, 714, "值");
    first.text(55, 734, "中长期").text(115, 734, "一级").text(175, 734, "二级指标");
    SyntheticPage second = new SyntheticPage().h(100, 50, 290).h(120, 110, 290).h(140, 50, 290)
        .v(50, 100, 140).v(110, 100, 140).v(170, 100, 140).v(290, 100, 140);
    second.text(55, 114, "绩效").text(55, 128, "指标").text(115, 114, "指标").text(115, 134, "产出").text(175, 134, "数量指标");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "名称"), new LayoutCell(0, 1, 1, 1, "类"),
        new LayoutCell(0, 2, 1, 1, "值"), new LayoutCell(1, 0, 2, 1, "中长期\n绩效\n指标"),
        new LayoutCell(1, 1, 1, 1, "一级\n指标"), new LayoutCell(1, 2, 1, 1, "二级指标"), new LayoutCell(2, 1, 1, 1, "产出"),
        new LayoutCell(2, 2, 1, 1, "数量指标"));
  }

  /**
   * A category cut after "可持续影" (its lines wrapped): the rest on the next page makes it the
   * standard category. The row's value ("x") ended above the bottom, and the next page has a value
   * of its own: not a row split.
   */
  @Test
  void aCategoryCutByThePageBreakIsOneCell() {
    SyntheticPage first = new SyntheticPage().h(700, 50, 290).h(732, 50, 290).v(50, 700, 732).v(80, 700, 732).v(200, 700, 732)
        .v(290, 700, 732);
    first.text(55, 714, "可持").text(55, 728, "续影").text(85, 714, "提升").text(85, 728, "效益").text(205, 714, "x");
    SyntheticPage second = new SyntheticPage().h(100, 50, 290).h(120, 80, 290).h(140, 50, 290).v(50, 100, 140).v(80, 100, 140)
        .v(200, 100, 140).v(290, 100, 140);
    second.text(55, 114, "响指").text(55, 128, "标").text(85, 114, "新一").text(85, 134, "新二").text(205, 114, "y")
        .text(205, 134, "z");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 3, 1, "可持续影响指标"), new LayoutCell(0, 1, 1, 1, "提升\n效益"),
        new LayoutCell(0, 2, 1, 1, "x"), new LayoutCell(1, 1, 1, 1, "新一"), new LayoutCell(1, 2, 1, 1, "y"),
        new LayoutCell(2, 1, 1, 1, "新二"), new LayoutCell(2, 2, 1, 1, "z"));
  }

  /**
   * A merged label whose text reached the bottom of its part above ("生态效益指标") and a new
   * merged label at the top of the next page ("可持续影响指标"): two labels, two cells.
   */
  @Test
  void twoLabelsOverABreakAreTwoCells() {
    SyntheticPage first = new SyntheticPage().h(700, 50, 290).h(720, 110, 290).h(740, 50, 290)
        .v(50, 700, 740).v(110, 700, 740).v(290, 700, 740);
    first.text(55, 714, "生态效益").text(55, 734, "指标").text(115, 714, "a0").text(115, 734, "a1");
    SyntheticPage second = new SyntheticPage().h(100, 50, 290).h(120, 110, 290).h(140, 50, 290)
        .v(50, 100, 140).v(110, 100, 140).v(290, 100, 140);
    second.text(55, 114, "可持续影").text(55, 128, "响指标").text(115, 114, "a2").text(115, 134, "a3");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 2, 1, "生态效益指标"), new LayoutCell(0, 1, 1, 1, "a0"),
        new LayoutCell(1, 1, 1, 1, "a1"), new LayoutCell(2, 0, 2, 1, "可持续影响指标"), new LayoutCell(2, 1, 1, 1, "a2"),
        new LayoutCell(3, 1, 1, 1, "a3"));
  }

  /**
   * A narrow cell whose wrapped text fills the last row before the break, and a text below it that
   * starts where a wrap would, look like a row split; but the next page's first row has a text of
   * its own under a cell whose text ended above the bottom ("n0"): a new row.
   */
  @Test
  void aNewRowUnderACutLookingCellStaysARowWhenAnotherCellHasItsOwnText() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 140).h(700, 50, 140).h(732, 50, 140).v(50, 680, 732).v(110, 680, 732)
        .v(140, 680, 732);
    first.text(55, 694, "h0").text(115, 694, "h1").text(55, 714, "n0").text(115, 714, "达到").text(115, 728, "目标");
    SyntheticPage second = new SyntheticPage().h(100, 50, 140).h(132, 50, 140).v(50, 100, 132).v(110, 100, 132).v(140, 100, 132);
    second.text(55, 114, "n1").text(115, 114, "完成").text(115, 128, "得分");

    LayoutTable t = table(first, second);

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.cells()).extracting(LayoutCell::text).containsExactly("h0", "h1", "n0", "达到目标", "n1", "完成得分");
  }

  /**
   * The same new row where the lines are set as tight as their size (LibreOffice's Chinese fonts:
   * line pitch about the glyphs' size): the one-line cell "n0" beside the two-line "达到⏎目标" has
   * a whole line free under it, less than the absolute limit but a line more than its neighbour:
   * its text ended there, so the next page's "n1" is its own row (seed -6840034351036658785 of
   * LibreOfficeWordProperties joined two indicators this way).
   */
  @Test
  void aOneLineCellBesideATwoLineCellAtTheBreakIsCompleteWhenLinesAreTight() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 140).h(700, 50, 140).h(722, 50, 140).v(50, 680, 722).v(110, 680, 722)
        .v(140, 680, 722);
    first.text(55, 694, "h0").text(115, 694, "h1").text(55, 709, "n0").text(115, 709, "达到").text(115, 719, "目标");
    SyntheticPage second = new SyntheticPage().h(100, 50, 140).h(122, 50, 140).v(50, 100, 122).v(110, 100, 122).v(140, 100, 122);
    second.text(55, 109, "n1").text(115, 109, "完成").text(115, 119, "得分");

    LayoutTable t = table(first, second);

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.cells()).extracting(LayoutCell::text).containsExactly("h0", "h1", "n0", "达到目标", "n1", "完成得分");
  }

  /**
   * A row cut right after its first line where every text of the row fills its cell to the edge
   * ("提升政" | "步明顺强规", a narrow name and value column) and the remark cell is empty above and
   * below: the next page's texts wrap on from both, which a new row would only do if both its
   * predecessors happened to fill their cells exactly: one row (seed 5409981455937890698 of
   * LibreOfficeWordProperties read it as two indicators).
   */
  @Test
  void aRowCutAfterItsFirstLineWhereEveryTextFillsItsCellIsOneRow() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 170).h(700, 50, 170).h(714, 50, 170).v(50, 680, 714).v(82, 680, 714)
        .v(134, 680, 714).v(170, 680, 714);
    first.text(51, 694, "名称").text(83, 694, "指标值").text(135, 694, "备注").text(51, 711, "提升政").text(83, 711, "步明顺强规");
    SyntheticPage second = new SyntheticPage().h(100, 50, 170).h(130, 50, 170).v(50, 100, 130).v(82, 100, 130).v(134, 100, 130)
        .v(170, 100, 130);
    second.text(51, 111, "务公开").text(51, 123, "效益").text(83, 111, "续保利续及").text(83, 123, "著升");

    LayoutTable t = table(first, second);

    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.cells()).extracting(LayoutCell::text)
        .containsExactly("名称", "指标值", "备注", "提升政务公开效益", "步明顺强规续保利续及著升", "");
  }

  /**
   * Calc centres a cell's lines in a row as tall as its stored height: a cell of four full lines
   * comes as close to the bottom border as a text cut by the break would, but with as much room
   * above it as below. It is complete, and the row under it on the next page (nothing in the first
   * column, a text in the second that starts where a wrap would) is a new row.
   */
  @Test
  void aCentredCellThatLooksFullAtTheBreakIsCompleteAndTheNextPageStartsANewRow() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 145).h(700, 50, 145).h(760, 50, 145).v(50, 680, 760).v(110, 680, 760)
        .v(145, 680, 760);
    first.text(55, 694, "名称").text(112.5f, 694, "细则").text(55, 733, "提升");
    first.text(112.5f, 715, "完成得").text(112.5f, 727, "满分，").text(112.5f, 739, "未完成").text(112.5f, 751, "不得分");
    SyntheticPage second = new SyntheticPage().h(100, 50, 145).h(160, 50, 145).v(50, 100, 160).v(110, 100, 160).v(145, 100, 160);
    second.text(112.5f, 115, "每降低").text(112.5f, 127, "一个百").text(112.5f, 139, "分点扣").text(112.5f, 151, "一分");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "名称"), new LayoutCell(0, 1, 1, 1, "细则"),
        new LayoutCell(1, 0, 1, 1, "提升"), new LayoutCell(1, 1, 1, 1, "完成得满分，未完成不得分"), new LayoutCell(2, 0, 1, 1, ""),
        new LayoutCell(2, 1, 1, 1, "每降低一个百分点扣一分"));
  }

  /**
   * The same row cut by the break as Word's rows are (LibreOffice prints the part that fits from the
   * top of the cell, with no room above it, and goes on at the top of the next page): one row.
   */
  @Test
  void aCellCutFromItsTopAtTheBreakContinuesOnTheNextPage() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 145).h(700, 50, 145).h(756, 50, 145).v(50, 680, 756).v(110, 680, 756)
        .v(145, 680, 756);
    first.text(55, 694, "名称").text(112.5f, 694, "细则").text(55, 709, "提升");
    first.text(112.5f, 709, "完成得").text(112.5f, 721, "满分，").text(112.5f, 733, "未完成").text(112.5f, 745, "不得分");
    SyntheticPage second = new SyntheticPage().h(100, 50, 145).h(148, 50, 145).v(50, 100, 148).v(110, 100, 148).v(145, 100, 148);
    second.text(112.5f, 109, "每降低").text(112.5f, 121, "一个百").text(112.5f, 133, "分点扣").text(112.5f, 145, "一分");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "名称"), new LayoutCell(0, 1, 1, 1, "细则"),
        new LayoutCell(1, 0, 1, 1, "提升"), new LayoutCell(1, 1, 1, 1, "完成得满分，未完成不得分每降低一个百分点扣一分"));
  }

  /**
   * Calc draws the text of a cell merged over a page break at the middle of the whole cell; when
   * that is the break itself, the text on the next page straddles the table's top border (its
   * middle just above, its baseline inside). It belongs to the cell, which runs on from the page
   * before (no bottom border drawn there, no top border here).
   */
  @Test
  void aMergedCellsTextAcrossTheTopBorderAtThePageBreakBelongsToTheCell() {
    SyntheticPage first = new SyntheticPage().h(680, 50, 250).h(700, 50, 250).h(740, 110, 250).v(50, 680, 740).v(110, 680, 740)
        .v(250, 680, 740);
    first.text(55, 694, "一级").text(115, 694, "名称").text(115, 724, "a");
    SyntheticPage second = new SyntheticPage().h(100, 110, 250).h(140, 50, 250).v(50, 100, 140).v(110, 100, 140).v(250, 100, 140);
    second.text(55, 103, "经济效益").text(115, 124, "b");

    LayoutTable t = table(first, second);

    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "一级"), new LayoutCell(0, 1, 1, 1, "名称"),
        new LayoutCell(1, 0, 2, 1, "经济效益"), new LayoutCell(1, 1, 1, 1, "a"), new LayoutCell(2, 1, 1, 1, "b"));
  }

  /** A telephone number wrapped after its hyphen joins without a space. */
  @Test
  void aLineBrokenAfterAHyphenJoinsWithoutASpace() {
    List<Glyph> glyphs = new SyntheticPage().text(55, 714, "0552-").text(55, 728, "2125890").glyphs();

    assertThat(TextLine.text(TextLine.of(glyphs), 85)).isEqualTo("0552-2125890");
    assertThat(TextLine.text(TextLine.of(new SyntheticPage().text(55, 714, "alpha").text(55, 728, "beta").glyphs()), 85))
        .isEqualTo("alpha beta");
  }

  /**
   * LibreOffice's geometry of "每降低1个百分点" in a cell one character wide: "1", in a smaller
   * Latin font, fills less of its line than the Chinese characters do, and still wrapped.
   */
  @Test
  void aDigitInASmallerFontWrapsAfterAChineseLine() {
    List<Glyph> glyphs = List.of(new Glyph("低", 451.2f, 405.6f, 10.5f, 15f), new Glyph("1", 451.2f, 418.3f, 6.678f, 10f),
        new Glyph("个", 451.2f, 433.0f, 10.5f, 15f));

    assertThat(TextLine.text(TextLine.of(glyphs), 469.4f)).isEqualTo("低1个");
  }

  /**
   * LibreOffice wraps a date before "31日" where "31" alone would still have fit: a number wraps
   * with the Chinese character after it, so the line before ended where that could not fit.
   */
  @Test
  void aDateWrappedBeforeItsDayJoinsWhereTheDayWithItsCharacterDidNotFit() {
    SyntheticPage cell = new SyntheticPage().text(55, 714, "2026年12月").text(55, 728, "31日");

    assertThat(TextLine.text(TextLine.of(cell.glyphs()), 120)).isEqualTo("2026年12月31日");
    assertThat(TextLine.text(TextLine.of(cell.glyphs()), 150)).isEqualTo("2026年12月\n31日");
  }

  /**
   * A number longer than its cell is cut where the line is full and joins without a space; a
   * number that ends its line early wrapped at a space, and keeps it.
   */
  @Test
  void aNumberCutWhereItsLineIsFullJoinsWithoutASpace() {
    SyntheticPage cut = new SyntheticPage().text(55, 714, "1395678").text(55, 728, "1234");
    SyntheticPage words = new SyntheticPage().text(55, 714, "2024").text(55, 728, "2025");

    assertThat(TextLine.text(TextLine.of(cut.glyphs()), 92)).isEqualTo("13956781234");
    assertThat(TextLine.text(TextLine.of(words.glyphs()), 92)).isEqualTo("2024 2025");
  }
}


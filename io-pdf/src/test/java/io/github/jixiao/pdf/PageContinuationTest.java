package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a table at the top of a page continues the one at the foot of the page before, from
 * synthetic page geometry (glyphs and ruling lines as the page scanner hands them): cases the layout
 * zoo printed by LibreOffice found.
 */
class PageContinuationTest {
  private static List<LayoutBlock> layout(SyntheticPage... pages) {
    return SyntheticPage.layout(pages);
  }

  /**
   * A table ends at the foot of page 1 and one of the same width starts page 2 (an annual table and
   * the medium-term one): with columns of its own it is a second table, not a continuation with the
   * union of both tables' columns; with some of the same columns (a merged cell hides one) it
   * continues.
   */
  @Test
  void aTableOfTheSameWidthWithOtherColumnsOnTheNextPageIsANewTable() {
    SyntheticPage first = new SyntheticPage().grid(new float[] {50, 110, 170, 290}, new float[] {700, 720, 752});
    first.text(55, 714, "名称").text(115, 714, "类").text(175, 714, "值").text(55, 734, "甲");
    SyntheticPage other = new SyntheticPage().grid(new float[] {50, 130, 210, 290}, new float[] {100, 120});
    other.text(55, 114, "一级").text(135, 114, "二级").text(215, 114, "三级");
    SyntheticPage merged = new SyntheticPage().grid(new float[] {50, 110, 290}, new float[] {100, 120});
    merged.text(55, 114, "乙").text(115, 114, "丙");

    assertThat(layout(first, other)).hasSize(2).allMatch(b -> b instanceof LayoutTable);
    List<LayoutBlock> continued = layout(first, merged);
    assertThat(continued).hasSize(1);
    assertThat(((LayoutTable) continued.get(0)).rowCount()).isEqualTo(3);
  }

  /**
   * The goals cell "目标1：…⏎目标2：…" fills its row to the bottom of page 1; page 2 starts with
   * "目标3：…" under it and nothing under the label beside it. The lines end far from the edge, so
   * it is no wrap, but the next item of the cell's list: the row goes on over the break.
   */
  @Test
  void aRowSplitBeforeTheNextItemOfANumberedListIsOneRow() {
    SyntheticPage first = new SyntheticPage().grid(new float[] {50, 110, 290}, new float[] {700, 720, 752});
    first.text(55, 714, "名称").text(115, 714, "值");
    first.text(55, 734, "年度目标").text(115, 734, "目标1：提升效率。").text(115, 748, "目标2：确保安全。");
    SyntheticPage second = new SyntheticPage().grid(new float[] {50, 110, 290}, new float[] {100, 120});
    second.text(115, 114, "目标3：做好服务。");

    List<LayoutBlock> blocks = layout(first, second);

    assertThat(blocks).hasSize(1);
    assertThat(((LayoutTable) blocks.get(0)).cells()).containsExactly(new LayoutCell(0, 0, 1, 1, "名称"),
        new LayoutCell(0, 1, 1, 1, "值"), new LayoutCell(1, 0, 1, 1, "年度目标"),
        new LayoutCell(1, 1, 1, 1, "目标1：提升效率。\n目标2：确保安全。\n目标3：做好服务。"));
  }

  /**
   * A row of two lines ends page 1: "未完成按⏎比例扣分" fills its narrow column to the bottom, so the
   * next page's "完成即得" could be its wrap; but "常规工作" and "定性" beside it stop a line higher
   * (close to the bottom only by the reported font size), so they were not cut and the next page's
   * row under them is a row of its own.
   */
  @Test
  void aCellEndingALineAboveItsNeighboursWasNotCutByTheBreak() {
    SyntheticPage first = new SyntheticPage().grid(new float[] {50, 110, 170, 220}, new float[] {700, 720, 752});
    first.text(55, 714, "甲").text(115, 714, "乙").text(175, 714, "丙");
    first.text(55, 734, "常规工作", 15).text(115, 734, "定性", 15)
        .text(175, 734, "未完成按", 15).text(175, 748, "比例扣分", 15);
    SyntheticPage second = new SyntheticPage().grid(new float[] {50, 110, 170, 220}, new float[] {100, 132});
    second.text(55, 114, "重点工作", 15).text(115, 114, "定性", 15)
        .text(175, 114, "完成即得", 15).text(175, 128, "满分", 15);

    List<LayoutBlock> blocks = layout(first, second);

    assertThat(blocks).hasSize(1);
    LayoutTable t = (LayoutTable) blocks.get(0);
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.cells()).contains(new LayoutCell(1, 2, 1, 1, "未完成按比例扣分"), new LayoutCell(2, 2, 1, 1, "完成即得满分"));
  }

  /**
   * The group label "年度绩效指标表" runs down the left of the whole table from its header row, and
   * the header row repeats on page 2: drawn at the header's height, the label shows "年度绩效指" there
   * and spills "标表" into the row below. The row is still the repeated header, and the spilled rest
   * is no text of the next row: the label goes on down the new row.
   */
  @Test
  void aRepeatedHeaderWithAGroupLabelCutShortIsStillTheHeader() {
    SyntheticPage first = new SyntheticPage().h(700, 50, 290).h(730, 110, 290).h(760, 110, 290).h(790, 50, 290)
        .v(50, 700, 790).v(110, 700, 790).v(170, 700, 790).v(290, 700, 790);
    first.text(55, 714, "年度绩效指").text(55, 728, "标表").text(115, 714, "一级").text(175, 714, "二级");
    first.text(115, 744, "产出").text(175, 744, "数量").text(115, 774, "效益").text(175, 774, "社会");
    SyntheticPage second = new SyntheticPage().grid(new float[] {50, 110, 170, 290}, new float[] {100, 130, 160});
    second.text(55, 114, "年度绩效指").text(115, 114, "一级").text(175, 114, "二级");
    second.text(55, 144, "标表").text(115, 144, "满意").text(175, 144, "服务");

    List<LayoutBlock> blocks = layout(first, second);

    assertThat(blocks).hasSize(1);
    LayoutTable t = (LayoutTable) blocks.get(0);
    assertThat(t.headerRows()).isEqualTo(1);
    assertThat(t.cells()).containsExactly(new LayoutCell(0, 0, 4, 1, "年度绩效指标表"), new LayoutCell(0, 1, 1, 1, "一级"),
        new LayoutCell(0, 2, 1, 1, "二级"), new LayoutCell(1, 1, 1, 1, "产出"), new LayoutCell(1, 2, 1, 1, "数量"),
        new LayoutCell(2, 1, 1, 1, "效益"), new LayoutCell(2, 2, 1, 1, "社会"), new LayoutCell(3, 1, 1, 1, "满意"),
        new LayoutCell(3, 2, 1, 1, "服务"));
  }
}

package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.LabelledText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A title, heading, year or unit line, or a footer written as a row of the table it introduces or
 * closes — a row of one cell spanning the table (Word, PDF, a merged worksheet row) or a cell alone
 * in its row (a worksheet row nobody merged) — reads as the paragraph it stands for.
 */
class LineRowsTest {
  private static final int WIDTH = 4;
  private static final List<String> ABOVE = List.of("某县文化局2024年度项目支出绩效目标", "填报单位：某县文化局", "项目支出绩效目标表",
      "（2024年度）", "单位：元");
  private static final List<String> BELOW = List.of("填报人：李四　联系电话：0552-7654321", "填报日期：2024年1月5日");

  /** How a line is written into the table. */
  enum Written {
    /** one cell spanning the table's width */
    SPANNING,
    /** one cell in the first column, nothing else in its row */
    ALONE
  }

  private static ReadResult<Disclosure> read(List<LayoutBlock> layout) {
    return FormReader.of(ReadOptions.defaults()).read(layout);
  }

  private static FormatLocation at() {
    return FormatLocation.builder().table(0).build();
  }

  /** The sheet's own rows, from row {@code top}. */
  private static List<LayoutCell> sheetRows(int top) {
    List<LayoutCell> cells = new ArrayList<>();
    String[][] rows = {
        {"项目名称", "全民健身活动项目", null, null},
        {"主管部门", "某县文化局", "联系电话", "0552-1234567"},
        {"年度资金总额", "180000.00", "财政拨款", "180000.00"},
        {"年度目标", "举办全民健身活动20场。", null, null},
        {"一级指标", "二级指标", "三级指标", "指标值"},
        {"产出指标", "数量指标", "活动场次", "≥20场"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < WIDTH; c++) {
        String text = rows[r][c];
        if (text == null) {
          continue;
        }
        int span = 1;
        while (c + span < WIDTH && rows[r][c + span] == null) {
          span++;
        }
        cells.add(new LayoutCell(top + r, c, 1, span, text));
      }
    }
    return cells;
  }

  private static LayoutCell line(int row, String text, Written written) {
    return new LayoutCell(row, 0, 1, written == Written.SPANNING ? WIDTH : 1, text);
  }

  private static List<LayoutBlock> asParagraphs(List<String> above, List<String> below) {
    List<LayoutBlock> layout = new ArrayList<>();
    int p = 0;
    for (String text : above) {
      layout.add(new LayoutParagraph(text, FormatLocation.builder().paragraph(p++).build()));
    }
    layout.add(LayoutTable.of(at(), sheetRows(0)));
    for (String text : below) {
      layout.add(new LayoutParagraph(text, FormatLocation.builder().paragraph(p++).build()));
    }
    return layout;
  }

  private static List<LayoutBlock> asRows(List<String> above, List<String> below, Written written) {
    List<LayoutCell> cells = new ArrayList<>();
    int r = 0;
    for (String text : above) {
      cells.add(line(r++, text, written));
    }
    List<LayoutCell> sheet = sheetRows(r);
    cells.addAll(sheet);
    r = sheet.stream().mapToInt(c -> c.row() + 1).max().orElse(r);
    for (String text : below) {
      cells.add(line(r++, text, written));
    }
    return List.of(LayoutTable.of(at(), cells));
  }

  private static List<String> texts(ReadResult<?> read) {
    return read.warnings().stream().map(ReadWarning::getText).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(Written.class)
  void linesInTheTableReadAsTheParagraphsTheyStandFor(Written written) {
    ReadResult<Disclosure> paragraphs = read(asParagraphs(ABOVE, BELOW));
    ReadResult<Disclosure> rows = read(asRows(ABOVE, BELOW, written));
    assertThat(paragraphs.warnings()).isEmpty();
    assertThat(rows.warnings()).isEmpty();
    assertThat(rows.value()).isEqualTo(paragraphs.value());
    Disclosure d = rows.value();
    assertThat(d.getTitle()).contains("某县文化局2024年度项目支出绩效目标");
    assertThat(d.getYear()).hasValue(2024);
    assertThat(d.getUnit()).contains("某县文化局");
    BudgetItem item = d.getItems().get(0);
    assertThat(item.getYear()).hasValue(2024);
    assertThat(item.getAnnualFunding().orElseThrow().getUnit()).hasToString("YUAN");
    assertThat(item.getExtras()).containsExactly(LabelledText.of("填报人", "李四"), LabelledText.of("联系电话", "0552-7654321"),
        LabelledText.of("填报日期", "2024年1月5日"));
    assertThat(item.getContact()).contains("0552-1234567");
  }

  @ParameterizedTest
  @EnumSource(Written.class)
  void aLineNobodyUnderstandsIsAWarningInEitherForm(Written written) {
    List<String> above = List.of("某县文化局2024年度项目支出绩效目标", "陆柒捌附注");
    ReadResult<Disclosure> paragraphs = read(asParagraphs(above, List.of()));
    ReadResult<Disclosure> rows = read(asRows(above, List.of(), written));
    assertThat(texts(paragraphs)).containsExactly("陆柒捌附注");
    assertThat(texts(rows)).containsExactly("陆柒捌附注");
    assertThat(rows.value()).isEqualTo(paragraphs.value());
  }

  @Test
  void onlyARowThatReadsLikeATitleIsTheTitle() {
    // as a paragraph, any first line is the title; as a row, "附件2" or a lone label is not
    ReadResult<Disclosure> attachment = read(asRows(List.of("附件2"), List.of(), Written.SPANNING));
    assertThat(attachment.value().getTitle()).isEmpty();
    assertThat(texts(attachment)).containsExactly("附件2");
    // a stray first row is reported; the title row after it is still the document's first line
    ReadResult<Disclosure> annex = read(asRows(List.of("附件2", "2024年度项目支出绩效目标公开"), List.of(), Written.ALONE));
    assertThat(annex.value().getTitle()).contains("2024年度项目支出绩效目标公开");
    assertThat(annex.value().getYear()).hasValue(2024);
    assertThat(texts(annex)).containsExactly("附件2");
  }

  @Test
  void aLabelAloneInItsRowKeepsItsValueBelow() {
    // "联系电话：" alone over its value (labels over values): the label's, not a "label：value" line
    ReadResult<Disclosure> read = read(List.of(LayoutTable.of(at(), List.of(
        new LayoutCell(0, 0, 1, WIDTH, "项目名称：全民健身活动项目"),
        new LayoutCell(1, 0, 1, WIDTH, "联系电话："),
        new LayoutCell(2, 0, 1, WIDTH, "0552-1234567"),
        new LayoutCell(3, 0, 1, 1, "实施单位"),
        new LayoutCell(4, 0, 1, 1, "某县体育中心")))));
    assertThat(read.warnings()).isEmpty();
    BudgetItem item = read.value().getItems().get(0);
    assertThat(item.getName()).isEqualTo("全民健身活动项目");
    assertThat(item.getContact()).contains("0552-1234567");
    assertThat(item.getImplementingUnit()).contains("某县体育中心");
    assertThat(read.value().getTitle()).isEmpty();
  }

  @Test
  void aFooterWrittenInTwoCellsKeepsItsTelephoneFromTheProjectsContact() {
    // the fields table of a sheet whose indicators follow elsewhere: nothing says "footer" but the row itself
    ReadResult<Disclosure> read = read(List.of(LayoutTable.of(at(), List.of(
        LayoutCell.of(0, 0, "项目名称"), LayoutCell.of(0, 1, "全民健身活动项目"),
        LayoutCell.of(1, 0, "年度目标"), LayoutCell.of(1, 1, "举办全民健身活动20场。"),
        LayoutCell.of(2, 0, "填表人：李四"), LayoutCell.of(2, 1, "联系电话：0552-7654321")))));
    assertThat(read.warnings()).isEmpty();
    BudgetItem item = read.value().getItems().get(0);
    assertThat(item.getContact()).isEmpty();
    assertThat(item.getExtras()).containsExactly(LabelledText.of("填表人", "李四"), LabelledText.of("联系电话", "0552-7654321"));
  }
}

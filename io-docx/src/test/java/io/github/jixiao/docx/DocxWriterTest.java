package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * What the writer puts into the standard form for the fields the seed does not use, looked at
 * in the written tables themselves (cell texts, row by row), independently of the reader.
 */
class DocxWriterTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  private static BigDecimal yuan(String written) {
    return AmountUnit.YUAN.toWanYuan(new BigDecimal(written));
  }

  private static BudgetItem richItem(boolean mediumTermInWanYuan) {
    BudgetItem first = SEED.getItems().get(0);
    IndicatorTable.Builder table = IndicatorTable.builder()
        .optionalColumns(List.of(IndicatorColumn.WEIGHT, IndicatorColumn.SCORING, IndicatorColumn.REMARK));
    for (Indicator row : first.getAnnualIndicators().getRows().subList(0, 2)) {
      table.addRows(Indicator.builder().from(row).weight(BigDecimal.TEN).scoring("完成得满分，未完成不得分").build());
    }
    BudgetItem.Builder b = BudgetItem.builder().from(first)
        .code("341021-24-0001")
        .category("一般性项目□ 专项类项目√")
        .annualFunding(FundingSplit.builder().total(yuan("180000.00")).unit(AmountUnit.YUAN)
            .addSources(FundingSource.builder().label("财政拨款").amount(yuan("180000.00"))
                    .addChildren(FundingSource.of(FundingSourceKind.SUPERIOR_FISCAL, yuan("100000.50")),
                        FundingSource.of(FundingSourceKind.LOCAL_FISCAL, yuan("79999.50")))
                    .build(),
                FundingSource.of(FundingSourceKind.OTHER, yuan("0.00")))
            .build())
        .annualIndicators(table.build())
        .addExtras(LabelledText.of("立项依据", "《怀远县督查考核工作办法》"), LabelledText.of("其他说明的问题", ""));
    if (mediumTermInWanYuan) {
      b.mediumTermFunding(FundingSplit.of(new BigDecimal("54.00"), FundingSource.of(FundingSourceKind.FISCAL_APPROPRIATION, new BigDecimal("54.00"))));
    }
    return b.build();
  }

  @Test
  void theNewerSheetFieldsAreWrittenWhereTheFormHasThem() throws IOException {
    List<List<String>> rows = rows(DocxTesting.write(richItem(false)), 1);
    assertThat(rows.get(0)).containsExactly("项目名称", "督查考核专项经费项目");
    assertThat(rows.get(1)).containsExactly("项目编码", "341021-24-0001", "项目类别", "一般性项目□ 专项类项目√");
    int funding = indexOf(rows, "年度资金总额：");
    assertThat(rows.get(funding)).containsExactly("项目资金\n（元）", "年度资金总额：", "180000.00");
    assertThat(rows.get(funding + 1)).containsExactly("", "其中：财政拨款", "180000.00");
    assertThat(rows.get(funding + 2)).containsExactly("", "其中：上级财政资金", "100000.50");
    assertThat(rows.get(funding + 3)).containsExactly("", "本级财政", "79999.50");
    assertThat(rows.get(funding + 4)).containsExactly("", "其他资金", "0.00");
    int header = indexOf(rows, "三级指标");
    assertThat(rows.get(header)).containsExactly("绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值", "权重", "评分细则", "备注");
    assertThat(rows.get(header + 1)).endsWith("10", "完成得满分，未完成不得分", "");
    assertThat(rows.get(rows.size() - 2)).containsExactly("立项依据", "《怀远县督查考核工作办法》");
    assertThat(rows.get(rows.size() - 1)).containsExactly("其他说明的问题", "");
  }

  @Test
  void annualAndMediumTermFundingInDifferentUnitsGetABlockEach() throws IOException {
    List<List<String>> rows = rows(DocxTesting.write(richItem(true)), 1);
    int annual = indexOf(rows, "年度资金总额：");
    assertThat(rows.get(annual)).containsExactly("项目资金\n（元）", "年度资金总额：", "180000.00");
    int medium = indexOf(rows, "中期资金总额：");
    assertThat(medium).isEqualTo(annual + 5);
    assertThat(rows.get(medium)).containsExactly("项目资金\n（万元）", "", "", "中期资金总额：", "54.00");
    assertThat(rows.get(medium + 1)).containsExactly("", "", "", "其中：财政拨款", "54.00");
  }

  @Test
  void theListIsWrittenWithItsExtraColumnsAndItsTotal() throws IOException {
    List<DisclosureListEntry> entries = new ArrayList<>();
    for (DisclosureListEntry e : SEED.getListEntries().subList(0, 3)) {
      entries.add(DisclosureListEntry.builder().from(e)
          .addExtras(LabelledText.of("主管部门", "县政府办"), LabelledText.of("备注", e.getSequence() == 2 ? "新增" : ""))
          .build());
    }
    Disclosure d = Disclosure.builder().from(SEED).listEntries(entries).listTotal(new BigDecimal("152.0"))
        .items(List.of(SEED.getItems().get(0))).build();
    List<List<String>> list = rows(DocxTesting.write(d), 0);
    assertThat(list).containsExactly(
        List.of("序号", "项目名称", "预算金额（单位：万元）", "主管部门", "备注"),
        List.of("1", "督查考核专项经费项目", "18.0", "县政府办", ""),
        List.of("2", "副县以上退休及在职职工活动项目", "3.0", "县政府办", "新增"),
        List.of("3", "怀远县行政办公中心物业管理项目", "131.0", "县政府办", ""),
        List.of("合计", "", "152.0", "", ""));
  }

  @Test
  void aListWithoutExtrasOrTotalKeepsItsThreeColumns() throws IOException {
    List<List<String>> list = rows(DocxTesting.write(SEED), 0);
    assertThat(list).hasSize(SEED.getListEntries().size() + 1);
    assertThat(list).allSatisfy(row -> assertThat(row).hasSize(3));
    assertThat(list.get(list.size() - 1)).containsExactly("10", "智能化设备(常务会议和视频会议)运行维护项目", "17.3");
  }

  @Test
  void sixOptionalColumnsLeaveTheIndicatorNameItsWidth() {
    int[] widths = SheetWriter.widths(6);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    assertThat(total).isLessThanOrEqualTo(SheetWriter.TEXT_WIDTH);
    assertThat(widths[3]).isGreaterThanOrEqualTo(SheetWriter.widths(5)[3]);
    assertThat(SheetWriter.widths(5)).containsExactly(1300, 1100, 1300, 1038, 1400, 700, 700, 700, 700, 700);
  }

  private static int indexOf(List<List<String>> rows, String cell) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(cell)) {
        return i;
      }
    }
    throw new AssertionError("no row with " + cell + " in " + rows);
  }

  /** The cell texts of a table, row by row, paragraphs joined by "\n". */
  private static List<List<String>> rows(byte[] docx, int tableIndex) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table = doc.getTables().get(tableIndex);
      List<List<String>> rows = new ArrayList<>();
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          List<String> lines = new ArrayList<>();
          cell.getParagraphs().forEach(p -> lines.add(p.getText()));
          cells.add(String.join("\n", lines));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}

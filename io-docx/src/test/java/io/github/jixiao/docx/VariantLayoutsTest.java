package io.github.jixiao.docx;

import static io.github.jixiao.docx.Xml.cont;
import static io.github.jixiao.docx.Xml.p;
import static io.github.jixiao.docx.Xml.restart;
import static io.github.jixiao.docx.Xml.span;
import static io.github.jixiao.docx.Xml.tbl;
import static io.github.jixiao.docx.Xml.tc;
import static io.github.jixiao.docx.Xml.tr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.TargetKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of other templates (docs/domain.md, "Variants seen in real templates") and the table and
 * text encodings of other word processors, built as WordprocessingML in the test.
 */
class VariantLayoutsTest {
  private static final String HEADER =
      tr(restart("绩\n效\n指\n标"), tc("一级\n指标"), tc("二级指标"), tc("三级指标"), tc("指标值"));

  private static BudgetItem read(String body) {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(body)).bytes();
    List<BudgetItem> items = DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)).getItems();
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static String indicator(String l1, String l2, String name, String target) {
    return tr(cont(), tc(l1), tc(l2), tc(name), tc(target));
  }

  @Test
  void departmentCodeInItsOwnCellAndContactRows() {
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "学校营养餐项目")),
        tr(tc("主管部门"), span(2, "县教育局"), tc("主管部门编码"), tc("105001")),
        tr(tc("项目负责人"), span(2, "张伟"), tc("联系电话"), tc("0552-1234567")),
        tr(tc("项目起止时间"), span(4, "2024年1月至2026年12月"))));
    assertThat(item.getDepartment()).contains(SupervisingDepartment.of("105001", "县教育局"));
    assertThat(item.getResponsiblePerson()).contains("张伟");
    assertThat(item.getContact()).contains("0552-1234567");
    assertThat(item.getStart()).contains("2024年1月");
    assertThat(item.getEnd()).contains("2026年12月");
  }

  @Test
  void moreFundingSourcesNestedSourcesAndMediumTermFunding() {
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "农村公路养护")),
        tr(restart("项目资金\n（万元）"), tc("年度资金总额："), tc("300.00"), tc("中期资金总额："), tc("900.00")),
        tr(cont(), tc("其中：财政拨款"), tc("200.00"), tc("财政拨款"), tc("600.00")),
        tr(cont(), tc("    其中：上级财政资金"), tc("150.00"), tc(""), tc("")),
        tr(cont(), tc("      本级财政"), tc("50.00"), tc(""), tc("")),
        tr(cont(), tc("自有资金"), tc("40.00"), tc("事业收入"), tc("300.00")),
        tr(cont(), tc("经营性收入"), tc("10.00"), tc(""), tc("")),
        tr(cont(), tc("其他"), tc("50.00"), tc(""), tc(""))));
    FundingSplit annual = item.getAnnualFunding().orElseThrow();
    assertThat(annual.getTotal()).isEqualTo(new BigDecimal("300.00"));
    assertThat(annual.getSources()).extracting(FundingSource::kind).containsExactly(
        FundingSourceKind.FISCAL_APPROPRIATION, FundingSourceKind.OWN_FUNDS, FundingSourceKind.OPERATING_INCOME, FundingSourceKind.OTHER);
    assertThat(annual.getSources().get(0).getChildren()).extracting(FundingSource::getLabel).containsExactly("上级财政资金", "本级财政");
    assertThat(annual.getSources().get(0).childrenSum()).isEqualByComparingTo("200");
    FundingSplit medium = item.getMediumTermFunding().orElseThrow();
    assertThat(medium.getTotal()).isEqualTo(new BigDecimal("900.00"));
    assertThat(medium.getSources()).extracting(FundingSource::getLabel).containsExactly("财政拨款", "事业收入");
  }

  @Test
  void mediumTermGoalsBesideTheAnnualOnesAndALongTermTable() {
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "智慧城市建设")),
        tr(tc("绩效目标"), span(2, "中长期目标"), span(2, "年度目标")),
        tr(tc(""), span(2, "三年内建成全域感知平台"), span(2, "完成一期建设")),
        tr(restart("长期绩效指标"), tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("指标值")),
        indicator("产出指标", "数量指标", "感知设备数量", "≥3000台"),
        tr(restart("年度绩效指标"), tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("指标值")),
        indicator("产出指标", "数量指标", "感知设备数量", "≥1000台")));
    assertThat(item.getMediumTermGoals().orElseThrow().getText()).isEqualTo("三年内建成全域感知平台");
    assertThat(item.getAnnualGoals().orElseThrow().getText()).isEqualTo("完成一期建设");
    assertThat(item.getMediumTermIndicators().orElseThrow().getRows()).extracting(r -> r.getTarget().getRaw()).containsExactly("≥3000台");
    assertThat(item.getAnnualIndicators().getRows()).extracting(r -> r.getTarget().getRaw()).containsExactly("≥1000台");
  }

  @Test
  void extraIndicatorColumnsInAnyOrderAndCoreMarks() {
    BudgetItem item = read(tbl(9,
        tr(tc("项目名称"), span(8, "义务教育营养改善")),
        tr(restart("绩效指标"), tc("一级指标"), tc("二级指标"), tc("指标内容"), tc("分值"), tc("指标性质"), tc("度量单位"),
            tc("指标值"), tc("备注")),
        tr(cont(), tc("产出指标"), tc("数量指标"), tc("★受益学生人数"), tc("20"), tc("≥"), tc("人"), tc("12000"), tc("")),
        tr(cont(), tc("满意度指标"), tc("服务对象满意度指标"), tc("家长满意度"), tc("10分"), tc("≥"), tc("%"), tc("≥90%"), tc("问卷"))));
    List<Indicator> rows = item.getAnnualIndicators().getRows();
    assertThat(item.getAnnualIndicators().getOptionalColumns())
        .containsExactly(IndicatorColumn.WEIGHT, IndicatorColumn.COMPARATOR, IndicatorColumn.UNIT, IndicatorColumn.REMARK);
    assertThat(rows.get(0).isCore()).isTrue();
    assertThat(rows.get(0).getName()).isEqualTo("受益学生人数");
    assertThat(rows.get(0).getWeight()).contains(new BigDecimal("20"));
    assertThat(rows.get(0).getComparatorText()).contains("≥");
    assertThat(rows.get(0).getUnit()).contains("人");
    assertThat(rows.get(0).getRemark()).isEmpty();
    assertThat(rows.get(1).getWeight()).contains(new BigDecimal("10"));
    assertThat(rows.get(1).getRemark()).contains("问卷");
    assertThat(rows.get(1).getLevel2().getStandard()).contains(StandardCategory.SERVICE_RECIPIENT_SATISFACTION);
  }

  @Test
  void blankRowsAndLabelsWithSpacesAndBreaks() {
    BudgetItem item = read(p("项 目 支 出 绩 效 目 标 表") + p("(2025年度)") + tbl(5,
        tr(tc("项 目 名 称"), span(4, "环境整治")),
        tr(tc(""), span(4, "")),
        tr(tc("年度\n目标"), span(4, "完成整治任务")),
        tr(tc(""), tc(""), tc(""), tc(""), tc("")),
        HEADER,
        indicator("产出指标", "数量指标", "整治村庄数量", "≥20个"),
        tr(cont(), tc(""), tc(""), tc(""), tc("")),
        indicator("", "质量指标", "验收合格率", "100%")));
    assertThat(item.getName()).isEqualTo("环境整治");
    assertThat(item.getYear()).hasValue(2025);
    assertThat(item.getAnnualGoals().orElseThrow().getText()).isEqualTo("完成整治任务");
    assertThat(item.getAnnualIndicators().getRows()).hasSize(2);
    assertThat(item.getAnnualIndicators().getRows().get(1).getLevel1().getLabel()).isEqualTo("产出指标");
  }

  @Test
  void theFramework2021WithCostAsLevel1() {
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "设备购置")),
        HEADER,
        indicator("成本指标", "经济成本指标", "设备购置成本", "≤50万元"),
        indicator("产出指标", "数量指标", "购置设备数量", "10台")));
    assertThat(item.detectFramework()).contains(IndicatorFramework.V2021);
  }

  @Test
  void gridBeforeHMergeContentControlsAndShortRows() {
    String gridBefore = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("项目名称") + span(3, "网格项目") + "</w:tr>";
    String hMerge = "<w:tr>" + tc("实施单位") + tc("<w:hMerge w:val=\"restart\"/>", "县应急局") + tc("<w:hMerge/>", "")
        + tc("项目期") + tc("2年") + "</w:tr>";
    String sdt = "<w:tr>" + tc("项目来源") + "<w:sdt><w:sdtPr><w:alias w:val=\"来源\"/></w:sdtPr><w:sdtContent>"
        + span(4, "本级申报项目") + "</w:sdtContent></w:sdt></w:tr>";
    String shortRow = tr(tc("项目属性"), tc("延续项目"));
    BudgetItem item = read(tbl(5, gridBefore, hMerge, sdt, shortRow));
    assertThat(item.getName()).isEqualTo("网格项目");
    assertThat(item.getImplementingUnit()).contains("县应急局");
    assertThat(item.getPeriod().orElseThrow().years()).hasValue(2);
    assertThat(item.getSource()).contains("本级申报项目");
    assertThat(item.getAttribute()).contains("延续项目");
  }

  @Test
  void mergesMatchByGridColumnAndContinuationsKeepTheirStart() {
    // the level-1 merge starts in grid column 1; in the next row the continuation comes after a gridBefore
    String rowWithGridBefore = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:vMerge/>", "残留文字")
        + tc("质量指标") + tc("合格率") + tc("100%") + "</w:tr>";
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "合并测试")),
        HEADER,
        tr(cont(), tc("<w:vMerge w:val=\"restart\"/>", "产出指标"), tc("数量指标"), tc("数量"), tc("5个")),
        rowWithGridBefore));
    List<Indicator> rows = item.getAnnualIndicators().getRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).getLevel1().getLabel()).isEqualTo("产出指标");
    assertThat(rows.get(1).getLevel2().getLabel()).isEqualTo("质量指标");
  }

  @Test
  void nestedTablesAreReadAfterTheirParent() {
    String nested = tbl(5, HEADER, indicator("产出指标", "数量指标", "培训人次", "≥500人次"));
    BudgetItem item = read(tbl(2,
        tr(tc("项目名称"), tc("培训项目")),
        tr(tc("年度目标"), tc("完成培训")),
        tr("<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + nested + "<w:p/></w:tc>")));
    assertThat(item.getAnnualIndicators().getRows()).extracting(Indicator::getName).containsExactly("培训人次");
    assertThat(item.getAnnualGoals().orElseThrow().getText()).isEqualTo("完成培训");
  }

  @Test
  void textAsAPersonReadsIt() {
    String runs = "<w:tc><w:p><w:r><w:t>≥</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>9</w:t></w:r>"
        + "<w:del w:id=\"1\"><w:r><w:delText>0</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>5</w:t></w:r></w:ins>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> QUOTE \"x\" </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>%</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "</w:p></w:tc>";
    String goals = "<w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr><w:p><w:r><w:t>目标1：</w:t></w:r><w:hyperlink r:id=\"x\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:r><w:t>建成平台</w:t></w:r></w:hyperlink>"
        + "<w:r><w:tab/><w:t>目标2：</w:t><w:br/><w:t>上线</w:t></w:r><w:fldSimple w:instr=\"PAGE\"><w:r><w:t>运行</w:t></w:r></w:fldSimple>"
        + "</w:p></w:tc>";
    BudgetItem item = read(tbl(5,
        tr(tc("项目名称"), span(4, "\u3000 数字政府 \u3000")),
        tr(restart("项目资金（万元）"), span(2, "年度资金总额："), span(2, " 18.00 ")),
        tr(cont(), span(2, "其中：财政拨款"), span(2, "\u300018.00\u3000")),
        tr(tc("年度目标"), goals),
        HEADER,
        tr(cont(), tc("产出指标"), tc("质量指标"), tc("系统可用率"), runs)));
    assertThat(item.getName()).isEqualTo("数字政府");
    assertThat(item.getAnnualFunding().orElseThrow().getTotal()).isEqualTo(new BigDecimal("18.00"));
    assertThat(item.getAnnualGoals().orElseThrow().getText()).isEqualTo("目标1：建成平台\t目标2：\n上线运行");
    Indicator row = item.getAnnualIndicators().getRows().get(0);
    assertThat(row.getTarget().getRaw()).isEqualTo("≥95%");
    assertThat(row.getTarget().getKind()).isEqualTo(TargetKind.QUANTITATIVE);
  }

  /** BigDecimal has no -0: an amount written "-0.00" is reported where it is, never read as 0.00. */
  @Test
  void aNegativeZeroAmountIsReportedNotRewritten() {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(tbl(5,
        tr(tc("项目名称"), span(4, "数字政府")),
        tr(restart("项目资金（万元）"), span(2, "年度资金总额："), span(2, "18.00")),
        tr(cont(), span(2, "其中：财政拨款"), span(2, "18.00")),
        tr(cont(), span(2, "其他资金"), span(2, "-0.00"))))).bytes();

    ReadResult<Disclosure> result = DocxTesting.READER.read(new ByteArrayInputStream(docx));

    FundingSplit annual = result.value().getItems().get(0).getAnnualFunding().orElseThrow();
    assertThat(annual.getSources()).noneMatch(s -> s.getAmount().signum() == 0);
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("-0.00"));
  }
}

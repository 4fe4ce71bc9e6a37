package io.github.jixiao.testkit;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * 样例文件 (sample documents): real published performance-target documents as model values, for
 * tests, examples and demonstrations.
 *
 * <p>{@link #huaiyuan2024()} is the 2024 document of 怀远县人民政府办公室 (the seed of this project):
 * a disclosure list of 10 projects and 10 target sheets with 111 indicators in the pre-2021
 * framework, exactly as written — the list's rounded amounts ("24.4") and the sheets' ("24.37")
 * both kept, label variants ("满意度指标" as a level-2 category) and the document's own
 * inconsistencies (项目总成本 105.2万元 against 100.00万元 of funding) included.
 *
 * <p>The document also comes as files: the published Word file ({@link #huaiyuan2024Docx()}) and
 * its JSON form ({@link #huaiyuan2024Json()}), for tests of readers, writers and tools.
 *
 * <p>Where the text extraction and the Word file of the seed differ — sheet 9's goals have two
 * spaces between numbered goals in the text and one in the Word file, which a word processor
 * saved — the sample follows the Word file, so that reading it gives exactly this value.
 */
public final class SampleDocuments {
  private static final String UNIT = "怀远县人民政府办公室";
  private static final String DEPARTMENT = "[003]怀远县人民政府办公室";
  private static final int YEAR = 2024;

  private static final Disclosure HUAIYUAN_2024 = buildHuaiyuan2024();

  private SampleDocuments() {}

  /**
   * The 2024 performance-target document of 怀远县人民政府办公室: 10 list entries, 10 sheets, 111
   * indicators.
   *
   * @return the document (an immutable value, shared)
   */
  public static Disclosure huaiyuan2024() {
    return HUAIYUAN_2024;
  }

  /**
   * The same document as published, a Word file (.docx) saved by a word processor: 1 list table
   * and 10 sheets in 21 tables. Reading it with the Word format of jixiao-io-docx gives exactly
   * {@link #huaiyuan2024()}.
   *
   * @return the file's bytes, a new array on each call
   */
  public static byte[] huaiyuan2024Docx() {
    return resource("huaiyuan-2024.docx");
  }

  /**
   * The same document in the JSON format of jixiao-io-json (docs/json-format.md), UTF-8, exactly as
   * that format's writer writes {@link #huaiyuan2024()} with default options: the format's golden
   * file.
   *
   * @return the file's bytes, a new array on each call
   */
  public static byte[] huaiyuan2024Json() {
    return resource("huaiyuan-2024.json");
  }

  private static byte[] resource(String name) {
    try (InputStream in = SampleDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/github/jixiao/testkit/" + name + " of jixiao-testkit");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Disclosure buildHuaiyuan2024() {
    return Disclosure.builder()
        .title("怀远县人民政府办公室2024年度项目支出绩效目标")
        .unit(UNIT)
        .year(YEAR)
        .listTitle("项目支出绩效目标公开清单")
        .addListEntry(entry(1, "督查考核专项经费项目", "18.0"))
        .addListEntry(entry(2, "副县以上退休及在职职工活动项目", "3.0"))
        .addListEntry(entry(3, "怀远县行政办公中心物业管理项目", "131.0"))
        .addListEntry(entry(4, "县领导食宿经费项目", "50.0"))
        .addListEntry(entry(5, "县政府总值班室工作经费项目", "24.4"))
        .addListEntry(entry(6, "信息化建设项目", "100.0"))
        .addListEntry(entry(7, "行政办公中心水电费及维修费用项目", "80.0"))
        .addListEntry(entry(8, "营商环境效能评议及评价考核项目", "34.6"))
        .addListEntry(entry(9, "政务服务便民热线", "113.7"))
        .addListEntry(entry(10, "智能化设备(常务会议和视频会议)运行维护项目", "17.3"))
        .classifiedNote("注：本单位0个涉密项目除外。")
        .addItems(
            sheet1(),
            sheet2(),
            sheet3(),
            sheet4(),
            sheet5(),
            sheet6(),
            sheet7(),
            sheet8(),
            sheet9(),
            sheet10())
        .build();
  }

  /** Sheet 1: 督查考核专项经费项目. */
  private static BudgetItem sheet1() {
    return sheet(
        "督查考核专项经费项目",
        "3年",
        funding("18.00", "18.00", "0.00"),
        "负责对中央、省委决策部署贯彻执行情况进行督促检查；负责对全县各部门、各乡镇承担市县目标任务完成情况进行督促检查；负责落实省市领导同志交办重要事项和指示批示督查督办工作；负责县委县政府主要负责同志交办重要事项和指示批示督查督办工作；负责对县级领导干部包保重点工作开展情况进行跟踪通报；负责全县目标管理和考核工作；完成县委、县政府主要负责同志交办的其它工作。较好完成县人大常委会和县政协已交县政府的议案、建议、提案的办理、督查工作，全县目标管理和考核工作。",
        row("产出指标", "数量指标", "督查次数", "≥60次"),
        row("产出指标", "数量指标", "督查重大项目数量", "≥30个"),
        row("产出指标", "数量指标", "完成全县党政机关考核督查工作", "85家"),
        row("产出指标", "质量指标", "督查完成率", "100%"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "成本指标", "预算控制率", "≤100%"),
        row("效益指标", "经济效益指标", "此项目不适应", "不适用"),
        row("效益指标", "社会效益指标", "通过巡察，发现问题，督促整改，增强社会效益", "成效明显"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "坚持深化目标督查，发挥督查在全面从严治党中的战略作用", "稳步提升"),
        row("满意度指标", "满意度指标", "被督查机关满意度", "≥95%"));
  }

  /** Sheet 2: 副县以上退休及在职职工活动项目. */
  private static BudgetItem sheet2() {
    return sheet(
        "副县以上退休及在职职工活动项目",
        "10年",
        funding("3.00", "3.00", "0.00"),
        "较好的开展副县以上退休人员活动，实现“让党组织放心、使老干部满意”的目标。",
        row("产出指标", "数量指标", "保障副县以上退休人员的退休活动", "≥6人"),
        row("产出指标", "数量指标", "开展副县以上退休人员活动", "2次"),
        row("产出指标", "质量指标", "活动举办完成率", "100%"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "成本指标", "预算控制率", "≤100%"),
        row("效益指标", "经济效益指标", "本项目不适用", "项目不适用"),
        row("效益指标", "社会效益指标", "切实把“政治上尊重、思想上关心、生活上照顾、精神上关怀”退休干部的要求落到实处", "成效显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "持续提升退休干部的获得感、幸福感", "稳步提升"),
        row("满意度指标", "满意度指标", "退休干部满意度", "≥95%"));
  }

  /** Sheet 3: 怀远县行政办公中心物业管理项目. */
  private static BudgetItem sheet3() {
    return sheet(
        "怀远县行政办公中心物业管理项目",
        "1年",
        funding("131.00", "131.00", "0.00"),
        "目标1：较好的完成物业管理委托事项 目标2：确保行政办公中心有良好的办公环境",
        row("产出指标", "数量指标", "完成行政办公中心物业管理委托事项", "27家"),
        row("产出指标", "质量指标", "标准化服务水平", "显著提升"),
        row("产出指标", "时效指标", "项目支出及时性", "及时高效"),
        row("产出指标", "成本指标", "项目总成本", "≤131万元"),
        row("效益指标", "经济效益指标", "不适用", "不适用"),
        row("效益指标", "社会效益指标", "维持良好的政府形象", "效果显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "改善办公场所环境", "效果显著"),
        row("满意度指标", "满意度指标", "党政机关满意度", "≥95%"));
  }

  /** Sheet 4: 县领导食宿经费项目. */
  private static BudgetItem sheet4() {
    return sheet(
        "县领导食宿经费项目",
        "3年",
        funding("50.00", "50.00", "0.00"),
        "保证异地任职、挂职领导正常生活需要。",
        row("产出指标", "数量指标", "供应餐数", "≥10000位次"),
        row("产出指标", "数量指标", "每日服务人次数", "≥18人次"),
        row("产出指标", "质量指标", "结合当地物价水平", "达标"),
        row("产出指标", "质量指标", "保障食宿基本生活条件", "达标"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "成本指标", "预算控制率", "≤100%"),
        row("产出指标", "成本指标", "费用开支范围", "食宿经费"),
        row("效益指标", "经济效益指标", "此指标不适用", "不适用"),
        row("效益指标", "社会效益指标", "保证异地任职、挂职领导正常生活需要", "效果明显"),
        row("效益指标", "生态效益指标", "此项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "持续提升服务效率", "稳步上升"),
        row("满意度指标", "满意度指标", "服务对象满意度", "≥95%"));
  }

  /** Sheet 5: 县政府总值班室工作经费项目. */
  private static BudgetItem sheet5() {
    return sheet(
        "县政府总值班室工作经费项目",
        "5年",
        funding("24.37", "24.37", "0.00"),
        "目标1：实行24小时值班带班制度，确保值班工作平稳有序运行。 目标2：落实政府职能，防范化解重大风险和履行值守应急信息报告。 目标3：提升行政监督效能，提升公共服务水平。",
        row("产出指标", "数量指标", "值班人次", "≥50人"),
        row("产出指标", "数量指标", "值班天数", "365天"),
        row("产出指标", "质量指标", "值班工作", "平稳有序进行"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "成本指标", "预算控制率", "100%"),
        row("产出指标", "成本指标", "是否采取必要的成本控制措施", "是"),
        row("效益指标", "经济效益指标", "不适用", "不适用"),
        row("效益指标", "社会效益指标", "提升政府应急能力", "显著提高"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "维持社会稳定", "稳步提升"),
        row("满意度指标", "满意度指标", "群众满意度", "≥95%"));
  }

  /** Sheet 6: 信息化建设项目. */
  private static BudgetItem sheet6() {
    return sheet(
        "信息化建设项目",
        "1年",
        funding("100.00", "100.00", "0.00"),
        "目标1：完成县政府网站与政务新媒体内容保障日常信息发布工作，在上级检查中取得较好成绩。 目标2：县政府网站安全稳定运行，确保不出现重大安全事故。 目标3：及时发现网站及政务新媒体存在问题，提醒工作人员立即整改。 目标4：圆满完成政务公开的各项工作任务，在考核中取得较好成绩。",
        row("产出指标", "数量指标", "采购电子政务平台运维、安全保障服务", "1套"),
        row("产出指标", "数量指标", "采购政府网站与政务新媒体监测、运维、安全保障服务，政务公开运维、测评服务", "1套"),
        row("产出指标", "质量指标", "网站及平台设备运行质量合格率", "100%"),
        row("产出指标", "时效指标", "资金在规定时间内下达率", "≥100%"),
        row("产出指标", "时效指标", "任务完成及时性", "及时高效"),
        row("产出指标", "成本指标", "预算控制率", "100%"),
        row("产出指标", "成本指标", "项目总成本", "105.2万元"),
        row("效益指标", "经济效益指标", "不适用", "不适用"),
        row("效益指标", "社会效益指标", "县政府网站安全稳定运行", "效果显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "持续提升我县政府网站安全运行的能力", "效果显著"),
        row("满意度指标", "满意度指标", "群众满意度", "≥95%"));
  }

  /** Sheet 7: 行政办公中心水电费及维修费用项目. */
  private static BudgetItem sheet7() {
    return sheet(
        "行政办公中心水电费及维修费用项目",
        "2年",
        funding("80.00", "80.00", "0.00"),
        "较好的保证行政办公中心安全，确保行政办公中心有良好的办公环境，确保水电费用及时支付，资金投入合理。",
        row("产出指标", "数量指标", "保障行政办公中心各单位日常办公", "27家"),
        row("产出指标", "质量指标", "确保行政办公中心良好的办公环境", "≥100%"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "时效指标", "资金在规定时间内下达率", "≥100%"),
        row("产出指标", "成本指标", "预算控制率", "≤100%"),
        row("产出指标", "成本指标", "是否采取必要的成本控制措施", "是"),
        row("效益指标", "经济效益指标", "此指标不适用", "不适用"),
        row("效益指标", "社会效益指标", "提升党政机关的办公效率", "成效显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "改善办公场所环境", "稳步提升"),
        row("满意度指标", "满意度指标", "党政机关满意度", "≥95%"));
  }

  /** Sheet 8: 营商环境效能评议及评价考核项目. */
  private static BudgetItem sheet8() {
    return sheet(
        "营商环境效能评议及评价考核项目",
        "1年",
        funding("34.60", "34.60", "0.00"),
        "每个季度完成全县220家（个）单位的效能评议工作，每个测评单位抽打电话 20 个。四季度拨打问询电话并形成有效信息共17600条。不断优化营商环境，持续提升企业获得感和满意度。",
        row("产出指标", "数量指标", "每季度测评单位", "≥220家"),
        row("产出指标", "数量指标", "回访次数", "≥4次"),
        row("产出指标", "质量指标", "项目支出合规性", "合规"),
        row("产出指标", "时效指标", "经费支出及时性", "及时高效"),
        row("产出指标", "成本指标", "项目总成本", "≤34.6万元"),
        row("效益指标", "经济效益指标", "促进企业经济发展", "效果明显"),
        row("效益指标", "社会效益指标", "提高营商环境部门效能", "效果明显"),
        row("效益指标", "社会效益指标", "通过回访，发现问题，督促整改，提升为企服务工作", "效果明显"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "持续优化营商环境", "效果明显"),
        row("效益指标", "可持续影响指标", "持续提升为企服务工作和企业满意度，打造良好营商环境", "效果明显"),
        row("满意度指标", "满意度指标", "被督查机关满意度", "≥95%"),
        row("满意度指标", "满意度指标", "企业满意度", "≥95%"));
  }

  /** Sheet 9: 政务服务便民热线. */
  private static BudgetItem sheet9() {
    return sheet(
        "政务服务便民热线",
        "1年",
        funding("113.68", "113.68", "0.00"),
        "目标1：提升公共服务水平 目标2：提高公众满意度 目标3：提升行政监督效能",
        row("产出指标", "数量指标", "设立重点负责人", "≥1人"),
        row("产出指标", "数量指标", "设立综合管理岗", "≥1个"),
        row("产出指标", "质量指标", "热线平台、系统运营质量合格率", "≥100%"),
        row("产出指标", "质量指标", "群众诉求办结率", "≥99%"),
        row("产出指标", "时效指标", "任务下达及时性", "及时高效"),
        row("产出指标", "时效指标", "项目支出及时性", "及时高效"),
        row("产出指标", "成本指标", "项目总成本", "≤113.68万元"),
        row("效益指标", "经济效益指标", "不适用", "不适用"),
        row("效益指标", "社会效益指标", "提升政府公信力", "效果显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "持续提升行政监督和社会监督效能", "效果显著"),
        row("满意度指标", "满意度指标", "群众满意度", "≥95%"));
  }

  /** Sheet 10: 智能化设备(常务会议和视频会议)运行维护项目. */
  private static BudgetItem sheet10() {
    return sheet(
        "智能化设备(常务会议和视频会议)运行维护项目",
        "5年",
        funding("17.34", "17.34", "0.00"),
        "完成常务会议室和视频会议室的智能化设备的日常维护工作，以保障县政府各类会议顺利开展。",
        row("产出指标", "数量指标", "智能化设备日常维护", "2套"),
        row("产出指标", "质量指标", "常务会议室和视频会议室的智能化设备运行质量合格率", "≥100%"),
        row("产出指标", "时效指标", "各项任务完成及时率", "≥95%"),
        row("产出指标", "成本指标", "预算控制率", "≤100%"),
        row("产出指标", "成本指标", "是否采取必要的成本控制措施", "是"),
        row("效益指标", "经济效益指标", "此指标不适用", "不适用"),
        row("效益指标", "社会效益指标", "确保智能化设备无故障", "成效显著"),
        row("效益指标", "生态效益指标", "项目不适用", "不适用"),
        row("效益指标", "可持续影响指标", "保障县政府会议正常开展", "稳步提升"),
        row("满意度指标", "满意度指标", "服务对象满意度", "≥95%"));
  }

  private static BudgetItem sheet(
      String name, String period, FundingSplit funding, String goals, Indicator... rows) {
    return BudgetItem.builder()
        .year(YEAR)
        .name(name)
        .department(SupervisingDepartment.parse(DEPARTMENT))
        .implementingUnit(UNIT)
        .source("本级申报项目")
        .period(ProjectPeriod.of(period))
        .annualFunding(funding)
        .annualGoals(Goals.of(goals))
        .annualIndicators(IndicatorTable.of(List.of(rows)))
        .build();
  }

  private static FundingSplit funding(String total, String fiscal, String other) {
    return FundingSplit.of(
        new BigDecimal(total),
        FundingSource.of("财政拨款", new BigDecimal(fiscal)),
        FundingSource.of("其他资金", new BigDecimal(other)));
  }

  private static Indicator row(String level1, String level2, String name, String target) {
    return Indicator.builder().level1(level1).level2(level2).name(name).target(target).build();
  }

  private static DisclosureListEntry entry(int sequence, String name, String amount) {
    return DisclosureListEntry.of(sequence, name, new BigDecimal(amount));
  }
}

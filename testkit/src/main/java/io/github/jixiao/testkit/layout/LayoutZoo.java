package io.github.jixiao.testkit.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * 版面动物园 (layout zoo): jqwik generators of document <em>layouts</em> — paragraphs and tables with
 * merged cells as the published 项目支出绩效目标表 are laid out by different templates — each with the
 * {@link Disclosure} a correct {@link io.github.jixiao.layout.FormReader} reads from it.
 *
 * <p>Every draw makes structural choices (how the fields are arranged, which of six funding
 * layouts, goals labelled or side by side, indicator tables inside the sheet table or on their
 * own, how their period is marked, how level cells are merged, page splits, optional columns,
 * signature and footer lines, the disclosure list) and cosmetic ones (label variants, inner
 * spaces, line breaks, trailing colons, bracketed hints). Structural choices shrink to the
 * simplest layout, cosmetic ones to the standard wording. {@link ZooCase#family()} names the
 * structural choices.
 *
 * <p>Content is small and clean: names from word lists, no text containing a label of the
 * reader's vocabulary (except 项目属性 values such as "新增项目□ 延续项目√"), no digits where a label
 * could be read, funding that adds up.
 *
 * <p>Content is also valid, as {@link io.github.jixiao.testkit.JixiaoArbitraries} makes it: the
 * catalogue of review rules ({@code RuleSet.catalogue()}) has nothing to say about an expected
 * document. Every document uses one indicator framework (pre-2021 or 2021) and every indicator
 * table of it, annual or medium-term, is complete for that framework: 产出 has 数量, 质量, 时效 and,
 * pre-2021, 成本; 2021 tables have 成本指标 (a 不适用 row sometimes among them); 效益 and 满意度 have
 * rows. Targets fit their names (costs and time limits capped, rates floored, satisfaction ≥90%,
 * percentages within 0–100% and never "≥100%", quantities with units, no money that could exceed
 * the funding); goals quote no numbers; a project of more than one year has medium-term goals.
 */
public final class LayoutZoo {
  private LayoutZoo() {}

  // ================================================================ public API

  /**
   * Layouts of whole documents with the disclosure a correct reader produces.
   *
   * @return zoo cases
   */
  public static Arbitrary<ZooCase> cases() {
    return documents().map(LayoutZoo::render);
  }

  /**
   * Zoo cases with noise added by {@link #withNoise(ZooCase, Random)}.
   *
   * @return noisy cases
   */
  public static Arbitrary<NoisyCase> noisyCases() {
    return Combinators.combine(cases(), Arbitraries.longs()).as((c, seed) -> withNoise(c, new Random(seed)));
  }

  /**
   * Adds noise to a case: paragraphs after the disclosure list and between sheets, and rows
   * "noise label | noise value" among the field rows of every sheet table. Noise texts hold no
   * label of the reader's vocabulary and no digits (壹贰叁… with 栏, 项 or 注记). The expected
   * disclosure stays as it is.
   *
   * @param c the case
   * @param random where the noise comes from
   * @return the case with noise and the noise texts
   */
  public static NoisyCase withNoise(ZooCase c, Random random) {
    List<Object> drafts = new ArrayList<>();
    for (LayoutBlock block : c.blocks()) {
      if (block instanceof LayoutParagraph p) {
        drafts.add(p.text());
      } else if (block instanceof LayoutTable t) {
        drafts.add(new TableDraft(new ArrayList<>(t.cells()), t.headerRows()));
      }
    }
    List<String> noise = new ArrayList<>();
    // rows among the field rows of each sheet table
    for (Object d : drafts) {
      if (d instanceof TableDraft t && isSheetTable(t.cells())) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
          List<Integer> safe = fieldBoundaries(t.cells());
          if (safe.isEmpty()) {
            break;
          }
          int after = safe.get(random.nextInt(safe.size()));
          String label = noiseText(random, "栏");
          String value = noiseText(random, random.nextBoolean() ? "项" : "注记");
          insertRow(t, after, label, value);
          noise.add(label);
          noise.add(value);
        }
      }
    }
    // paragraphs after the list and between sheets
    List<Integer> spots = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i) instanceof TableDraft t && isListTable(t.cells())) {
        int at = i + 1;
        if (at < drafts.size() && drafts.get(at) instanceof String s && s.startsWith("注")) {
          at++;
        }
        spots.add(at);
      }
    }
    boolean firstHeading = true;
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i) instanceof String s && isSheetHeading(s)) {
        if (!firstHeading && !spots.contains(i)) {
          spots.add(i);
        }
        firstHeading = false;
      }
    }
    spots.sort(Comparator.reverseOrder());
    List<String> paragraphNoise = new ArrayList<>();
    for (int at : spots) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      int count = 1 + random.nextInt(2);
      for (int k = 0; k < count; k++) {
        String text = noiseText(random, random.nextBoolean() ? "注记" : "栏") + noiseText(random, "项");
        drafts.add(at, text);
        paragraphNoise.add(0, text);
      }
    }
    noise.addAll(paragraphNoise);
    return new NoisyCase(new ZooCase(c.family() + " +noise", c.expected(), located(drafts)), noise);
  }

  // ================================================================ structural choices

  /** 字段排列 (field arrangement). */
  enum Fields {
    /** (b) one label/value pair per row, the value spanning the rest. */
    B("b", 1),
    /** (a) two pairs per row. */
    A("a", 2),
    /** (c) three pairs per row. */
    C("c", 3),
    /** (d) labels in one row, their values in the row below. */
    D("d", 3);

    final String token;
    final int perRow;

    Fields(String token, int perRow) {
      this.token = token;
      this.perRow = perRow;
    }
  }

  /** 资金版式 (funding layout). */
  enum Funding {
    /** Group cell in column 0, labels in column 1, amounts in column 2. */
    F1,
    /** Sources in one row, amounts in the row below. */
    F2,
    /** Annual and medium-term side by side in column pairs. */
    F3,
    /** A header row 资金来源 | 年度 | 中期, then one row per source. */
    F4,
    /** Like F1, written in 元. */
    F5,
    /** No group cell, one row of label/amount pairs. */
    F6
  }

  /** 目标版式 (goals arrangement). */
  enum GoalsLayout {
    LABELLED("labelled"),
    SIDE_BY_SIDE("side-by-side");

    final String token;

    GoalsLayout(String token) {
      this.token = token;
    }
  }

  /** Where the indicator tables are. */
  enum Placement {
    INLINE("inline"),
    SEPARATE("separate");

    final String token;

    Placement(String token) {
      this.token = token;
    }
  }

  /** How an indicator table says its period. */
  enum Marker {
    NONE("none"),
    GROUP_CELL("group-cell"),
    CAPTION_ROW("caption-row"),
    CAPTION_PARAGRAPH("caption-paragraph"),
    VALUE_LABEL("value-label");

    final String token;

    Marker(String token) {
      this.token = token;
    }
  }

  /** How level-1 and level-2 cells are written. */
  enum Levels {
    MERGED("merged"),
    FIRST_ROW("first-row"),
    REPEATED("repeated");

    final String token;

    Levels(String token) {
      this.token = token;
    }
  }

  /** Page split of the annual indicator table. */
  enum Split {
    NONE("none"),
    REPEATED_HEADER("repeated-header"),
    NO_HEADER("no-header");

    final String token;

    Split(String token) {
      this.token = token;
    }
  }

  /** A line written as a paragraph, as a table row, or not at all. */
  enum Line {
    NONE("none"),
    PARAGRAPH("paragraph"),
    ROW("row");

    final String token;

    Line(String token) {
      this.token = token;
    }
  }

  /** 主管部门: absent, one 主管部门及代码 cell, or separate name and code. */
  enum Dept {
    NONE("none"),
    COMBINED("combined"),
    SEPARATE("separate");

    final String token;

    Dept(String token) {
      this.token = token;
    }
  }

  /** 项目起止时间: absent, one cell, or separate start and end. */
  enum Dates {
    NONE("none"),
    JOINED("joined"),
    SEPARATE("separate");

    final String token;

    Dates(String token) {
      this.token = token;
    }
  }

  /** 项目负责人 and 联系电话: absent, separate, or joined in one cell. */
  enum Person {
    NONE("none"),
    SEPARATE("separate"),
    JOINED("joined");

    final String token;

    Person(String token) {
      this.token = token;
    }
  }

  /** The sheet heading. */
  enum Heading {
    PLAIN("plain"),
    PREFIXED("prefixed"),
    OMITTED("omitted");

    final String token;

    Heading(String token) {
      this.token = token;
    }
  }

  /**
   * The dimensions of {@link ZooCase#family()} and the values each can take: the family string is
   * made of {@code key=value} tokens.
   */
  static final Map<String, List<String>> DIMENSIONS = dimensions();

  private static Map<String, List<String>> dimensions() {
    Map<String, List<String>> d = new LinkedHashMap<>();
    d.put("sheets", List.of("1", "2", "3"));
    d.put("title", List.of("yes", "no"));
    d.put("list", List.of("none", "plain", "extras"));
    d.put("fields", List.of("a", "b", "c", "d"));
    d.put("funding", List.of("F1", "F1+medium", "F2", "F3", "F4", "F5", "F6"));
    d.put("goals", List.of("labelled", "side-by-side"));
    d.put("placement", List.of("inline", "separate"));
    d.put("annual", List.of("none", "group-cell", "caption-row", "caption-paragraph", "value-label"));
    d.put("medium", List.of("absent", "group-cell", "caption-row", "caption-paragraph", "value-label"));
    d.put("levels", List.of("merged", "first-row", "repeated"));
    d.put("split", List.of("none", "repeated-header", "no-header"));
    d.put("columns", List.of("0", "1", "2", "3", "4"));
    d.put("signature", List.of("none", "paragraph", "row"));
    d.put("footer", List.of("none", "paragraph", "row"));
    d.put("heading", List.of("plain", "prefixed", "omitted"));
    d.put("dept", List.of("none", "combined", "separate"));
    d.put("dates", List.of("none", "joined", "separate"));
    d.put("person", List.of("none", "separate", "joined", "signature"));
    return d;
  }

  // ================================================================ word lists

  static final List<String> UNITS =
      List.of("怀远县人民政府办公室", "怀远县教育局", "怀远县财政局", "怀远县卫生健康委员会", "怀远县政务服务中心", "怀远县农业农村局", "蚌埠市生态环境局");
  static final List<String> NAME_SUBJECTS =
      List.of("督查考核", "政务公开", "热线服务", "档案管理", "安全巡查", "宣传教育", "物业管理", "信息化建设", "会议保障", "应急值守", "环境整治", "课程建设",
          "医疗救助", "设备维护", "业务培训");
  static final List<String> NAME_SUFFIXES = List.of("专项经费", "工作经费", "运行维护费", "补助经费", "业务费");
  static final List<String> CATEGORIES = List.of("专项业务费", "运转类", "特定目标类", "其他运转类", "一般性支出");
  static final List<String> SOURCES = List.of("本级申报", "上级下达", "县委县政府决定", "部门申报", "人大议案");
  static final List<String> ATTRIBUTES =
      List.of("新增项目", "延续项目", "新增项目□ 延续项目√", "新增项目√ 延续项目□", "☑新增 □延续", "经常性", "一次性");
  static final List<String> PERIODS = List.of("1年", "3年", "三年", "5年", "2年");
  /** The period of a sheet without medium-term goals. */
  static final String ONE_YEAR = PERIODS.get(0);
  static final List<String> PERSONS = List.of("张三", "李四", "王芳", "刘洋", "陈静", "赵磊");
  static final List<String> PHONES = List.of("13800000000", "0552-1234567", "13956781234", "0552-8012345", "18905521234");
  static final List<String> DEPT_CODES = List.of("003", "101", "205", "312001");
  static final List<String> GOAL_VERBS = List.of("完成", "保障", "提升", "确保", "推进", "做好");
  static final List<String> GOAL_OBJECTS = List.of("工作任务", "服务质量", "运行效率", "安全稳定", "规范化水平");
  static final List<String> FUNDING_SOURCES =
      List.of("财政拨款", "其他资金", "一般公共预算", "政府性基金预算", "单位资金", "上年结转", "自有资金", "事业收入");
  /** Weights end in .5 on every other row, as some units write them; {@link #weight} makes them add up to 100. */
  static final List<String> WEIGHTS = List.of("10", "5", "20", "2.5", "15");
  static final List<String> BASES = List.of("历史数据", "行业标准", "计划标准", "上级文件要求");
  static final List<String> SCORINGS = List.of("完成即得满分", "未完成按比例扣分");
  static final List<String> REMARKS = List.of("无", "常规工作", "重点工作");
  static final List<String> NOTE_LABELS = List.of("立项依据", "其他说明的问题", "项目概况", "实施计划");
  static final List<String> NOTE_TEXTS = List.of("依据县政府工作部署", "按照上级文件要求实施", "无", "分阶段稳步推进");
  static final List<String> FOOTER_PERSON_LABELS = List.of("填报人", "填表人", "经办人");
  static final List<String> FOOTER_DATE_LABELS = List.of("填报日期", "填表日期");
  static final List<String> LIST_EXTRA_HEADERS = List.of("主管部门", "备注", "责任科室");
  static final List<String> LIST_REMARKS = List.of("无", "常年性", "一次性");
  static final List<String> LIST_OFFICES = List.of("综合股", "财务股", "督查室");
  static final String NOISE_CHARACTERS = "壹贰叁肆伍陆柒捌玖";

  /** An indicator of the pools: level labels, name, and a quantitative or qualitative target. */
  record Spec(String level1, String level2, String name, String op, String number, String unit, String qualitative) {
    boolean isQualitative() {
      return qualitative != null;
    }
  }

  private static Spec q(String l1, String l2, String name, String op, String number, String unit) {
    return new Spec(l1, l2, name, op, number, unit, null);
  }

  private static Spec t(String l1, String l2, String name, String text) {
    return new Spec(l1, l2, name, "", "", "", text);
  }

  private static final String OUT = "产出指标";
  private static final String BEN = "效益指标";
  private static final String SAT = "满意度指标";

  private static final String COST = "成本指标";

  /**
   * The rows a table may take from one level-2 category: at least {@code min} of {@code specs}
   * (at most two), in tables of the frameworks listed.
   */
  record Pool(List<Spec> specs, int min, Set<IndicatorFramework> frameworks) {}

  private static Pool pool(int min, Set<IndicatorFramework> frameworks, Spec... specs) {
    return new Pool(List.of(specs), min, frameworks);
  }

  private static final Set<IndicatorFramework> BOTH = Set.of(IndicatorFramework.PRE_2021, IndicatorFramework.V2021);
  private static final Set<IndicatorFramework> PRE_2021 = Set.of(IndicatorFramework.PRE_2021);
  private static final Set<IndicatorFramework> V2021 = Set.of(IndicatorFramework.V2021);

  /**
   * The indicator pools, one per level-2 category, in table order. A table of a framework takes
   * rows from the pools of that framework, at least one from each pool with {@code min} 1: every
   * level-2 category of 产出 and one per other level-1 category, so that the table is complete.
   */
  static final List<Pool> INDICATOR_POOLS =
      List.of(
          pool(1, BOTH, q(OUT, "数量指标", "培训人次", "≥", "500", "人次"), q(OUT, "数量指标", "督查次数", "≥", "60", "次"),
              q(OUT, "数量指标", "巡查次数", "≥", "12", "次"), q(OUT, "数量指标", "宣传场次", "≥", "10", "场")),
          pool(1, BOTH, q(OUT, "质量指标", "验收合格率", "", "100", "%"), q(OUT, "质量指标", "问题整改率", "≥", "95", "%"),
              q(OUT, "质量指标", "设备完好率", "≥", "98", "%")),
          pool(1, BOTH, q(OUT, "时效指标", "任务完成及时率", "≥", "95", "%"), q(OUT, "时效指标", "问题处置时限", "≤", "5", "天")),
          pool(1, PRE_2021, q(OUT, "成本指标", "成本控制率", "≤", "100", "%"), q(OUT, "成本指标", "费用超支率", "≤", "5", "%")),
          pool(1, V2021, q(COST, "经济成本指标", "成本控制率", "≤", "100", "%"), q(COST, "经济成本指标", "费用超支率", "≤", "5", "%")),
          pool(0, V2021, t(COST, "社会成本指标", "社会负面影响", "无明显负面影响"), t(COST, "社会成本指标", "群众负担变化", "不适用")),
          pool(0, V2021, t(COST, "生态环境成本指标", "生态环境影响", "不适用")),
          pool(1, BOTH, t(BEN, "社会效益指标", "公共服务水平", "显著提升"), t(BEN, "社会效益指标", "群众办事便利度", "有所提升")),
          pool(0, BOTH, t(BEN, "经济效益指标", "营商环境改善情况", "持续改善")),
          pool(0, BOTH, t(BEN, "可持续影响指标", "长效机制建设", "逐步完善")),
          pool(1, BOTH, q(SAT, "服务对象满意度指标", "群众满意度", "≥", "90", "%"),
              q(SAT, "服务对象满意度指标", "服务对象满意度", "≥", "95", "%")));

  // ---------------------------------------------------------------- labels (all vocabulary variants)

  static final List<String> HEADINGS =
      List.of("项目支出绩效目标表", "项目支出绩效目标申报表", "项目绩效目标表", "项目绩效目标申报表", "绩效目标申报表", "项目支出绩效目标批复表",
          "项目支出绩效目标公开表");
  static final List<String> LIST_TITLES = List.of("项目支出绩效目标公开清单", "绩效目标公开清单");
  static final List<String> L_NAME = List.of("项目名称");
  static final List<String> L_CODE = List.of("项目编码", "项目代码", "项目编号");
  static final List<String> L_CATEGORY = List.of("项目类别", "项目类型");
  static final List<String> L_DEPT = List.of("主管部门及代码", "主管部门及编码", "主管部门（代码）", "主管部门及其代码");
  static final List<String> L_DEPT_NAME = List.of("主管部门", "主管单位", "主管部门名称");
  static final List<String> L_DEPT_CODE = List.of("主管部门编码", "主管部门代码", "部门编码");
  static final List<String> L_IMPL = List.of("实施单位", "项目实施单位", "执行单位");
  static final List<String> L_SOURCE = List.of("项目来源");
  static final List<String> L_ATTRIBUTE = List.of("项目属性", "项目性质");
  static final List<String> L_PERIOD = List.of("项目期", "项目周期", "实施周期");
  static final List<String> L_RESPONSIBLE = List.of("项目负责人", "项目责任人", "负责人");
  static final List<String> L_CONTACT = List.of("联系电话", "联系方式", "电话");
  static final List<String> L_RESP_CONTACT = List.of("项目负责人及电话", "负责人及联系电话", "项目负责人及联系方式");
  static final List<String> L_START_END = List.of("项目起止时间", "起止时间", "实施起止时间");
  static final List<String> L_START = List.of("项目开始时间", "开始时间", "开始日期");
  static final List<String> L_END = List.of("项目结束时间", "结束时间", "完成时间");
  static final List<String> L_SIGN_PERSON = List.of("项目责任人", "项目负责人");
  static final List<String> L_SEAL = List.of("单位（盖章）", "填报单位（盖章）");
  static final List<String> L_FUND_GROUP = List.of("项目资金", "资金情况", "项目资金情况", "资金投入情况");
  static final List<String> L_FUND_TOTAL = List.of("年度资金总额", "资金总额", "年度预算总额");
  static final List<String> L_FUND_MEDIUM_TOTAL = List.of("中期资金总额", "实施期资金总额", "中长期资金总额");
  static final List<String> L_FUND_TABLE_TOTAL = List.of("资金总额", "合计", "总额");
  static final List<String> L_FUND_HEADER = List.of("资金来源", "来源", "资金性质");
  static final List<String> L_FUND_ANNUAL = List.of("年度金额", "年度", "年度资金");
  static final List<String> L_FUND_MEDIUM = List.of("中期金额", "中期", "中期资金");
  static final List<String> L_GOAL_ANNUAL = List.of("年度目标", "年度绩效目标", "年度总体目标");
  static final List<String> L_GOAL_MEDIUM = List.of("中长期目标", "总体目标", "长期目标");
  static final List<String> L_LEVEL1 = List.of("一级指标", "一级");
  static final List<String> L_LEVEL2 = List.of("二级指标", "二级");
  static final List<String> L_LEVEL3 = List.of("三级指标", "指标名称", "指标内容");
  static final List<String> L_VALUE = List.of("指标值", "目标值");
  static final List<String> L_UNIT = List.of("计量单位", "度量单位");
  static final List<String> L_COMPARATOR = List.of("指标性质", "计算符号");
  static final List<String> L_WEIGHT = List.of("权重", "分值", "权重（分）");
  static final List<String> L_BASIS = List.of("指标值设定依据", "指标解释");
  static final List<String> L_SCORING = List.of("评分细则", "评分标准");
  static final List<String> L_REMARK = List.of("备注");
  static final List<String> L_ANNUAL_SECTION = List.of("年度绩效指标", "年度绩效指标表");
  static final List<String> L_MEDIUM_SECTION = List.of("中长期绩效指标", "长期绩效指标", "中长期绩效指标表", "总目标绩效指标");
  static final List<String> L_MEDIUM_VALUE = List.of("中长期指标值", "长期指标值");

  /** Every field label this zoo writes in a sheet's field rows. */
  static final List<List<String>> FIELD_LABELS =
      List.of(L_NAME, L_CODE, L_CATEGORY, L_DEPT, L_DEPT_NAME, L_DEPT_CODE, L_IMPL, L_SOURCE, L_ATTRIBUTE, L_PERIOD,
          L_RESPONSIBLE, L_CONTACT, L_RESP_CONTACT, L_START_END, L_START, L_END);

  /** Every label this zoo writes, for checking them against the vocabulary. */
  static final List<List<String>> ALL_LABELS = allLabels();

  private static List<List<String>> allLabels() {
    List<List<String>> all = new ArrayList<>(FIELD_LABELS);
    all.addAll(List.of(HEADINGS, LIST_TITLES, L_SIGN_PERSON, L_SEAL, L_FUND_GROUP, L_FUND_TOTAL, L_FUND_MEDIUM_TOTAL,
        L_FUND_TABLE_TOTAL, L_FUND_HEADER, L_FUND_ANNUAL, L_FUND_MEDIUM, L_GOAL_ANNUAL, L_GOAL_MEDIUM, L_LEVEL1, L_LEVEL2,
        L_LEVEL3, L_VALUE, List.of("年度指标值"), L_UNIT, L_COMPARATOR, L_WEIGHT, L_BASIS, L_SCORING, L_REMARK,
        L_ANNUAL_SECTION, L_MEDIUM_SECTION, L_MEDIUM_VALUE, NOTE_LABELS, FOOTER_PERSON_LABELS, FOOTER_DATE_LABELS,
        List.of("序号", "项目名称", "预算金额（万元）", "合计")));
    return List.copyOf(all);
  }

  private static final Set<String> FIELD_KEYS = fieldKeys();

  private static Set<String> fieldKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (List<String> variants : FIELD_LABELS) {
      for (String v : variants) {
        keys.add(normalize(v));
      }
    }
    return keys;
  }

  // ================================================================ plans (what the arbitraries draw)

  /** Cosmetic choices: style 0 writes standard labels plainly; 1 picks variants; 2 also decorates. */
  record Look(int style, long seed) {}

  record ListPlan(boolean present, List<String> extras, boolean total, int totalStyle, boolean note, int classified,
      boolean roundTo1, boolean headerMarked) {}

  record DocPlan(List<SheetPlan> sheets, boolean title, String unit, int year, ListPlan list, Look look,
      IndicatorFramework framework) {}

  record Identity(String subject, String suffix, String code, String category, String deptCode, String deptName,
      String implementingUnit, String source) {
    String name() {
      return subject + suffix;
    }
  }

  record Note(String label, String text) {}

  record Details(String attribute, String period, String person, String phone, boolean dayPrecision, List<Note> notes,
      String footerPerson, int footerParts) {}

  record Money(List<String> sources, List<Long> cents, int mediumFactor, List<Long> yuanCents) {}

  record GoalTexts(String annual, String medium) {}

  /** The rows drawn from each pool of {@link #INDICATOR_POOLS}, in pool order. */
  record Picks(List<Set<Spec>> perPool) {
    /** The rows of a table of a framework, in table order. */
    List<Spec> rows(IndicatorFramework framework) {
      List<Spec> rows = new ArrayList<>();
      for (int i = 0; i < perPool.size(); i++) {
        Pool pool = INDICATOR_POOLS.get(i);
        if (pool.frameworks().contains(framework)) {
          for (Spec s : pool.specs()) {
            if (perPool.get(i).contains(s)) {
              rows.add(s);
            }
          }
        }
      }
      return List.copyOf(rows);
    }
  }

  record Indicators(Picks annual, Picks medium) {}

  record Shape(Fields fields, Funding funding, GoalsLayout goals, Placement placement, Marker annual, Marker medium,
      Levels levels, Split split) {}

  record Flags(boolean yearLine, boolean mediumGoals, boolean mediumIndicators, boolean stackedMedium) {}

  record Options(List<IndicatorColumn> columns, Line signature, Line footer, Dept dept, Dates dates, Person person,
      Heading heading, Flags flags) {}

  record SheetPlan(Identity identity, Details details, Money money, GoalTexts goals, Indicators indicators, Shape shape,
      Options options, Look look) {}

  // ================================================================ arbitraries

  static Arbitrary<DocPlan> documents() {
    Arbitrary<List<SheetPlan>> sheets =
        sheets().list().ofMinSize(1).ofMaxSize(3).uniqueElements(s -> s.identity().name());
    return Combinators.combine(sheets, Arbitraries.of(false, true), Arbitraries.of(UNITS),
            Arbitraries.integers().between(2021, 2026), lists(), looks(),
            Arbitraries.of(IndicatorFramework.PRE_2021, IndicatorFramework.V2021))
        .as(DocPlan::new);
  }

  private static Arbitrary<Look> looks() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs()).as(Look::new);
  }

  private static Arbitrary<ListPlan> lists() {
    return Combinators.combine(
            Arbitraries.of(false, true),
            Arbitraries.of(LIST_EXTRA_HEADERS).list().uniqueElements().ofMaxSize(2),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(ListPlan::new);
  }

  private static Arbitrary<SheetPlan> sheets() {
    return Combinators.combine(identities(), details(), money(), goalTexts(), indicators(), shapes(), options(), looks())
        .as(SheetPlan::new);
  }

  private static Arbitrary<Identity> identities() {
    return Combinators.combine(
            Arbitraries.of(NAME_SUBJECTS),
            Arbitraries.of(NAME_SUFFIXES),
            Arbitraries.strings().numeric().ofLength(8).map(s -> "3403" + s).injectNull(0.3),
            Arbitraries.of(CATEGORIES).injectNull(0.3),
            Arbitraries.of(DEPT_CODES),
            Arbitraries.of(UNITS),
            Arbitraries.of(UNITS).injectNull(0.3),
            Arbitraries.of(SOURCES).injectNull(0.3))
        .as(Identity::new);
  }

  private static Arbitrary<Details> details() {
    Arbitrary<List<Note>> notes =
        Combinators.combine(Arbitraries.of(NOTE_LABELS), Arbitraries.of(NOTE_TEXTS))
            .as(Note::new)
            .list()
            .ofMaxSize(2)
            .uniqueElements(Note::label);
    return Combinators.combine(
            Arbitraries.of(ATTRIBUTES).injectNull(0.3),
            Arbitraries.of(PERIODS).injectNull(0.3),
            Arbitraries.of(PERSONS),
            Arbitraries.of(PHONES),
            Arbitraries.of(false, true),
            notes,
            Arbitraries.of(PERSONS),
            Arbitraries.integers().between(0, 3))
        .as(Details::new);
  }

  private static Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.of(FUNDING_SOURCES).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            Arbitraries.longs().between(0, 2_000_000).list().ofSize(3),
            Arbitraries.integers().between(1, 3),
            Arbitraries.longs().between(0, 999_999).list().ofSize(3))
        .as(Money::new);
  }

  private static Arbitrary<String> goalText() {
    Arbitrary<String> sentence =
        Combinators.combine(Arbitraries.of(GOAL_VERBS), Arbitraries.of(NAME_SUBJECTS), Arbitraries.of(GOAL_OBJECTS))
            .as((v, s, o) -> v + s + o);
    return Combinators.combine(sentence.list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 2))
        .as((sentences, numbering) -> {
          if (numbering == 0 || sentences.size() == 1) {
            return String.join("，", sentences) + "。";
          }
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
              b.append(numbering == 1 ? "\n" : " ");
            }
            b.append("目标").append(i + 1).append("：").append(sentences.get(i)).append("。");
          }
          return b.toString();
        });
  }

  private static Arbitrary<GoalTexts> goalTexts() {
    return Combinators.combine(goalText(), goalText()).as(GoalTexts::new);
  }

  private static Arbitrary<Picks> indicatorTables() {
    List<Arbitrary<Set<Spec>>> parts = new ArrayList<>();
    for (Pool pool : INDICATOR_POOLS) {
      parts.add(Arbitraries.subsetOf(pool.specs()).ofMinSize(pool.min()).ofMaxSize(2));
    }
    return Combinators.combine(parts).as(sets -> new Picks(List.copyOf(sets)));
  }

  private static Arbitrary<Indicators> indicators() {
    return Combinators.combine(indicatorTables(), indicatorTables()).as(Indicators::new);
  }

  private static Arbitrary<Shape> shapes() {
    return Combinators.combine(
            Arbitraries.of(Fields.class),
            Arbitraries.of(Funding.class),
            Arbitraries.of(GoalsLayout.class),
            Arbitraries.of(Placement.class),
            Arbitraries.of(Marker.class),
            Arbitraries.of(Marker.GROUP_CELL, Marker.CAPTION_ROW, Marker.CAPTION_PARAGRAPH, Marker.VALUE_LABEL),
            Arbitraries.of(Levels.class),
            Arbitraries.of(Split.class))
        .as(Shape::new);
  }

  private static Arbitrary<Options> options() {
    Arbitrary<Flags> flags =
        Combinators.combine(Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.of(false, true))
            .as(Flags::new);
    return Combinators.combine(
            Arbitraries.of(IndicatorColumn.values()).list().uniqueElements().ofMaxSize(4),
            Arbitraries.of(Line.class),
            Arbitraries.of(Line.class),
            Arbitraries.of(Dept.class),
            Arbitraries.of(Dates.class),
            Arbitraries.of(Person.class),
            Arbitraries.of(Heading.class),
            flags)
        .as(Options::new);
  }

  // ================================================================ rendering: the document

  static ZooCase render(DocPlan plan) {
    Deco deco = new Deco(plan.look());
    boolean multi = plan.sheets().size() > 1;
    boolean title = plan.title() || multi;
    boolean list = plan.list().present() || multi;
    Disclosure.Builder doc = Disclosure.builder();
    List<Object> drafts = new ArrayList<>();
    StringBuilder family = new StringBuilder();
    family.append("doc(sheets=").append(plan.sheets().size()).append(" title=").append(title ? "yes" : "no");

    if (title) {
      String text = plan.unit() + plan.year() + "年度项目支出绩效目标";
      drafts.add(text);
      doc.title(text).unit(plan.unit()).year(plan.year());
    }

    List<Object> sheetDrafts = new ArrayList<>();
    List<BudgetItem> items = new ArrayList<>();
    List<String> sheetFamilies = new ArrayList<>();
    for (int i = 0; i < plan.sheets().size(); i++) {
      SheetPlan sp = plan.sheets().get(i);
      StringBuilder f = new StringBuilder();
      items.add(renderSheet(sp, plan, multi, sheetDrafts, f));
      sheetFamilies.add("s" + (i + 1) + "(" + f.toString().trim() + ")");
    }

    if (list) {
      ListPlan lp = plan.list();
      String listTitle = deco.pick(LIST_TITLES);
      drafts.add(listTitle);
      doc.listTitle(listTitle);
      List<String> extras = lp.extras();
      Grid g = new Grid(3 + extras.size());
      List<String> header = new ArrayList<>(List.of("序号", "项目名称", "预算金额（万元）"));
      header.addAll(extras);
      g.line(0, header.toArray(String[]::new));
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < items.size(); i++) {
        BudgetItem item = items.get(i);
        BigDecimal amount = item.getAnnualFunding().orElseThrow().getTotal()
            .setScale(lp.roundTo1() ? 1 : 2, RoundingMode.HALF_UP);
        sum = sum.add(amount);
        List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), item.getName(), amount.toPlainString()));
        DisclosureListEntry.Builder entry = DisclosureListEntry.builder().sequence(i + 1).name(item.getName()).amount(amount);
        for (String h : extras) {
          String value = switch (h) {
            case "主管部门" -> plan.sheets().get(i).identity().deptName();
            case "备注" -> LIST_REMARKS.get(i % LIST_REMARKS.size());
            default -> LIST_OFFICES.get(i % LIST_OFFICES.size());
          };
          row.add(value);
          entry.addExtra(LabelledText.of(h, value));
        }
        g.line(0, row.toArray(String[]::new));
        doc.addListEntry(entry.build());
      }
      if (lp.total()) {
        int r = g.addRow();
        switch (lp.totalStyle()) {
          case 0 -> {
            g.put(r, 0, 1, 1, "合计");
            g.put(r, 1, 1, 1, "");
          }
          case 1 -> g.put(r, 0, 1, 1, "合计");
          default -> g.put(r, 0, 1, 2, "合计");
        }
        g.put(r, 2, 1, 1, sum.toPlainString());
        doc.listTotal(sum);
      }
      drafts.add(g.draft(lp.headerMarked() ? 1 : 0));
      if (lp.note()) {
        String note = "注：本单位" + lp.classified() + "个涉密项目除外。";
        drafts.add(note);
        doc.classifiedNote(note);
      }
      family.append(" list=").append(extras.isEmpty() ? "plain" : "extras");
      family.append(lp.total() ? " total" : "").append(lp.note() ? " note" : "").append(lp.roundTo1() ? " rounded" : "");
    } else {
      family.append(" list=none");
    }
    family.append(") ").append(String.join(" ", sheetFamilies));
    drafts.addAll(sheetDrafts);
    doc.addAllItems(items);
    return new ZooCase(family.toString(), doc.build(), located(drafts));
  }

  // ================================================================ rendering: one sheet

  /** A label/value pair of the field rows. */
  private record Pair(String label, String value) {}

  private static BudgetItem renderSheet(SheetPlan sp, DocPlan doc, boolean multi, List<Object> out, StringBuilder family) {
    Deco deco = new Deco(sp.look());
    Identity id = sp.identity();
    Details det = sp.details();
    Shape shape = sp.shape();
    Options opt = sp.options();
    int year = doc.year();
    BudgetItem.Builder item = BudgetItem.builder().name(id.name());

    // ---- resolve the structural choices that depend on others
    Heading heading = opt.heading() == Heading.OMITTED && multi ? Heading.PLAIN : opt.heading();
    Funding funding = shape.funding();
    boolean mediumFunding = funding == Funding.F3 || funding == Funding.F4 || (funding == Funding.F1 && opt.flags().stackedMedium());
    boolean mediumGoals = opt.flags().mediumGoals() || shape.goals() == GoalsLayout.SIDE_BY_SIDE;
    GoalsLayout goalsLayout = shape.goals();
    Placement placement = shape.placement();
    Marker annualMarker = shape.annual();
    Marker mediumMarker = opt.flags().mediumIndicators() ? shape.medium() : null;
    if (placement == Placement.INLINE) {
      annualMarker = annualMarker == Marker.CAPTION_PARAGRAPH ? Marker.CAPTION_ROW : annualMarker;
      mediumMarker = mediumMarker == Marker.CAPTION_PARAGRAPH ? Marker.CAPTION_ROW : mediumMarker;
    }
    List<Spec> annualRows = sp.indicators().annual().rows(doc.framework());
    Split split = shape.split();
    if (placement == Placement.INLINE || annualRows.size() < 2 || annualMarker == Marker.GROUP_CELL
        || annualMarker == Marker.CAPTION_ROW) {
      split = Split.NONE;
    }
    Line signature = opt.signature();
    Line footer = opt.footer();
    List<IndicatorColumn> columns = opt.columns();

    family.append("fields=").append(shape.fields().token)
        .append(" funding=").append(funding == Funding.F1 && mediumFunding ? "F1+medium" : funding.name())
        .append(" goals=").append(goalsLayout.token)
        .append(" placement=").append(placement.token)
        .append(" annual=").append(annualMarker.token)
        .append(" medium=").append(mediumMarker == null ? "absent" : mediumMarker.token)
        .append(" levels=").append(shape.levels().token)
        .append(" split=").append(split.token)
        .append(" columns=").append(columns.size())
        .append(" signature=").append(signature.token)
        .append(" footer=").append(footer.token)
        .append(" heading=").append(heading.token)
        .append(" dept=").append(opt.dept().token)
        .append(" dates=").append(opt.dates().token)
        .append(" person=").append(signature != Line.NONE ? "signature" : opt.person().token);
    if (opt.flags().yearLine()) {
      family.append(" yearline");
    }

    // ---- paragraphs before the sheet table
    if (heading != Heading.OMITTED) {
      out.add((heading == Heading.PREFIXED ? id.name() : "") + deco.pick(HEADINGS));
    }
    if (opt.flags().yearLine()) {
      out.add("（" + year + "年度）");
      item.year(year);
    }
    String signPerson = deco.pick(L_SIGN_PERSON);
    String sealLabel = deco.pick(L_SEAL);
    if (signature == Line.PARAGRAPH) {
      out.add(signPerson + "：" + det.person() + "　" + sealLabel + "：" + id.deptName());
    }
    if (signature != Line.NONE) {
      item.responsiblePerson(det.person()).sealUnit(id.deptName());
    }

    // ---- the field pairs
    List<Pair> pairs = new ArrayList<>();
    pairs.add(new Pair(deco.label(deco.pick(L_NAME), "（全称）"), id.name()));
    if (id.code() != null) {
      pairs.add(new Pair(deco.label(deco.pick(L_CODE), null), id.code()));
      item.code(id.code());
    }
    if (id.category() != null) {
      pairs.add(new Pair(deco.label(deco.pick(L_CATEGORY), null), id.category()));
      item.category(id.category());
    }
    switch (opt.dept()) {
      case COMBINED -> {
        String written = deco.pick(List.of("[", "【", "［")) + id.deptCode();
        written += switch (written.charAt(0)) {
          case '【' -> "】";
          case '［' -> "］";
          default -> "]";
        };
        written += id.deptName();
        pairs.add(new Pair(deco.label(deco.pick(L_DEPT), null), written));
        item.department(SupervisingDepartment.parse(written));
      }
      case SEPARATE -> {
        pairs.add(new Pair(deco.label(deco.pick(L_DEPT_NAME), null), id.deptName()));
        pairs.add(new Pair(deco.label(deco.pick(L_DEPT_CODE), null), id.deptCode()));
        item.department(SupervisingDepartment.of(id.deptCode(), id.deptName()));
      }
      default -> {}
    }
    if (id.implementingUnit() != null) {
      pairs.add(new Pair(deco.label(deco.pick(L_IMPL), null), id.implementingUnit()));
      item.implementingUnit(id.implementingUnit());
    }
    if (id.source() != null) {
      pairs.add(new Pair(deco.label(deco.pick(L_SOURCE), null), id.source()));
      item.source(id.source());
    }
    if (det.attribute() != null) {
      pairs.add(new Pair(deco.label(deco.pick(L_ATTRIBUTE), null), det.attribute()));
      item.attribute(det.attribute());
    }
    if (det.period() != null) {
      // a project of more than one year states medium-term goals (JX-GOAL-001): without them, one year
      String period = mediumGoals || ProjectPeriod.of(det.period()).years().orElse(1) <= 1 ? det.period() : ONE_YEAR;
      pairs.add(new Pair(deco.label(deco.pick(L_PERIOD), "（年）"), period));
      item.period(ProjectPeriod.of(period));
    }
    String start = year + "年1月" + (det.dayPrecision() ? "1日" : "");
    String end = year + "年12月" + (det.dayPrecision() ? "31日" : "");
    switch (opt.dates()) {
      case JOINED -> {
        pairs.add(new Pair(deco.label(deco.pick(L_START_END), null), start + "至" + end));
        item.start(start).end(end);
      }
      case SEPARATE -> {
        pairs.add(new Pair(deco.label(deco.pick(L_START), null), start));
        pairs.add(new Pair(deco.label(deco.pick(L_END), null), end));
        item.start(start).end(end);
      }
      default -> {}
    }
    if (signature != Line.NONE) {
      if (opt.person() != Person.NONE) {
        pairs.add(new Pair(deco.label(deco.pick(L_CONTACT), null), det.phone()));
        item.contact(det.phone());
      }
    } else if (opt.person() == Person.SEPARATE) {
      pairs.add(new Pair(deco.label(deco.pick(L_RESPONSIBLE), null), det.person()));
      pairs.add(new Pair(deco.label(deco.pick(L_CONTACT), null), det.phone()));
      item.responsiblePerson(det.person()).contact(det.phone());
    } else if (opt.person() == Person.JOINED) {
      pairs.add(new Pair(deco.label(deco.pick(L_RESP_CONTACT), null), det.person() + " " + det.phone()));
      item.responsiblePerson(det.person()).contact(det.phone());
    }

    // ---- funding amounts
    Money money = sp.money();
    int n = money.sources().size();
    boolean yuan = funding == Funding.F5;
    List<BigDecimal> writtenAnnual = new ArrayList<>();
    List<BigDecimal> writtenMedium = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal wan = BigDecimal.valueOf(money.cents().get(i), 2);
      if (yuan) {
        writtenAnnual.add(wan.movePointRight(4).setScale(2).add(BigDecimal.valueOf(money.yuanCents().get(i), 2)));
      } else {
        writtenAnnual.add(wan);
      }
      writtenMedium.add(wan.multiply(BigDecimal.valueOf(money.mediumFactor())));
    }
    BigDecimal annualTotal = writtenAnnual.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    BigDecimal mediumTotal = writtenMedium.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    AmountUnit unit = yuan ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
    FundingSplit.Builder annualSplit = FundingSplit.builder().total(unit.toWanYuan(annualTotal));
    if (yuan) {
      annualSplit.unit(AmountUnit.YUAN);
    }
    FundingSplit.Builder mediumSplit = FundingSplit.builder().total(mediumTotal);
    for (int i = 0; i < n; i++) {
      annualSplit.addSource(FundingSource.of(money.sources().get(i), unit.toWanYuan(writtenAnnual.get(i))));
      mediumSplit.addSource(FundingSource.of(money.sources().get(i), writtenMedium.get(i)));
    }
    item.annualFunding(annualSplit.build());
    if (mediumFunding) {
      item.mediumTermFunding(mediumSplit.build());
    }

    // ---- goals
    item.annualGoals(Goals.of(sp.goals().annual()));
    if (mediumGoals) {
      item.mediumTermGoals(Goals.of(sp.goals().medium()));
    }

    // ---- indicator columns: the level-3 column is followed by the value and the optional columns
    List<IndicatorColumn> tail = new ArrayList<>(columns);
    int valueAt = deco.style == 0 ? 0 : deco.random.nextInt(columns.size() + 1);
    tail.add(valueAt, null); // null stands for the 指标值 column
    List<Spec> mediumRows = mediumMarker == null ? List.of() : sp.indicators().medium().rows(doc.framework());
    IndicatorTable annualTable = indicatorModel(annualRows, columns);
    item.annualIndicators(annualTable);
    if (mediumMarker != null) {
      item.mediumTermIndicators(indicatorModel(mediumRows, columns));
    }

    // ---- notes and footer
    List<Pair> footerPairs = new ArrayList<>();
    if (footer != Line.NONE) {
      footerPairs.add(new Pair(deco.pick(FOOTER_PERSON_LABELS), det.footerPerson()));
      if ((det.footerParts() & 1) != 0) {
        footerPairs.add(new Pair("联系电话", PHONES.get((PHONES.indexOf(det.phone()) + 1) % PHONES.size())));
      }
      if ((det.footerParts() & 2) != 0) {
        footerPairs.add(new Pair(deco.pick(FOOTER_DATE_LABELS), year + "年1月5日"));
      }
    }
    for (Note note : det.notes()) {
      item.addExtra(LabelledText.of(note.label(), note.text()));
    }
    for (Pair p : footerPairs) {
      item.addExtra(LabelledText.of(p.label(), p.value()));
    }

    // ---- the width of the sheet table
    int width = switch (shape.fields()) {
      case A -> 4;
      case B -> 2;
      case C -> 6;
      case D -> 3;
    };
    if (signature == Line.ROW) {
      width = Math.max(width, 4);
    }
    width = Math.max(width, switch (funding) {
      case F1, F5 -> 3;
      case F2 -> 2 + n;
      case F3 -> 5;
      case F4 -> 4;
      case F6 -> 2 + 2 * n;
    });
    int indicatorColumns = 3 + tail.size();
    if (placement == Placement.INLINE) {
      width = Math.max(width, indicatorColumns + (annualMarker == Marker.GROUP_CELL ? 1 : 0));
      if (mediumMarker != null) {
        width = Math.max(width, indicatorColumns + (mediumMarker == Marker.GROUP_CELL ? 1 : 0));
      }
      if (footer == Line.ROW) {
        width = Math.max(width, 2 * footerPairs.size());
      }
    }

    Grid sheet = new Grid(width);
    if (signature == Line.ROW) {
      pairRows(sheet, List.of(new Pair(signPerson + "：", det.person()), new Pair(sealLabel + "：", id.deptName())), 2);
    }
    if (shape.fields() == Fields.D) {
      stackedRows(sheet, pairs, shape.fields().perRow);
    } else {
      pairRows(sheet, pairs, shape.fields().perRow);
    }
    renderFunding(sheet, deco, funding, mediumFunding, money.sources(), writtenAnnual, annualTotal, writtenMedium, mediumTotal);
    renderGoals(sheet, deco, goalsLayout, sp.goals(), mediumGoals, year);

    IndicatorStyle style = new IndicatorStyle(tail, shape.levels(), deco);
    if (placement == Placement.INLINE) {
      renderIndicatorsInline(sheet, style, annualRows, annualMarker, false);
      if (mediumMarker != null) {
        renderIndicatorsInline(sheet, style, mediumRows, mediumMarker, true);
      }
      renderNotes(sheet, deco, det.notes());
      if (footer == Line.ROW) {
        pairRows(sheet, colonLabels(deco, footerPairs), footerPairs.size());
      }
      out.add(sheet.draft(0));
    } else {
      out.add(sheet.draft(0));
      renderIndicatorsSeparate(out, style, annualRows, annualMarker, false, split);
      if (mediumMarker != null) {
        renderIndicatorsSeparate(out, style, mediumRows, mediumMarker, true, Split.NONE);
      }
      if (!det.notes().isEmpty() || footer == Line.ROW) {
        Grid trailing = new Grid(Math.max(2, footer == Line.ROW ? 2 * footerPairs.size() : 2));
        renderNotes(trailing, deco, det.notes());
        if (footer == Line.ROW) {
          pairRows(trailing, colonLabels(deco, footerPairs), footerPairs.size());
        }
        out.add(trailing.draft(0));
      }
    }
    if (footer == Line.PARAGRAPH) {
      StringBuilder b = new StringBuilder();
      for (Pair p : footerPairs) {
        if (b.length() > 0) {
          b.append("　");
        }
        b.append(p.label()).append("：").append(p.value());
      }
      out.add(b.toString());
    }
    return item.build();
  }

  private static List<Pair> colonLabels(Deco deco, List<Pair> pairs) {
    List<Pair> labelled = new ArrayList<>();
    for (Pair p : pairs) {
      labelled.add(new Pair(p.label() + (deco.maybe(0.5) ? "：" : ""), p.value()));
    }
    return labelled;
  }

  private static void renderNotes(Grid g, Deco deco, List<Note> notes) {
    for (Note note : notes) {
      g.line(0, note.label() + (deco.maybe(0.4) ? "：" : ""), note.text());
    }
  }

  // ---------------------------------------------------------------- field rows

  private static int[] slots(int width, int count) {
    int[] widths = new int[count];
    for (int i = 0; i < count; i++) {
      widths[i] = width / count + (i < width % count ? 1 : 0);
    }
    return widths;
  }

  /** Rows of {@code perRow} label/value pairs; the last value of a row spans to the table's width. */
  private static void pairRows(Grid g, List<Pair> pairs, int perRow) {
    for (int i = 0; i < pairs.size(); i += perRow) {
      List<Pair> chunk = pairs.subList(i, Math.min(pairs.size(), i + perRow));
      int r = g.addRow();
      int[] widths = slots(g.width, chunk.size());
      int c = 0;
      for (int k = 0; k < chunk.size(); k++) {
        g.put(r, c, 1, 1, chunk.get(k).label());
        g.put(r, c + 1, 1, widths[k] - 1, chunk.get(k).value());
        c += widths[k];
      }
    }
  }

  /** Rows of labels with their values in the row below. */
  private static void stackedRows(Grid g, List<Pair> pairs, int perRow) {
    for (int i = 0; i < pairs.size(); i += perRow) {
      List<Pair> chunk = pairs.subList(i, Math.min(pairs.size(), i + perRow));
      int r = g.addRow();
      int below = g.addRow();
      int[] widths = slots(g.width, chunk.size());
      int c = 0;
      for (int k = 0; k < chunk.size(); k++) {
        g.put(r, c, 1, widths[k], chunk.get(k).label());
        g.put(below, c, 1, widths[k], chunk.get(k).value());
        c += widths[k];
      }
    }
  }

  // ---------------------------------------------------------------- funding

  private static String amount(BigDecimal a) {
    return a.toPlainString();
  }

  private static void renderFunding(Grid g, Deco deco, Funding funding, boolean medium, List<String> sources,
      List<BigDecimal> annual, BigDecimal annualTotal, List<BigDecimal> mediumAmounts, BigDecimal mediumTotal) {
    int n = sources.size();
    String group = deco.label(deco.pick(L_FUND_GROUP), funding == Funding.F5 ? "（元）" : "（万元）", funding == Funding.F5);
    String firstPrefix = deco.pick(List.of("其中：", "其中:", "其中 ", ""));
    int start = g.rows;
    switch (funding) {
      case F1, F5 -> {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {deco.colon(deco.pick(L_FUND_TOTAL)), amount(annualTotal)});
        for (int i = 0; i < n; i++) {
          rows.add(new String[] {(i == 0 ? firstPrefix : "") + deco.colon(sources.get(i)), amount(annual.get(i))});
        }
        if (medium) {
          rows.add(new String[] {deco.colon(deco.pick(L_FUND_MEDIUM_TOTAL)), amount(mediumTotal)});
          for (int i = 0; i < n; i++) {
            rows.add(new String[] {(i == 0 ? firstPrefix : "") + sources.get(i), amount(mediumAmounts.get(i))});
          }
        }
        for (String[] row : rows) {
          g.line(1, row);
        }
        g.put(start, 0, rows.size(), 1, group);
      }
      case F2 -> {
        List<String> labels = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        labels.add(deco.pick(L_FUND_TOTAL));
        amounts.add(amount(annualTotal));
        for (int i = 0; i < n; i++) {
          labels.add((i == 0 ? firstPrefix : "") + sources.get(i));
          amounts.add(amount(annual.get(i)));
        }
        g.line(1, labels.toArray(String[]::new));
        g.line(1, amounts.toArray(String[]::new));
        g.put(start, 0, 2, 1, group);
      }
      case F3 -> {
        g.line(1, deco.pick(L_FUND_TOTAL), amount(annualTotal), deco.pick(L_FUND_MEDIUM_TOTAL), amount(mediumTotal));
        for (int i = 0; i < n; i++) {
          String label = (i == 0 ? firstPrefix : "") + sources.get(i);
          g.line(1, label, amount(annual.get(i)), label, amount(mediumAmounts.get(i)));
        }
        g.put(start, 0, 1 + n, 1, group);
      }
      case F4 -> {
        g.line(1, deco.pick(L_FUND_HEADER), deco.pick(L_FUND_ANNUAL), deco.pick(L_FUND_MEDIUM));
        g.line(1, deco.pick(L_FUND_TABLE_TOTAL), amount(annualTotal), amount(mediumTotal));
        for (int i = 0; i < n; i++) {
          g.line(1, (i == 0 ? firstPrefix : "") + sources.get(i), amount(annual.get(i)), amount(mediumAmounts.get(i)));
        }
        g.put(start, 0, 2 + n, 1, group);
      }
      case F6 -> {
        List<String> cells = new ArrayList<>();
        cells.add(deco.label(deco.pick(L_FUND_TOTAL), "（万元）"));
        cells.add(amount(annualTotal));
        for (int i = 0; i < n; i++) {
          cells.add(sources.get(i));
          cells.add(amount(annual.get(i)));
        }
        g.line(0, cells.toArray(String[]::new));
      }
    }
  }

  // ---------------------------------------------------------------- goals

  private static void renderGoals(Grid g, Deco deco, GoalsLayout layout, GoalTexts texts, boolean medium, int year) {
    String annualLabel = deco.label(deco.pick(L_GOAL_ANNUAL), null);
    String mediumBase = deco.pick(L_GOAL_MEDIUM);
    String hint = mediumBase.equals("中长期目标") ? "（" + (year + 1) + "-" + (year + 3) + "年）" : null;
    String mediumLabel = deco.label(mediumBase, hint);
    if (layout == GoalsLayout.SIDE_BY_SIDE && medium) {
      int half = g.width / 2;
      int r = g.addRow();
      g.put(r, 0, 1, half, annualLabel);
      g.put(r, half, 1, g.width - half, mediumLabel);
      int below = g.addRow();
      g.put(below, 0, 1, half, texts.annual());
      g.put(below, half, 1, g.width - half, texts.medium());
      return;
    }
    boolean mediumFirst = medium && deco.maybe(0.3);
    if (mediumFirst) {
      g.line(0, mediumLabel, texts.medium());
    }
    g.line(0, annualLabel, texts.annual());
    if (medium && !mediumFirst) {
      g.line(0, mediumLabel, texts.medium());
    }
  }

  // ---------------------------------------------------------------- indicators

  /** How a sheet writes its indicator tables: the columns after 三级指标, level cells, and cosmetics. */
  private record IndicatorStyle(List<IndicatorColumn> tail, Levels levels, Deco deco) {}

  private static String comparatorCell(Spec s) {
    if (s.isQualitative()) {
      return "定性";
    }
    return s.op().isEmpty() ? "=" : s.op();
  }

  private static String valueCell(Spec s, boolean comparatorColumn, boolean unitColumn) {
    if (s.isQualitative()) {
      return s.qualitative();
    }
    return (comparatorColumn ? "" : s.op()) + s.number() + (unitColumn ? "" : s.unit());
  }

  private static String optionalCell(IndicatorColumn column, Spec s, int index, int rowCount) {
    return switch (column) {
      case UNIT -> s.isQualitative() ? "/" : s.unit();
      case COMPARATOR -> comparatorCell(s);
      case WEIGHT -> weight(index, rowCount);
      case BASIS -> BASES.get(index % BASES.size());
      case SCORING -> SCORINGS.get(index % SCORINGS.size());
      case REMARK -> REMARKS.get(index % REMARKS.size());
    };
  }

  private static IndicatorTable indicatorModel(List<Spec> rows, List<IndicatorColumn> columns) {
    boolean comparator = columns.contains(IndicatorColumn.COMPARATOR);
    boolean unit = columns.contains(IndicatorColumn.UNIT);
    IndicatorTable.Builder table = IndicatorTable.builder().addAllOptionalColumns(columns);
    for (int i = 0; i < rows.size(); i++) {
      Spec s = rows.get(i);
      Indicator.Builder b = Indicator.builder().level1(s.level1()).level2(s.level2()).name(s.name())
          .target(valueCell(s, comparator, unit));
      for (IndicatorColumn c : columns) {
        String text = optionalCell(c, s, i, rows.size());
        switch (c) {
          case UNIT -> b.unit(text);
          case COMPARATOR -> b.comparatorText(text);
          case WEIGHT -> b.weight(new BigDecimal(text));
          case BASIS -> b.basis(text);
          case SCORING -> b.scoring(text);
          case REMARK -> b.remark(text);
        }
      }
      table.addRow(b.build());
    }
    return table.build();
  }

  private static String headerLabel(Deco deco, IndicatorColumn column) {
    return switch (column) {
      case UNIT -> deco.label(deco.pick(L_UNIT), null);
      case COMPARATOR -> deco.label(deco.pick(L_COMPARATOR), null);
      case WEIGHT -> deco.label(deco.pick(L_WEIGHT), null);
      case BASIS -> deco.label(deco.pick(L_BASIS), null);
      case SCORING -> deco.label(deco.pick(L_SCORING), null);
      case REMARK -> deco.label(deco.pick(L_REMARK), null);
    };
  }

  /** The header row of an indicator table from column {@code c0}. */
  private static String[] headerTexts(IndicatorStyle style, Marker marker, boolean medium) {
    Deco deco = style.deco();
    List<String> h = new ArrayList<>();
    h.add(deco.label(deco.pick(L_LEVEL1), null));
    h.add(deco.label(deco.pick(L_LEVEL2), null));
    h.add(deco.label(deco.pick(L_LEVEL3), deco.pick(List.of("（150字内）", "（名称）"))));
    for (IndicatorColumn c : style.tail()) {
      if (c == null) {
        String value;
        if (marker == Marker.VALUE_LABEL) {
          value = medium ? deco.pick(L_MEDIUM_VALUE) : "年度指标值";
        } else if (medium && deco.maybe(0.3)) {
          value = deco.pick(L_MEDIUM_VALUE);
        } else {
          value = deco.label(deco.pick(L_VALUE), "（或目标值）");
        }
        h.add(value);
      } else {
        h.add(headerLabel(deco, c));
      }
    }
    return h.toArray(String[]::new);
  }

  /**
   * The weight of row {@code index} of {@code rowCount}: the {@link #WEIGHTS} in turn, the last row
   * taking what makes the table's weights add up to 100 (JX-WGT-001) — or, when the others already
   * reach 100, 100 shared evenly over the table.
   */
  static String weight(int index, int rowCount) {
    BigDecimal others = BigDecimal.ZERO;
    for (int i = 0; i < rowCount - 1; i++) {
      others = others.add(new BigDecimal(WEIGHTS.get(i % WEIGHTS.size())));
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    if (others.compareTo(hundred) > 0) {
      return String.valueOf(100 / rowCount + (index < 100 % rowCount ? 1 : 0));
    }
    return index < rowCount - 1 ? WEIGHTS.get(index % WEIGHTS.size()) : hundred.subtract(others).toPlainString();
  }

  private static String[] rowTexts(IndicatorStyle style, Spec s, int index, int rowCount) {
    boolean comparator = style.tail().contains(IndicatorColumn.COMPARATOR);
    boolean unit = style.tail().contains(IndicatorColumn.UNIT);
    List<String> cells = new ArrayList<>();
    cells.add(s.name());
    for (IndicatorColumn c : style.tail()) {
      cells.add(c == null ? valueCell(s, comparator, unit) : optionalCell(c, s, index, rowCount));
    }
    return cells.toArray(String[]::new);
  }

  /**
   * The data rows of an indicator table, from column {@code c0}: level cells as the style says,
   * then the level-3 name and the other columns, the last spanning to the grid's width.
   *
   * @param first the index of the first row in the whole table (for the optional columns)
   * @param rowCount the rows of the whole table (for the weights, which add up to 100)
   */
  private static void indicatorRows(Grid g, int c0, IndicatorStyle style, List<Spec> rows, int first, int rowCount) {
    int start = g.rows;
    for (int i = 0; i < rows.size(); i++) {
      int r = g.addRow();
      String[] rest = rowTexts(style, rows.get(i), first + i, rowCount);
      for (int k = 0; k < rest.length; k++) {
        int c = c0 + 2 + k;
        g.put(r, c, 1, k == rest.length - 1 ? g.width - c : 1, rest[k]);
      }
    }
    levelCells(g, start, c0, rows, s -> s.level1(), style.levels());
    levelCells(g, start, c0 + 1, rows, s -> s.level1() + "/" + s.level2(), style.levels());
  }

  private static void levelCells(Grid g, int start, int column, List<Spec> rows,
      java.util.function.Function<Spec, String> key, Levels levels) {
    int i = 0;
    while (i < rows.size()) {
      int j = i;
      while (j < rows.size() && key.apply(rows.get(j)).equals(key.apply(rows.get(i)))) {
        j++;
      }
      String k = key.apply(rows.get(i));
      String text = k.substring(k.lastIndexOf('/') + 1);
      switch (levels) {
        case MERGED -> g.put(start + i, column, j - i, 1, text);
        case FIRST_ROW -> {
          g.put(start + i, column, 1, 1, text);
          for (int m = i + 1; m < j; m++) {
            g.put(start + m, column, 1, 1, "");
          }
        }
        case REPEATED -> {
          for (int m = i; m < j; m++) {
            g.put(start + m, column, 1, 1, text);
          }
        }
      }
      i = j;
    }
  }

  private static String sectionText(Deco deco, boolean medium, boolean groupCell) {
    String base = deco.pick(medium ? L_MEDIUM_SECTION : L_ANNUAL_SECTION);
    if (groupCell && deco.maybe(0.4) && base.endsWith("绩效指标")) {
      return base.substring(0, base.length() - 4) + "\n绩效\n指标";
    }
    return base;
  }

  private static void renderIndicatorsInline(Grid g, IndicatorStyle style, List<Spec> rows, Marker marker, boolean medium) {
    Deco deco = style.deco();
    int c0 = 0;
    if (marker == Marker.CAPTION_ROW) {
      int r = g.addRow();
      g.put(r, 0, 1, g.width, sectionText(deco, medium, false));
    }
    int start = g.rows;
    if (marker == Marker.GROUP_CELL) {
      c0 = 1;
    }
    g.line(c0, headerTexts(style, marker, medium));
    indicatorRows(g, c0, style, rows, 0, rows.size());
    if (marker == Marker.GROUP_CELL) {
      g.put(start, 0, 1 + rows.size(), 1, sectionText(deco, medium, true));
    }
  }

  private static void renderIndicatorsSeparate(List<Object> out, IndicatorStyle style, List<Spec> rows, Marker marker,
      boolean medium, Split split) {
    Deco deco = style.deco();
    int c0 = marker == Marker.GROUP_CELL ? 1 : 0;
    int width = c0 + 3 + style.tail().size();
    if (marker == Marker.CAPTION_PARAGRAPH) {
      out.add(sectionText(deco, medium, false));
    }
    String[] header = headerTexts(style, marker, medium);
    if (split != Split.NONE) {
      int at = deco.style == 0 ? rows.size() / 2 : 1 + deco.random.nextInt(rows.size() - 1);
      Grid first = new Grid(width);
      first.line(0, header);
      indicatorRows(first, 0, style, rows.subList(0, at), 0, rows.size());
      Grid second = new Grid(width);
      if (split == Split.REPEATED_HEADER) {
        second.line(0, header);
      }
      indicatorRows(second, 0, style, rows.subList(at, rows.size()), at, rows.size());
      int headerRows = split == Split.REPEATED_HEADER ? 1 : 0;
      out.add(first.draft(headerRows));
      out.add(second.draft(headerRows));
      return;
    }
    Grid g = new Grid(width);
    if (marker == Marker.CAPTION_ROW) {
      int r = g.addRow();
      g.put(r, 0, 1, width, sectionText(deco, medium, false));
    }
    int start = g.rows;
    g.line(c0, header);
    indicatorRows(g, c0, style, rows, 0, rows.size());
    if (marker == Marker.GROUP_CELL) {
      g.put(start, 0, 1 + rows.size(), 1, sectionText(deco, medium, true));
    }
    out.add(g.draft(deco.maybe(0.3) ? start + 1 : 0));
  }

  // ================================================================ cosmetics

  /** Cosmetic choices from a {@link Look}: style 0 is plain, 1 picks variants, 2 also decorates labels. */
  static final class Deco {
    final Random random;
    final int style;

    Deco(Look look) {
      this.random = new Random(look.seed());
      this.style = look.style();
    }

    <T> T pick(List<T> options) {
      return style == 0 ? options.get(0) : options.get(random.nextInt(options.size()));
    }

    boolean maybe(double p) {
      return style > 0 && random.nextDouble() < p;
    }

    String colon(String label) {
      return maybe(0.4) ? label + "：" : label;
    }

    String label(String base, String hint) {
      return label(base, hint, false);
    }

    /**
     * A label as a template writes it: at style 2 sometimes with inner spaces, a line break, a
     * trailing colon or the bracketed hint (never both a colon and a hint).
     */
    String label(String base, String hint, boolean hintRequired) {
      String text = base;
      boolean withHint = hintRequired || (hint != null && maybe(0.3));
      if (style == 2) {
        int d = random.nextInt(5);
        if (d == 1 && base.length() >= 2) {
          StringBuilder b = new StringBuilder();
          String sep = random.nextBoolean() ? " " : "　";
          for (int i = 0; i < base.length(); i++) {
            b.append(i == 0 ? "" : sep).append(base.charAt(i));
          }
          text = b.toString();
        } else if (d == 2 && base.length() >= 2) {
          int mid = base.length() / 2;
          text = base.substring(0, mid) + "\n" + base.substring(mid);
        } else if (d == 3 && !withHint) {
          return text + (random.nextBoolean() ? "：" : ":");
        }
      }
      return withHint ? text + hint : text;
    }
  }

  // ================================================================ grids and blocks

  /** A table under construction. */
  static final class Grid {
    final int width;
    final List<LayoutCell> cells = new ArrayList<>();
    int rows;

    Grid(int width) {
      this.width = width;
    }

    int addRow() {
      return rows++;
    }

    void put(int row, int column, int rowSpan, int columnSpan, String text) {
      cells.add(new LayoutCell(row, column, rowSpan, columnSpan, text));
      rows = Math.max(rows, row + rowSpan);
    }

    /** A new row of texts from column {@code from}, one column each, the last spanning to the width. */
    int line(int from, String... texts) {
      int r = addRow();
      for (int k = 0; k < texts.length; k++) {
        int c = from + k;
        put(r, c, 1, k == texts.length - 1 ? width - c : 1, texts[k]);
      }
      return r;
    }

    TableDraft draft(int headerRows) {
      return new TableDraft(new ArrayList<>(cells), headerRows);
    }
  }

  /** A table before it gets its location. */
  record TableDraft(List<LayoutCell> cells, int headerRows) {}

  /** Blocks from drafts (a String is a paragraph), with paragraph and table indexes in document order. */
  static List<LayoutBlock> located(List<Object> drafts) {
    List<LayoutBlock> blocks = new ArrayList<>();
    int paragraphs = 0;
    int tables = 0;
    for (Object d : drafts) {
      if (d instanceof String text) {
        blocks.add(new LayoutParagraph(text, FormatLocation.builder().paragraph(paragraphs++).build()));
      } else if (d instanceof TableDraft t) {
        List<LayoutCell> cells = new ArrayList<>(t.cells());
        cells.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column));
        blocks.add(new LayoutTable(FormatLocation.builder().table(tables++).build(), cells, t.headerRows()));
      }
    }
    return blocks;
  }

  // ================================================================ label matching (for noise)

  private static final Pattern TITLE = Pattern.compile(".*[0-9]{4}年度项目支出绩效目标$");

  /**
   * A text as the reader compares labels: inner whitespace removed, full-width forms made
   * half-width, trailing colons and a leading 其中 removed.
   */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("其中")) {
      s = s.substring(2);
    }
    return s;
  }

  private static boolean isFieldLabel(String text) {
    String key = normalize(text);
    if (FIELD_KEYS.contains(key)) {
      return true;
    }
    int open = key.lastIndexOf('(');
    return key.endsWith(")") && open > 0 && FIELD_KEYS.contains(key.substring(0, open));
  }

  private static boolean isSheetTable(List<LayoutCell> cells) {
    return cells.stream().anyMatch(c -> c.column() == 0 && normalize(c.text()).startsWith("项目名称") && isFieldLabel(c.text()));
  }

  private static boolean isListTable(List<LayoutCell> cells) {
    return cells.stream().anyMatch(c -> c.row() == 0 && c.column() == 0 && normalize(c.text()).equals("序号"));
  }

  private static boolean isSheetHeading(String paragraph) {
    String key = normalize(paragraph);
    if (TITLE.matcher(key).matches()) {
      return false;
    }
    return HEADINGS.stream().anyMatch(key::endsWith);
  }

  private static List<LayoutCell> rowCells(List<LayoutCell> cells, int row) {
    List<LayoutCell> r = new ArrayList<>();
    for (LayoutCell c : cells) {
      if (c.row() == row) {
        r.add(c);
      }
    }
    r.sort(Comparator.comparingInt(LayoutCell::column));
    return r;
  }

  /** Whether no cell spans across the boundary below {@code row}. */
  private static boolean clearBelow(List<LayoutCell> cells, int row) {
    for (LayoutCell c : cells) {
      if (c.row() <= row && row < c.row() + c.rowSpan() - 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows of a sheet table after which a noise row can go without parting a label from its
   * value: walking from the 项目名称 row, after each row of label/value pairs and after the value
   * row of each row of labels.
   */
  private static List<Integer> fieldBoundaries(List<LayoutCell> cells) {
    int row = -1;
    for (LayoutCell c : cells) {
      if (c.column() == 0 && normalize(c.text()).startsWith("项目名称") && isFieldLabel(c.text())) {
        row = c.row();
        break;
      }
    }
    List<Integer> safe = new ArrayList<>();
    while (row >= 0) {
      List<LayoutCell> r = rowCells(cells, row);
      if (r.isEmpty() || r.get(0).column() != 0 || r.stream().anyMatch(c -> c.rowSpan() > 1)) {
        break;
      }
      boolean allLabels = r.stream().allMatch(c -> isFieldLabel(c.text()));
      if (allLabels) {
        if (clearBelow(cells, row + 1)) {
          safe.add(row + 1);
        }
        row += 2;
      } else if (isFieldLabel(r.get(0).text())) {
        if (clearBelow(cells, row)) {
          safe.add(row);
        }
        row += 1;
      } else {
        break;
      }
    }
    return safe;
  }

  private static void insertRow(TableDraft t, int after, String label, String value) {
    int width = 0;
    for (LayoutCell c : t.cells()) {
      width = Math.max(width, c.column() + c.columnSpan());
    }
    List<LayoutCell> moved = new ArrayList<>();
    for (LayoutCell c : t.cells()) {
      moved.add(c.row() > after ? new LayoutCell(c.row() + 1, c.column(), c.rowSpan(), c.columnSpan(), c.text()) : c);
    }
    moved.add(new LayoutCell(after + 1, 0, 1, 1, label));
    moved.add(new LayoutCell(after + 1, 1, 1, Math.max(1, width - 1), value));
    t.cells().clear();
    t.cells().addAll(moved);
  }

  private static String noiseText(Random random, String suffix) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      b.append(NOISE_CHARACTERS.charAt(random.nextInt(NOISE_CHARACTERS.length())));
    }
    return b.append(suffix).toString();
  }
}

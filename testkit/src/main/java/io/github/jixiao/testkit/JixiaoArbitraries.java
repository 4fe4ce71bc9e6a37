package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * 随机生成器 (arbitraries): jqwik generators for every Jixiao model type, producing valid
 * performance-target documents of both indicator frameworks.
 *
 * <p>"Valid" means what the review checks of docs/domain.md ask for: funding adds up (nested
 * sources too) and is never negative; the disclosure list names the sheets in order with each
 * amount equal to the sheet's total at the list's precision; categories belong to the framework,
 * every level-1 category has indicators and 产出 has 数量, 质量, 时效 (and, pre-2021, 成本);
 * quantitative targets carry units, percentages stay within 0–100 and never say "≥100%"; cost
 * targets use ≤ and stay within the annual funding, satisfaction targets use ≥ at 90% or more;
 * multi-year projects state medium-term goals; department cells read "[code]name"; names are
 * unique; goals are not empty and quote no numbers.
 *
 * <p>Besides, sheets sometimes carry what some templates add: 项目编码 ("341021-24-0001"), 项目类别,
 * 其他栏目 rows (立项依据, 项目概况, …, with free text), a 评分细则 column, and funding written in 元
 * (its amounts made in 元 with two decimals and held in 万元, so that they write back exactly);
 * lists sometimes have extra columns (the same in every row) and a 合计 row equal to the sum of
 * the amounts as listed.
 *
 * <p>Use them in your own properties:
 *
 * <pre>{@code
 * @Property
 * void myRuleAcceptsValidSheets(@ForAll("items") BudgetItem item) { ... }
 *
 * @Provide
 * Arbitrary<BudgetItem> items() {
 *   return JixiaoArbitraries.budgetItems();
 * }
 * }</pre>
 */
public final class JixiaoArbitraries {
  private static final List<String> UNITS =
      List.of("%", "次", "个", "家", "人", "人次", "位次", "天", "套", "年", "万元", "元", "元/人·月", "m2");
  private static final List<String> COUNT_UNITS = List.of("次", "个", "家", "人", "人次", "位次", "套", "场", "项");
  private static final String QUALITATIVE_CHARACTERS = "成效明显著提升高及时合规达标稳步上改善良好有序进行完顺利保障持续增强优化";
  private static final List<String> SUBJECTS =
      List.of("督查", "培训", "设备维护", "政务公开", "热线服务", "档案管理", "安全巡查", "宣传", "物业管理", "信息化",
          "会议保障", "应急值守", "环境整治", "课程建设", "医疗救助");
  private static final List<String> GROUPS = List.of("服务对象", "群众", "企业", "参训人员", "党政机关", "患者");
  /** Characters of free text in 其他栏目; none of the form's labels can be spelt from them. */
  private static final String FREE_TEXT_CHARACTERS =
      "根据县政府工作要求落实保障经费用于日常运行维护服务群众改善条件提高效率规范管理严格执行相关制度加强监督确保安全本单位按照规定开展"
          + "0123456789，。；、（）《》";
  private static final List<String> SHEET_EXTRA_LABELS = List.of("立项依据", "项目概况", "实施计划", "其他说明的问题", "审核意见");
  private static final List<String> CATEGORIES =
      List.of("其他", "其他类", "一般性项目", "专项类项目", "基本建设类项目", "一般性项目□ 专项类项目√", "专项业务费");
  private static final List<String> REGION_CODES = List.of("340321", "341021", "340100", "110105", "440305");
  /** Extra columns of the disclosure list; none reads as 序号, 项目名称 or an amount header. */
  private static final List<String> LIST_EXTRA_LABELS = List.of("主管部门", "实施单位", "项目类别", "备注");
  private static final List<String> SCORING =
      List.of("达到目标值得满分，未达到按比例扣分", "完成得满分，未完成不得分", "每降低1个百分点扣0.5分，扣完为止");

  private JixiaoArbitraries() {}

  // ---------------------------------------------------------------- amounts and target values

  /**
   * Amounts in 万元 as budget tables write them: two decimals, 0.01 to 50 000.00.
   *
   * @return amounts with scale 2
   */
  public static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.longs().between(1, 5_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /**
   * Amounts in 元 as budget tables write them: two decimals, 1 000.00 to 50 000 000.00.
   *
   * @return amounts in 元 with scale 2
   */
  public static Arbitrary<BigDecimal> yuanAmounts() {
    return Arbitraries.longs().between(100_000, 5_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /**
   * The units funding blocks are written in: mostly 万元, sometimes 元.
   *
   * @return amount units
   */
  public static Arbitrary<AmountUnit> amountUnits() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(AmountUnit.WAN_YUAN)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(AmountUnit.YUAN)));
  }

  /**
   * Comparison operators.
   *
   * @return every operator
   */
  public static Arbitrary<ComparisonOperator> comparators() {
    return Arbitraries.of(ComparisonOperator.class);
  }

  /**
   * Units seen in target values, compound ones (元/人·月) included.
   *
   * @return units
   */
  public static Arbitrary<String> units() {
    return Arbitraries.of(UNITS);
  }

  /**
   * Target values of every readable kind (quantitative, range, qualitative, yes/no, 不适用,
   * 暂不确定), each with its canonical rendering as raw text.
   *
   * @return target values
   */
  public static Arbitrary<TargetValue> targetValues() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, quantitativeTargets()),
        net.jqwik.api.Tuple.of(1, rangeTargets()),
        net.jqwik.api.Tuple.of(3, qualitativeTargets()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(TargetValue::yesNo)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TargetValue.notApplicable())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TargetValue.undetermined())));
  }

  /**
   * Quantitative target values: an optional operator, a number (negative, fractional and large
   * ones included) and an optional unit.
   *
   * @return quantitative values
   */
  public static Arbitrary<TargetValue> quantitativeTargets() {
    return Combinators.combine(comparators().injectNull(0.3), numbers(), units().injectNull(0.1))
        .as(TargetValue::quantitative);
  }

  /**
   * Ranges such as "90%-95%".
   *
   * @return range values
   */
  public static Arbitrary<TargetValue> rangeTargets() {
    return Combinators.combine(numbers(), numbers(), units().injectNull(0.2)).as(TargetValue::range);
  }

  /**
   * Qualitative statements such as 成效明显, from a pool of evaluative words.
   *
   * @return qualitative values
   */
  public static Arbitrary<TargetValue> qualitativeTargets() {
    return Arbitraries.strings()
        .withChars(QUALITATIVE_CHARACTERS)
        .ofMinLength(2)
        .ofMaxLength(12)
        .map(TargetValue::qualitative);
  }

  private static Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(Arbitraries.longs().between(-1_000_000, 100_000_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<BigDecimal> percentBetween(int min, int max) {
    return Arbitraries.integers().between(min, max).map(BigDecimal::valueOf);
  }

  // ---------------------------------------------------------------- sheet parts

  /**
   * The two indicator frameworks.
   *
   * @return both frameworks
   */
  public static Arbitrary<IndicatorFramework> frameworks() {
    return Arbitraries.of(IndicatorFramework.class);
  }

  /**
   * Supervising departments written "[code]name".
   *
   * @return departments
   */
  public static Arbitrary<SupervisingDepartment> departments() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(6),
            Arbitraries.of("县人民政府办公室", "县教育局", "县卫生健康委员会", "市财政局", "县农业农村局"))
        .as((code, name) -> SupervisingDepartment.parse("[" + code + "]" + name));
  }

  /**
   * Project periods written "N年", 1 to 10 years.
   *
   * @return periods
   */
  public static Arbitrary<ProjectPeriod> periods() {
    return Arbitraries.integers().between(1, 10).map(ProjectPeriod::ofYears);
  }

  /**
   * Goals texts, sometimes numbered "目标1：… 目标2：…", without other numbers.
   *
   * @return goals
   */
  public static Arbitrary<Goals> goals() {
    Arbitrary<String> sentence =
        Combinators.combine(Arbitraries.of("完成", "保障", "提升", "确保", "推进"), Arbitraries.of(SUBJECTS), Arbitraries.of("工作任务", "服务质量", "运行效率", "安全稳定"))
            .as((verb, subject, object) -> verb + subject + object);
    Arbitrary<String> plain = sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("，", s) + "。");
    Arbitrary<String> numbered =
        sentence.list().ofMinSize(2).ofMaxSize(4).map(sentences -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < sentences.size(); i++) {
            b.append(i == 0 ? "" : " ").append("目标").append(i + 1).append("：").append(sentences.get(i)).append("。");
          }
          return b.toString();
        });
    return Arbitraries.oneOf(plain, numbered).map(Goals::of);
  }

  /**
   * A funding split that adds up: a total and sources (财政拨款 and 其他资金, sometimes also 自有资金
   * or 事业收入, sometimes 财政拨款 broken down into 上级财政资金 and 本级财政) that sum to it. Mostly
   * written in 万元, sometimes in 元 (see {@link #fundingSplits(AmountUnit)}).
   *
   * @return funding splits
   */
  public static Arbitrary<FundingSplit> fundingSplits() {
    return amountUnits().flatMap(JixiaoArbitraries::fundingSplits);
  }

  /**
   * A funding split that adds up, written in a unit. The amounts are made in that unit with two
   * decimals and converted to 万元 with {@link AmountUnit#toWanYuan}, so that a block in 元 holds
   * 万元 amounts such as 1.800000 that are written back exactly as 18000.00.
   *
   * @param unit the unit the block is written in
   * @return funding splits in that unit
   */
  public static Arbitrary<FundingSplit> fundingSplits(AmountUnit unit) {
    return Combinators.combine(
            unit == AmountUnit.WAN_YUAN ? amounts() : yuanAmounts(),
            Arbitraries.integers().between(0, 100),
            Arbitraries.of(FundingSourceKind.OTHER, FundingSourceKind.OWN_FUNDS, FundingSourceKind.SERVICE_INCOME),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 100))
        .as((total, fiscalPercent, secondKind, nested, superiorPercent) ->
            fundingSplit(unit, total, fiscalPercent, secondKind, nested, superiorPercent));
  }

  /** A split computed in the written unit (two decimals), held in 万元. */
  private static FundingSplit fundingSplit(
      AmountUnit unit, BigDecimal total, int fiscalPercent, FundingSourceKind secondKind, boolean nested, int superiorPercent) {
    BigDecimal fiscal = share(total, fiscalPercent);
    FundingSource.Builder fiscalSource =
        FundingSource.builder().label(FundingSourceKind.FISCAL_APPROPRIATION.chineseLabel()).amount(unit.toWanYuan(fiscal));
    if (nested) {
      BigDecimal superior = share(fiscal, superiorPercent);
      fiscalSource
          .addChild(FundingSource.of(FundingSourceKind.SUPERIOR_FISCAL, unit.toWanYuan(superior)))
          .addChild(FundingSource.of(FundingSourceKind.LOCAL_FISCAL, unit.toWanYuan(fiscal.subtract(superior))));
    }
    return FundingSplit.builder()
        .total(unit.toWanYuan(total))
        .unit(unit)
        .addSources(fiscalSource.build(), FundingSource.of(secondKind, unit.toWanYuan(total.subtract(fiscal))))
        .build();
  }

  private static BigDecimal share(BigDecimal amount, int percent) {
    return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
  }

  /**
   * Single funding sources: standard and custom labels, non-negative amounts, sometimes with nested
   * sources that add up to the parent.
   *
   * @return funding sources
   */
  public static Arbitrary<FundingSource> fundingSources() {
    Arbitrary<String> labels =
        Arbitraries.oneOf(
            Arbitraries.of(FundingSourceKind.class)
                .filter(k -> k != FundingSourceKind.CUSTOM)
                .map(FundingSourceKind::chineseLabel),
            Arbitraries.of("社会捐赠", "专项债券资金", "存量资金"));
    return Combinators.combine(labels, amounts(), Arbitraries.integers().between(-1, 100))
        .as((label, amount, childPercent) -> {
          FundingSource.Builder b = FundingSource.builder().label(label).amount(amount);
          if (childPercent >= 0) {
            BigDecimal first = share(amount, childPercent);
            b.addChild(FundingSource.of(FundingSourceKind.SUPERIOR_FISCAL, first))
                .addChild(FundingSource.of(FundingSourceKind.LOCAL_FISCAL, amount.subtract(first)));
          }
          return b.build();
        });
  }

  /**
   * Indicator categories of both levels: standard ones under their standard label or a variant, and
   * custom ones.
   *
   * @return categories
   */
  public static Arbitrary<IndicatorCategory> indicatorCategories() {
    return Arbitraries.oneOf(
        Arbitraries.of(StandardCategory.class).map(IndicatorCategory::of),
        Arbitraries.of("产出", "效益", "满意度指标").map(IndicatorCategory::level1),
        Arbitraries.of("环境效益指标", "满意度指标", "数量", "社会公众或服务对象满意度指标").map(IndicatorCategory::level2),
        Arbitraries.of("创新指标", "管理指标", "其他指标").map(label -> IndicatorCategory.of(label, null)));
  }

  /**
   * Disclosure list entries: sequence, a project name and an amount written with one or two
   * decimals, sometimes with a 备注 column.
   *
   * @return list entries
   */
  public static Arbitrary<DisclosureListEntry> disclosureListEntries() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 500),
            Arbitraries.of(SUBJECTS).map(s -> s + "项目"),
            amounts(),
            Arbitraries.integers().between(1, 2),
            Arbitraries.of("", "无", "新增", "延续").injectNull(0.7))
        .as((sequence, name, amount, scale, remark) -> {
          DisclosureListEntry.Builder b =
              DisclosureListEntry.builder().sequence(sequence).name(name).amount(amount.setScale(scale, RoundingMode.HALF_UP));
          if (remark != null) {
            b.addExtras(LabelledText.of("备注", remark));
          }
          return b.build();
        });
  }

  /**
   * Project codes (项目编码) as budget systems print them, such as 341021-24-0001.
   *
   * @return codes
   */
  public static Arbitrary<String> projectCodes() {
    return Combinators.combine(
            Arbitraries.of(REGION_CODES), Arbitraries.integers().between(15, 30), Arbitraries.integers().between(1, 9999))
        .as((region, year, number) -> String.format("%s-%02d-%04d", region, year, number));
  }

  /**
   * Project categories (项目类别) as written, tick boxes included.
   *
   * @return categories
   */
  public static Arbitrary<String> projectCategories() {
    return Arbitraries.of(CATEGORIES);
  }

  /**
   * Free text of 其他栏目 rows: Chinese with digits and punctuation, sometimes empty.
   *
   * @return texts
   */
  public static Arbitrary<String> freeTexts() {
    return Arbitraries.strings().withChars(FREE_TEXT_CHARACTERS).ofMinLength(0).ofMaxLength(60);
  }

  /**
   * The rows of a sheet without a typed field (其他栏目): 0 to 3 of 立项依据, 项目概况, 实施计划, 其他说明的问题
   * and 审核意见, each once, in any order, with free text.
   *
   * @return labelled texts
   */
  public static Arbitrary<List<LabelledText>> sheetExtras() {
    return Arbitraries.of(SHEET_EXTRA_LABELS)
        .list()
        .uniqueElements()
        .ofMaxSize(3)
        .flatMap(labels -> freeTexts().list().ofSize(labels.size()).map(texts -> {
          List<LabelledText> extras = new ArrayList<>();
          for (int i = 0; i < labels.size(); i++) {
            extras.add(LabelledText.of(labels.get(i), texts.get(i)));
          }
          return extras;
        }));
  }

  // ---------------------------------------------------------------- indicators

  /**
   * Single indicators of either framework, each in a standard category where it belongs.
   *
   * @return indicators
   */
  public static Arbitrary<Indicator> indicators() {
    return Combinators.combine(frameworks(), amounts())
        .as(IndicatorPlan::new)
        .flatMap(plan -> Arbitraries.of(plan.framework.level2Categories())
            .flatMap(level2 -> indicatorsOf(plan, level2, 1)))
        .map(rows -> rows.get(0));
  }

  /**
   * A valid annual indicator table of a framework for a project with the given annual funding.
   *
   * @param framework the framework
   * @param annualFunding the annual total in 万元, the ceiling of cost targets
   * @return tables
   */
  public static Arbitrary<IndicatorTable> indicatorTables(IndicatorFramework framework, BigDecimal annualFunding) {
    IndicatorPlan plan = new IndicatorPlan(framework, annualFunding);
    List<Arbitrary<List<Indicator>>> groups = new ArrayList<>();
    for (StandardCategory level2 : framework.level2Categories()) {
      groups.add(indicatorsOf(plan, level2, isRequired(framework, level2) ? 1 : 0));
    }
    return Combinators.combine(groups).as(lists -> {
      List<Indicator> rows = new ArrayList<>();
      lists.forEach(rows::addAll);
      return IndicatorTable.of(rows);
    });
  }

  /** 产出 needs every level 2; 效益 and 成本 (2021) need at least one row, 满意度 its only one. */
  private static boolean isRequired(IndicatorFramework framework, StandardCategory level2) {
    StandardCategory level1 = framework.parentOf(level2).orElseThrow();
    List<StandardCategory> siblings = framework.level2Categories(level1);
    return level1 == StandardCategory.OUTPUT || siblings.get(0) == level2;
  }

  private record IndicatorPlan(IndicatorFramework framework, BigDecimal annualFunding) {}

  private static Arbitrary<List<Indicator>> indicatorsOf(IndicatorPlan plan, StandardCategory level2, int minRows) {
    StandardCategory level1 = plan.framework.parentOf(level2).orElseThrow();
    return rowsFor(level2, plan.annualFunding)
        .list()
        .ofMinSize(minRows)
        .ofMaxSize(3)
        .uniqueElements(NamedTarget::name)
        .map(rows -> {
          List<Indicator> indicators = new ArrayList<>();
          for (NamedTarget row : rows) {
            indicators.add(
                Indicator.builder()
                    .level1(IndicatorCategory.of(level1))
                    .level2(IndicatorCategory.of(level2))
                    .name(row.name())
                    .target(row.target())
                    .build());
          }
          return indicators;
        });
  }

  private record NamedTarget(String name, TargetValue target) {}

  /** Names and targets that fit a level-2 category, so that direction and unit checks pass. */
  private static Arbitrary<NamedTarget> rowsFor(StandardCategory level2, BigDecimal annualFunding) {
    Arbitrary<String> subject = Arbitraries.of(SUBJECTS);
    switch (level2) {
      case QUANTITY:
        return Combinators.combine(subject, comparators().filter(c -> c == ComparisonOperator.GE || c == ComparisonOperator.EQ).injectNull(0.3),
                Arbitraries.integers().between(1, 10_000), Arbitraries.of(COUNT_UNITS))
            .as((s, op, n, unit) -> new NamedTarget(s + "数量", TargetValue.quantitative(op, BigDecimal.valueOf(n), unit)));
      case QUALITY:
        return Arbitraries.oneOf(
            Combinators.combine(subject, percentBetween(80, 99)).as((s, p) -> new NamedTarget(s + "合格率", TargetValue.quantitative(ComparisonOperator.GE, p, "%"))),
            subject.map(s -> new NamedTarget(s + "验收合格率", TargetValue.quantitative(null, BigDecimal.valueOf(100), "%"))),
            subject.map(s -> new NamedTarget(s + "质量", TargetValue.qualitative("达标"))));
      case TIMELINESS:
        return Arbitraries.oneOf(
            Combinators.combine(subject, percentBetween(80, 99)).as((s, p) -> new NamedTarget(s + "完成及时率", TargetValue.quantitative(ComparisonOperator.GE, p, "%"))),
            Combinators.combine(subject, Arbitraries.integers().between(1, 90)).as((s, d) -> new NamedTarget(s + "办理时限", TargetValue.quantitative(ComparisonOperator.LE, BigDecimal.valueOf(d), "天"))),
            subject.map(s -> new NamedTarget(s + "及时性", TargetValue.qualitative("及时高效"))));
      case OUTPUT_COST:
      case ECONOMIC_COST:
        return Arbitraries.oneOf(
            Arbitraries.just(new NamedTarget("预算控制率", TargetValue.quantitative(ComparisonOperator.LE, BigDecimal.valueOf(100), "%"))),
            Arbitraries.integers().between(1, 100).map(p -> new NamedTarget("项目总成本",
                TargetValue.quantitative(ComparisonOperator.LE, share(annualFunding, p).max(new BigDecimal("0.01")).min(annualFunding), "万元"))),
            subject.map(s -> new NamedTarget(s + "成本控制", TargetValue.qualitative("合规"))));
      case SOCIAL_COST:
      case ECO_ENVIRONMENTAL_COST:
        return Arbitraries.oneOf(
            subject.map(s -> new NamedTarget(s + "负面影响", TargetValue.notApplicable())),
            subject.map(s -> new NamedTarget(s + "社会影响", TargetValue.qualitative("无明显负面影响"))));
      case SERVICE_RECIPIENT_SATISFACTION:
        return Combinators.combine(Arbitraries.of(GROUPS), percentBetween(90, 99))
            .as((g, p) -> new NamedTarget(g + "满意度", TargetValue.quantitative(ComparisonOperator.GE, p, "%")));
      default: // the four benefit categories
        return Arbitraries.oneOf(
            Combinators.combine(subject, qualitativeTargets()).as((s, t) -> new NamedTarget("提升" + s + "效益", t)),
            subject.map(s -> new NamedTarget(s + "效益", TargetValue.notApplicable())));
    }
  }

  // ---------------------------------------------------------------- sheets and documents

  /**
   * Valid target sheets of either framework.
   *
   * @return budget items
   */
  public static Arbitrary<BudgetItem> budgetItems() {
    return frameworks().flatMap(JixiaoArbitraries::budgetItems);
  }

  /**
   * Valid target sheets of one framework.
   *
   * @param framework the framework of the indicator table
   * @return budget items
   */
  public static Arbitrary<BudgetItem> budgetItems(IndicatorFramework framework) {
    Arbitrary<String> names =
        Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.of("专项经费项目", "运行维护项目", "建设项目", "工作经费"))
            .as(String::concat);
    return amountUnits()
        .flatMap(JixiaoArbitraries::fundingSplits)
        .flatMap(funding -> Combinators.combine(
                names,
                departments(),
                periods(),
                goals(),
                goals(),
                indicatorTables(framework, funding.getTotal()),
                Arbitraries.integers().between(2015, 2030),
                Arbitraries.of("新增项目", "延续项目").injectNull(0.5))
            .as((name, department, period, annualGoals, mediumGoals, table, year, attribute) ->
                BudgetItem.builder()
                    .year(year)
                    .name(name)
                    .department(department)
                    .implementingUnit(department.getName())
                    .source("本级申报项目")
                    .attribute(attribute)
                    .period(period)
                    .annualFunding(funding)
                    .annualGoals(annualGoals)
                    .mediumTermGoals(period.years().orElse(1) > 1 ? mediumGoals : null)
                    .annualIndicators(table)
                    .build()))
        .flatMap(item -> withTemplateVariants(item, framework));
  }

  /**
   * Adds what other templates carry (docs/domain.md, "Variants seen in real templates"):
   * 项目负责人 and 联系电话, 项目起止时间, medium-term funding and indicators for multi-year projects,
   * extra indicator columns in any order and ★ core marks.
   */
  private static Arbitrary<BudgetItem> withTemplateVariants(BudgetItem item, IndicatorFramework framework) {
    int year = item.getYear().getAsInt();
    int years = item.getPeriod().orElseThrow().years().orElse(1);
    AmountUnit unit = item.getAnnualFunding().orElseThrow().getUnit();
    Arbitrary<BudgetItem.Builder> people =
        Combinators.combine(
                Arbitraries.of("张伟", "李娜", "王芳", "刘洋").injectNull(0.5),
                Arbitraries.strings().numeric().ofLength(7).map(n -> "0552-" + n).injectNull(0.5),
                Arbitraries.of(true, false),
                projectCodes().injectNull(0.6),
                projectCategories().injectNull(0.6),
                Arbitraries.oneOf(Arbitraries.just(List.<LabelledText>of()), sheetExtras()))
            .as((person, contact, dated, code, category, extras) -> {
              BudgetItem.Builder b = BudgetItem.builder().from(item).responsiblePerson(person).contact(contact)
                  .code(code).category(category).extras(extras);
              return dated ? b.start(year + "年1月").end((year + years - 1) + "年12月") : b;
            });
    Arbitrary<BudgetItem.Builder> mediumTerm =
        people.flatMap(b -> years < 2
            ? Arbitraries.just(b)
            : Arbitraries.oneOf(
                Arbitraries.just(b),
                fundingSplits(unit).flatMap(funding -> indicatorTables(framework, funding.getTotal())
                    .map(table -> b.mediumTermFunding(funding).mediumTermIndicators(table)))));
    return mediumTerm.flatMap(b -> withOptionalColumns(item.getAnnualIndicators()).map(t -> b.annualIndicators(t).build()));
  }

  /** Sometimes adds optional columns, in any order, filled consistently with each row's target. */
  private static Arbitrary<IndicatorTable> withOptionalColumns(IndicatorTable table) {
    Arbitrary<List<IndicatorColumn>> columns =
        Arbitraries.of(IndicatorColumn.class).list().uniqueElements().ofMaxSize(IndicatorColumn.values().length);
    return Combinators.combine(columns, Arbitraries.of(true, false)).as((cols, starFirst) -> {
      if (cols.isEmpty()) {
        return table;
      }
      IndicatorTable.Builder b = IndicatorTable.builder().addAllOptionalColumns(cols);
      for (int i = 0; i < table.getRows().size(); i++) {
        Indicator row = table.getRows().get(i);
        TargetValue target = row.getTarget();
        Indicator.Builder r = Indicator.builder().from(row).core(starFirst && i == 0);
        for (IndicatorColumn column : cols) {
          switch (column) {
            case UNIT:
              r.unit(target.getUnit().orElse(null));
              break;
            case COMPARATOR:
              r.comparatorText(target.effectiveComparator().map(ComparisonOperator::symbol).orElse("定性"));
              break;
            case WEIGHT:
              r.weight(BigDecimal.valueOf(5 + i % 10));
              break;
            case BASIS:
              r.basis("计划标准");
              break;
            case SCORING:
              r.scoring(i % 4 == 3 ? null : SCORING.get(i % SCORING.size()));
              break;
            default:
              r.remark(i % 2 == 0 ? null : "无");
          }
        }
        b.addRow(r.build());
      }
      return b.build();
    });
  }

  /** A cell of an extra list column for a sheet, consistent with the sheet. */
  private static String listCell(String column, BudgetItem item, SupervisingDepartment department, int index) {
    switch (column) {
      case "主管部门":
        return department.getName();
      case "实施单位":
        return item.getImplementingUnit().orElse("");
      case "项目类别":
        return item.getCategory().orElse("其他");
      default:
        return index % 2 == 0 ? "" : "无";
    }
  }

  /**
   * Valid disclosures of either framework: 1 to 6 sheets with unique names, the list naming them
   * in order with amounts rounded to one decimal (as the seed's list does) or written in full.
   *
   * @return disclosures
   */
  public static Arbitrary<Disclosure> disclosures() {
    return frameworks().flatMap(JixiaoArbitraries::disclosures);
  }

  /**
   * Valid disclosures whose sheets all use one framework.
   *
   * @param framework the framework
   * @return disclosures
   */
  public static Arbitrary<Disclosure> disclosures(IndicatorFramework framework) {
    Arbitrary<List<String>> listColumns = Arbitraries.of(LIST_EXTRA_LABELS).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(
            budgetItems(framework).list().ofMinSize(1).ofMaxSize(6).uniqueElements(BudgetItem::getName),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(0, 3),
            departments(),
            Arbitraries.oneOf(Arbitraries.just(List.<String>of()), listColumns),
            Arbitraries.of(true, false))
        .as((items, listScale, classified, department, columns, totalled) -> {
          Disclosure.Builder b =
              Disclosure.builder()
                  .title(department.getName() + items.get(0).getYear().getAsInt() + "年度项目支出绩效目标")
                  .unit(department.getName())
                  .year(items.get(0).getYear().getAsInt())
                  .listTitle("项目支出绩效目标公开清单")
                  .classifiedNote("注：本单位" + classified + "个涉密项目除外。");
          BigDecimal total = BigDecimal.ZERO;
          for (int i = 0; i < items.size(); i++) {
            BudgetItem item = BudgetItem.builder().from(items.get(i)).year(items.get(0).getYear().getAsInt()).build();
            BigDecimal listed = item.getAnnualFunding().orElseThrow().getTotal().setScale(listScale, RoundingMode.HALF_UP);
            DisclosureListEntry.Builder entry = DisclosureListEntry.builder().sequence(i + 1).name(item.getName()).amount(listed);
            for (String column : columns) {
              entry.addExtras(LabelledText.of(column, listCell(column, item, department, i)));
            }
            b.addListEntry(entry.build()).addItem(item);
            total = total.add(listed);
          }
          return b.listTotal(totalled ? total : null).build();
        });
  }
}

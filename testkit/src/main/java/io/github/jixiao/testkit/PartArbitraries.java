package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of the parts of a sheet and of a disclosure for {@link JixiaoArbitraries}:
 * frameworks, departments, periods, goals, funding that adds up, funding sources, indicator
 * categories, list entries, project codes and categories, the free text of 其他栏目 rows; and the
 * word pools they draw from.
 */
final class PartArbitraries {
  static final List<String> SUBJECTS =
      List.of("督查", "培训", "设备维护", "政务公开", "热线服务", "档案管理", "安全巡查", "宣传", "物业管理", "信息化",
          "会议保障", "应急值守", "环境整治", "课程建设", "医疗救助");
  /** Characters of free text in 其他栏目; none of the form's labels can be spelt from them. */
  static final String FREE_TEXT_CHARACTERS =
      "根据县政府工作要求落实保障经费用于日常运行维护服务群众改善条件提高效率规范管理严格执行相关制度加强监督确保安全本单位按照规定开展"
          + "0123456789，。；、（）《》";
  static final List<String> SHEET_EXTRA_LABELS = List.of("立项依据", "项目概况", "实施计划", "其他说明的问题", "审核意见");
  static final List<String> CATEGORIES =
      List.of("其他", "其他类", "一般性项目", "专项类项目", "基本建设类项目", "一般性项目□ 专项类项目√", "专项业务费");
  static final List<String> REGION_CODES = List.of("340321", "341021", "340100", "110105", "440305");

  // Made once: an arbitrary made anew for each value (flatMap) is memoized by jqwik for the rest of
  // the property, which made a 1 000-try property over disclosures slow and its heap large.
  private static final Arbitrary<FundingSplit> FUNDING_SPLITS_WAN_YUAN = makeFundingSplits(AmountUnit.WAN_YUAN);
  private static final Arbitrary<FundingSplit> FUNDING_SPLITS_YUAN = makeFundingSplits(AmountUnit.YUAN);
  /** Mostly 万元, sometimes 元, as {@link ValueArbitraries#amountUnits()}. */
  private static final Arbitrary<FundingSplit> FUNDING_SPLITS =
      Arbitraries.frequencyOf(Tuple.of(3, FUNDING_SPLITS_WAN_YUAN), Tuple.of(1, FUNDING_SPLITS_YUAN));
  private static final Arbitrary<List<LabelledText>> SHEET_EXTRAS = makeSheetExtras();

  private PartArbitraries() {}

  /**
   * The two indicator frameworks.
   *
   * @return both frameworks
   */
  static Arbitrary<IndicatorFramework> frameworks() {
    return Arbitraries.of(IndicatorFramework.class);
  }

  /**
   * Supervising departments written "[code]name".
   *
   * @return departments
   */
  static Arbitrary<SupervisingDepartment> departments() {
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
  static Arbitrary<ProjectPeriod> periods() {
    return Arbitraries.integers().between(1, 10).map(ProjectPeriod::ofYears);
  }

  /**
   * Goals texts, sometimes numbered "目标1：… 目标2：…", without other numbers.
   *
   * @return goals
   */
  static Arbitrary<Goals> goals() {
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
  static Arbitrary<FundingSplit> fundingSplits() {
    return FUNDING_SPLITS;
  }

  /**
   * A funding split that adds up, written in a unit. The amounts are made in that unit with two
   * decimals and converted to 万元 with {@link AmountUnit#toWanYuan}, so that a block in 元 holds
   * 万元 amounts such as 1.800000 that are written back exactly as 18000.00.
   *
   * @param unit the unit the block is written in
   * @return funding splits in that unit
   */
  static Arbitrary<FundingSplit> fundingSplits(AmountUnit unit) {
    return unit == AmountUnit.WAN_YUAN ? FUNDING_SPLITS_WAN_YUAN : FUNDING_SPLITS_YUAN;
  }

  private static Arbitrary<FundingSplit> makeFundingSplits(AmountUnit unit) {
    return Combinators.combine(
            unit == AmountUnit.WAN_YUAN ? ValueArbitraries.amounts() : ValueArbitraries.yuanAmounts(),
            Arbitraries.integers().between(0, 100),
            Arbitraries.of(FundingSourceKind.OTHER, FundingSourceKind.OWN_FUNDS, FundingSourceKind.SERVICE_INCOME),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 100))
        .as((total, fiscalPercent, secondKind, nested, superiorPercent) ->
            fundingSplit(unit, total, fiscalPercent, secondKind, nested, superiorPercent));
  }

  /** A split computed in the written unit (two decimals), held in 万元. */
  static FundingSplit fundingSplit(
      AmountUnit unit, BigDecimal total, int fiscalPercent, FundingSourceKind secondKind, boolean nested, int superiorPercent) {
    BigDecimal fiscal = ValueArbitraries.share(total, fiscalPercent);
    FundingSource.Builder fiscalSource =
        FundingSource.builder().label(FundingSourceKind.FISCAL_APPROPRIATION.chineseLabel()).amount(unit.toWanYuan(fiscal));
    if (nested) {
      BigDecimal superior = ValueArbitraries.share(fiscal, superiorPercent);
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

  /**
   * Single funding sources: standard and custom labels, non-negative amounts, sometimes with nested
   * sources that add up to the parent.
   *
   * @return funding sources
   */
  static Arbitrary<FundingSource> fundingSources() {
    Arbitrary<String> labels =
        Arbitraries.oneOf(
            Arbitraries.of(FundingSourceKind.class)
                .filter(k -> k != FundingSourceKind.CUSTOM)
                .map(FundingSourceKind::chineseLabel),
            Arbitraries.of("社会捐赠", "专项债券资金", "存量资金"));
    return Combinators.combine(labels, ValueArbitraries.amounts(), Arbitraries.integers().between(-1, 100))
        .as((label, amount, childPercent) -> {
          FundingSource.Builder b = FundingSource.builder().label(label).amount(amount);
          if (childPercent >= 0) {
            BigDecimal first = ValueArbitraries.share(amount, childPercent);
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
  static Arbitrary<IndicatorCategory> indicatorCategories() {
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
  static Arbitrary<DisclosureListEntry> disclosureListEntries() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 500),
            Arbitraries.of(SUBJECTS).map(s -> s + "项目"),
            ValueArbitraries.amounts(),
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
  static Arbitrary<String> projectCodes() {
    return Combinators.combine(
            Arbitraries.of(REGION_CODES), Arbitraries.integers().between(15, 30), Arbitraries.integers().between(1, 9999))
        .as((region, year, number) -> String.format("%s-%02d-%04d", region, year, number));
  }

  /**
   * Project categories (项目类别) as written, tick boxes included.
   *
   * @return categories
   */
  static Arbitrary<String> projectCategories() {
    return Arbitraries.of(CATEGORIES);
  }

  /**
   * Free text of 其他栏目 rows: Chinese with digits and punctuation, sometimes empty.
   *
   * @return texts
   */
  static Arbitrary<String> freeTexts() {
    return Arbitraries.strings().withChars(FREE_TEXT_CHARACTERS).ofMinLength(0).ofMaxLength(60);
  }

  /**
   * The rows of a sheet without a typed field (其他栏目): 0 to 3 of 立项依据, 项目概况, 实施计划, 其他说明的问题
   * and 审核意见, each once, in any order, with free text.
   *
   * @return labelled texts
   */
  static Arbitrary<List<LabelledText>> sheetExtras() {
    return SHEET_EXTRAS;
  }

  /** Labels and texts drawn side by side (three texts, as many used as there are labels): no flatMap. */
  private static Arbitrary<List<LabelledText>> makeSheetExtras() {
    return Combinators.combine(
            Arbitraries.of(SHEET_EXTRA_LABELS).list().uniqueElements().ofMaxSize(3), freeTexts().list().ofSize(3))
        .as((labels, texts) -> {
          List<LabelledText> extras = new ArrayList<>(labels.size());
          for (int i = 0; i < labels.size(); i++) {
            extras.add(LabelledText.of(labels.get(i), texts.get(i)));
          }
          return extras;
        });
  }
}

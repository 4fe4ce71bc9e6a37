package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;

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
  private JixiaoArbitraries() {}

  /**
   * Amounts in 万元 as budget tables write them: two decimals, 0.01 to 50 000.00.
   *
   * @return amounts with scale 2
   */
  public static Arbitrary<BigDecimal> amounts() {
    return ValueArbitraries.amounts();
  }

  /**
   * Amounts in 元 as budget tables write them: two decimals, 1 000.00 to 50 000 000.00.
   *
   * @return amounts in 元 with scale 2
   */
  public static Arbitrary<BigDecimal> yuanAmounts() {
    return ValueArbitraries.yuanAmounts();
  }

  /**
   * The units funding blocks are written in: mostly 万元, sometimes 元.
   *
   * @return amount units
   */
  public static Arbitrary<AmountUnit> amountUnits() {
    return ValueArbitraries.amountUnits();
  }

  /**
   * Comparison operators.
   *
   * @return every operator
   */
  public static Arbitrary<ComparisonOperator> comparators() {
    return ValueArbitraries.comparators();
  }

  /**
   * Units seen in target values, compound ones (元/人·月) included.
   *
   * @return units
   */
  public static Arbitrary<String> units() {
    return ValueArbitraries.units();
  }

  /**
   * Target values of every readable kind (quantitative, range, qualitative, yes/no, 不适用,
   * 暂不确定), each with its canonical rendering as raw text.
   *
   * @return target values
   */
  public static Arbitrary<TargetValue> targetValues() {
    return ValueArbitraries.targetValues();
  }

  /**
   * Quantitative target values: an optional operator, a number (negative, fractional and large
   * ones included) and an optional unit.
   *
   * @return quantitative values
   */
  public static Arbitrary<TargetValue> quantitativeTargets() {
    return ValueArbitraries.quantitativeTargets();
  }

  /**
   * Ranges such as "90%-95%".
   *
   * @return range values
   */
  public static Arbitrary<TargetValue> rangeTargets() {
    return ValueArbitraries.rangeTargets();
  }

  /**
   * Qualitative statements such as 成效明显, from a pool of evaluative words.
   *
   * @return qualitative values
   */
  public static Arbitrary<TargetValue> qualitativeTargets() {
    return ValueArbitraries.qualitativeTargets();
  }

  /**
   * The two indicator frameworks.
   *
   * @return both frameworks
   */
  public static Arbitrary<IndicatorFramework> frameworks() {
    return PartArbitraries.frameworks();
  }

  /**
   * Supervising departments written "[code]name".
   *
   * @return departments
   */
  public static Arbitrary<SupervisingDepartment> departments() {
    return PartArbitraries.departments();
  }

  /**
   * Project periods written "N年", 1 to 10 years.
   *
   * @return periods
   */
  public static Arbitrary<ProjectPeriod> periods() {
    return PartArbitraries.periods();
  }

  /**
   * Goals texts, sometimes numbered "目标1：… 目标2：…", without other numbers.
   *
   * @return goals
   */
  public static Arbitrary<Goals> goals() {
    return PartArbitraries.goals();
  }

  /**
   * A funding split that adds up: a total and sources (财政拨款 and 其他资金, sometimes also 自有资金
   * or 事业收入, sometimes 财政拨款 broken down into 上级财政资金 and 本级财政) that sum to it. Mostly
   * written in 万元, sometimes in 元 (see {@link #fundingSplits(AmountUnit)}).
   *
   * @return funding splits
   */
  public static Arbitrary<FundingSplit> fundingSplits() {
    return PartArbitraries.fundingSplits();
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
    return PartArbitraries.fundingSplits(unit);
  }

  /**
   * Single funding sources: standard and custom labels, non-negative amounts, sometimes with nested
   * sources that add up to the parent.
   *
   * @return funding sources
   */
  public static Arbitrary<FundingSource> fundingSources() {
    return PartArbitraries.fundingSources();
  }

  /**
   * Indicator categories of both levels: standard ones under their standard label or a variant, and
   * custom ones.
   *
   * @return categories
   */
  public static Arbitrary<IndicatorCategory> indicatorCategories() {
    return PartArbitraries.indicatorCategories();
  }

  /**
   * Disclosure list entries: sequence, a project name and an amount written with one or two
   * decimals, sometimes with a 备注 column.
   *
   * @return list entries
   */
  public static Arbitrary<DisclosureListEntry> disclosureListEntries() {
    return PartArbitraries.disclosureListEntries();
  }

  /**
   * Project codes (项目编码) as budget systems print them, such as 341021-24-0001.
   *
   * @return codes
   */
  public static Arbitrary<String> projectCodes() {
    return PartArbitraries.projectCodes();
  }

  /**
   * Project categories (项目类别) as written, tick boxes included.
   *
   * @return categories
   */
  public static Arbitrary<String> projectCategories() {
    return PartArbitraries.projectCategories();
  }

  /**
   * Free text of 其他栏目 rows: Chinese with digits and punctuation, sometimes empty.
   *
   * @return texts
   */
  public static Arbitrary<String> freeTexts() {
    return PartArbitraries.freeTexts();
  }

  /**
   * The rows of a sheet without a typed field (其他栏目): 0 to 3 of 立项依据, 项目概况, 实施计划, 其他说明的问题
   * and 审核意见, each once, in any order, with free text.
   *
   * @return labelled texts
   */
  public static Arbitrary<List<LabelledText>> sheetExtras() {
    return PartArbitraries.sheetExtras();
  }

  /**
   * Single indicators of either framework, each in a standard category where it belongs.
   *
   * @return indicators
   */
  public static Arbitrary<Indicator> indicators() {
    return IndicatorPlanner.indicators();
  }

  /**
   * A valid annual indicator table of a framework for a project with the given annual funding.
   *
   * @param framework the framework
   * @param annualFunding the annual total in 万元, the ceiling of cost targets
   * @return tables
   */
  public static Arbitrary<IndicatorTable> indicatorTables(IndicatorFramework framework, BigDecimal annualFunding) {
    return IndicatorPlanner.indicatorTables(framework, annualFunding);
  }

  /**
   * Valid target sheets of either framework.
   *
   * @return budget items
   */
  public static Arbitrary<BudgetItem> budgetItems() {
    return DocumentArbitraries.budgetItems();
  }

  /**
   * Valid target sheets of one framework.
   *
   * @param framework the framework of the indicator table
   * @return budget items
   */
  public static Arbitrary<BudgetItem> budgetItems(IndicatorFramework framework) {
    return DocumentArbitraries.budgetItems(framework);
  }

  /**
   * Valid disclosures of either framework: 1 to 6 sheets with unique names, the list naming them
   * in order with amounts rounded to one decimal (as the seed's list does) or written in full.
   *
   * @return disclosures
   */
  public static Arbitrary<Disclosure> disclosures() {
    return DocumentArbitraries.disclosures();
  }

  /**
   * Valid disclosures whose sheets all use one framework.
   *
   * @param framework the framework
   * @return disclosures
   */
  public static Arbitrary<Disclosure> disclosures(IndicatorFramework framework) {
    return DocumentArbitraries.disclosures(framework);
  }

  /**
   * Valid disclosures with one to three hostile edits: spaces of any width at either end of a text,
   * tabs and line breaks inside it, values that are labels of the form (实施单位, 项目名称), ★ on a
   * non-core indicator, 中期 / 合计 / 涉密 inside texts, funding nested three levels deep, a custom
   * source after a nested group, characters outside the BMP. For properties of writers and readers
   * (what is written reads back the same, or is refused); {@link #disclosures()} is unchanged.
   *
   * @return disclosures with hostile texts
   */
  public static Arbitrary<Disclosure> disclosuresWithHostileText() {
    return HostileTexts.disclosures();
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleProvider;
import io.github.jixiao.rules.Setting;
import java.math.BigDecimal;
import java.util.List;

/**
 * 内置规则 (built-in rules): the catalogue of national review rules, one per check of
 * docs/domain.md, "Checks reviewers apply" (some checks split where the messages differ), as the
 * first {@link RuleProvider}: {@link io.github.jixiao.rules.RuleSet#catalogue()} and {@code
 * RuleSet.builder().addCatalogue()} add it like any rule pack. It is not listed for {@link
 * java.util.ServiceLoader}, so that {@code addProviders} finds only the packs a user adds.
 *
 * <p>A built-in rule is one class in this package — a {@code CatalogueRule} with its {@link
 * io.github.jixiao.rules.RuleDeclaration} — with its texts in {@code CatalogueMessages_zh} and
 * {@code _en}, a line in the list below, and its test; the tests fail when one of them is missing.
 */
public final class BuiltInRules implements RuleProvider {
  /** The id of the catalogue as a rule pack. */
  public static final String ID = "jixiao-catalogue";

  /**
   * {@code weights.total}: what the weights (权重 / 分值) of a weighted indicator table add up to,
   * in points (100 by default); JX-WGT-001 reads it. A catalogue setting, so a policy file sets it
   * without a pack prefix.
   */
  public static final Setting<BigDecimal> WEIGHT_TOTAL =
      Setting.decimal("weights.total", new BigDecimal("100"), "加权指标表的权重合计（分）",
          "what the weights of a weighted indicator table add up to, in points");

  private static final List<Rule> ALL =
      List.of(
          new FundingAddsUp(),
          new AmountsNotNegative(),
          new NestedSourcesAddUp(),
          new AnnualFundingStated(),
          new ListEntriesHaveSheets(),
          new SheetsAreListed(),
          new ListAmountsMatch(),
          new Level1InFramework(),
          new Level2InFramework(),
          new Level2UnderOwnLevel1(),
          new EveryLevel1Covered(),
          new OutputHasRequiredLevel2(),
          new TargetsParse(),
          new QuantitiesHaveUnits(),
          new PercentagesInRange(),
          new NoAtLeastHundredPercent(),
          new RangesAscend(),
          new UndeterminedTargets(),
          new CapsPointDown(),
          new RatesPointUp(),
          new SatisfactionIsFlooredPercentage(),
          new SatisfactionMeetsMinimum(),
          new CostWithinFunding(),
          new MultiYearHasMediumTermGoals(),
          new AnnualGoalStated(),
          new GoalNumbersInTargets(),
          new DepartmentCodeForm(),
          new ProjectNamesUnique(),
          new IndicatorsUniqueUnderLevel2(),
          new WeightsAddUp());

  private static final List<Setting<?>> SETTINGS = List.of(Policy.SATISFACTION_MINIMUM, Policy.FUNDING_TOLERANCE, WEIGHT_TOTAL);

  /** The catalogue as a rule pack; its rules are shared, stateless instances. */
  public BuiltInRules() {}

  /**
   * Every built-in rule (stateless, shared instances).
   *
   * @return an unmodifiable list
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * {@value #ID}.
   *
   * @return {@link #ID}
   */
  @Override
  public String id() {
    return ID;
  }

  /**
   * The thresholds built-in rules read: the policy's own {@link Policy#SATISFACTION_MINIMUM} and
   * {@link Policy#FUNDING_TOLERANCE}, and {@link #WEIGHT_TOTAL} (keys without the pack's prefix).
   *
   * @return the three settings
   */
  @Override
  public List<Setting<?>> settings() {
    return SETTINGS;
  }

  /**
   * The same list as {@link #all()}.
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Rule> rules() {
    return ALL;
  }
}

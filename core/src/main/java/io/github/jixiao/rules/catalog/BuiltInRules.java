package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.Rule;
import java.util.List;

/**
 * 内置规则 (built-in rules): the catalogue of national review rules, one per check of
 * docs/domain.md, "Checks reviewers apply" (some checks split where the messages differ). Build a
 * rule set with {@link io.github.jixiao.rules.RuleSet#catalogue()} or {@code
 * RuleSet.builder().addCatalogue()}.
 */
public final class BuiltInRules {
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
          new IndicatorsUniqueUnderLevel2());

  private BuiltInRules() {}

  /**
   * Every built-in rule (stateless, shared instances).
   *
   * @return an unmodifiable list
   */
  public static List<Rule> all() {
    return ALL;
  }
}

package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Goals;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 示例：用 testkit 的生成器对自定义规则做性质测试 (example: property-test your own rule with testkit's
 * generators) — it stays quiet on valid sheets and fires on sheets whose goal is made short.
 */
class GoalLengthRulePropertyTest {
  private static final RuleSet RULES = RuleSet.builder().add(new GoalLengthRule()).build();

  private static List<String> ruleIds(BudgetItem item) {
    return RULES.evaluate(item, Policy.defaults()).getFindings().stream().map(Finding::getRuleId).collect(Collectors.toList());
  }

  @Property
  void quietOnValidSheets(@ForAll("validSheets") BudgetItem item) {
    assertThat(ruleIds(item)).isEmpty();
  }

  @Property
  void firesWhenTheGoalIsShort(@ForAll("sheetsWithShortGoals") BudgetItem item) {
    assertThat(ruleIds(item)).containsExactly("ACME-GOAL-001");
  }

  @Provide
  Arbitrary<BudgetItem> validSheets() {
    return JixiaoArbitraries.budgetItems();
  }

  @Provide
  Arbitrary<BudgetItem> sheetsWithShortGoals() {
    Arbitrary<String> shortGoal = Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(GoalLengthRule.MINIMUM - 1);
    return Combinators.combine(JixiaoArbitraries.budgetItems(), shortGoal)
        .as((item, goal) -> BudgetItem.builder().from(item).annualGoals(Goals.of(goal)).build());
  }
}

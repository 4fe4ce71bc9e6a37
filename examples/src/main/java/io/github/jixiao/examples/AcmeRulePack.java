package io.github.jixiao.examples;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleProvider;
import io.github.jixiao.rules.Setting;
import java.util.List;

/**
 * 规则包 (rule pack) of the example: registered in {@code
 * META-INF/services/io.github.jixiao.rules.RuleProvider}, so {@code addProviders} finds it. It
 * declares one setting, which a policy file for a rule set with this pack may set ({@code
 * acme.goal.minimum-length = 12}) and {@link GoalLengthRule} reads.
 */
public final class AcmeRulePack implements RuleProvider {
  /** {@code acme.goal.minimum-length}: the shortest acceptable annual goal, in characters. */
  public static final Setting<Integer> GOAL_MINIMUM_LENGTH =
      Setting.integer("acme.goal.minimum-length", GoalLengthRule.MINIMUM, "年度目标的最少字数",
          "the fewest characters an annual goal may have");

  /** Creates the pack (ServiceLoader needs a public no-argument constructor). */
  public AcmeRulePack() {}

  @Override
  public String id() {
    return "acme";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new GoalLengthRule());
  }

  @Override
  public List<Setting<?>> settings() {
    return List.of(GOAL_MINIMUM_LENGTH);
  }
}

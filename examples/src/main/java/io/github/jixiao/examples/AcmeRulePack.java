package io.github.jixiao.examples;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleProvider;
import java.util.List;

/**
 * 规则包 (rule pack) of the example: registered in {@code
 * META-INF/services/io.github.jixiao.rules.RuleProvider}, so {@code addProviders} finds it.
 */
public final class AcmeRulePack implements RuleProvider {
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
}

package io.github.jixiao.examples.modular.rules;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleProvider;
import io.github.jixiao.rules.Setting;
import java.util.List;

/**
 * 本地规则包 (a local rule pack): declared in module-info.java with {@code provides
 * io.github.jixiao.rules.RuleProvider}, so ServiceLoader finds it on the module path. Its setting
 * {@code local.period.maximum-years} may be set in a policy file read for a rule set with this pack.
 */
public final class LocalRules implements RuleProvider {
  /** {@code local.period.maximum-years}: the longest project period accepted, in years. */
  public static final Setting<Integer> MAXIMUM_YEARS =
      Setting.integer("local.period.maximum-years", LongProjectPeriodRule.MAXIMUM_YEARS, "项目期的最长年数",
          "the longest project period accepted, in years");

  /** Creates the pack (ServiceLoader needs a public no-argument constructor). */
  public LocalRules() {}

  @Override
  public String id() {
    return "local";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new LongProjectPeriodRule());
  }

  @Override
  public List<Setting<?>> settings() {
    return List.of(MAXIMUM_YEARS);
  }
}

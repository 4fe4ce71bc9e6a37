package io.github.jixiao.examples.modular.rules;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleProvider;
import java.util.List;

/**
 * 本地规则包 (a local rule pack): declared in module-info.java with {@code provides
 * io.github.jixiao.rules.RuleProvider}, so ServiceLoader finds it on the module path.
 */
public final class LocalRules implements RuleProvider {
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
}

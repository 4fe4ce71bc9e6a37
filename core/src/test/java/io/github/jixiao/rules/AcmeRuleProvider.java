package io.github.jixiao.rules;

import java.util.List;

/** A rule pack registered in META-INF/services for the ServiceLoader test. */
public final class AcmeRuleProvider implements RuleProvider {
  /** Creates the pack (ServiceLoader needs a public no-argument constructor). */
  public AcmeRuleProvider() {}

  @Override
  public String id() {
    return "acme";
  }

  @Override
  public List<Rule> rules() {
    return List.of(TestRules.nameContains("ACME-TEST-001", "ACME"));
  }
}

package io.github.jixiao.rules;

import java.util.List;

/**
 * Collects the findings of one evaluation; knows which rule is running so that rules report only
 * what they found and the engine adds the rule id and the policy's severity.
 */
final class FindingSink {
  private final List<Finding> findings;
  private final Policy policy;
  private RuleMetadata current;

  FindingSink(List<Finding> findings, Policy policy) {
    this.findings = findings;
    this.policy = policy;
  }

  void running(RuleMetadata rule) {
    this.current = rule;
  }

  void add(Location location, Message message, String value, String expected) {
    findings.add(
        Finding.builder()
            .ruleId(current.getId())
            .severity(policy.severityOf(current))
            .messageZh(message.zh())
            .messageEn(message.en())
            .location(location)
            .value(value)
            .expected(expected)
            .build());
  }

  /** The ERROR finding that stands in for a rule that threw. */
  void failed(Location location, Throwable error) {
    String description = RuleFailures.describe(error);
    findings.add(
        Finding.builder()
            .ruleId(current.getId())
            .severity(Severity.ERROR)
            .messageZh("规则 " + current.getId() + " 执行失败：" + description)
            .messageEn("rule " + current.getId() + " failed: " + description)
            .location(location)
            .build());
  }
}

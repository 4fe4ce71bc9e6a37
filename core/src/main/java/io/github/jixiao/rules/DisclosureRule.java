package io.github.jixiao.rules;

/**
 * 跨表规则 (disclosure rule): a check across a whole disclosure, such as the list against the
 * sheets.
 */
public interface DisclosureRule extends Rule {
  /**
   * Checks the disclosure in {@code check} and reports what it finds through it.
   *
   * @param check the disclosure, the policy, and where to report
   */
  void check(DisclosureCheck check);
}

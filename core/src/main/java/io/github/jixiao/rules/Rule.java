package io.github.jixiao.rules;

/**
 * 审核规则 (rule): one named review check. Implement {@link ItemRule} for a check of one target
 * sheet, {@link DisclosureRule} for a check across the whole disclosure.
 *
 * <p>Rules must be stateless and thread-safe: one instance is evaluated concurrently on many
 * documents. Thresholds come from the {@link Policy}, never from constants in the rule.
 */
public interface Rule {
  /**
   * What this rule is.
   *
   * @return the metadata; the same value on every call
   */
  RuleMetadata metadata();
}

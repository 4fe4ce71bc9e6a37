package io.github.jixiao.rules;

/**
 * 单表规则 (item rule): a check of one target sheet ({@link io.github.jixiao.model.BudgetItem}).
 */
public interface ItemRule extends Rule {
  /**
   * Checks the sheet in {@code check} and reports what it finds through it.
   *
   * @param check the sheet, its framework, the policy, and where to report
   */
  void check(ItemCheck check);
}

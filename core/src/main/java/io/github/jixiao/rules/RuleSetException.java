package io.github.jixiao.rules;

import io.github.jixiao.JixiaoException;

/**
 * 规则集构建错误 (rule-set error): a rule set that cannot be built — a rule pack that fails to
 * load, a rule that is neither an item rule nor a disclosure rule.
 */
public class RuleSetException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public RuleSetException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public RuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}

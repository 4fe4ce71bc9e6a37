package io.github.jixiao.rules;

import io.github.jixiao.JixiaoException;

/**
 * 审核策略错误 (invalid policy): a policy file or value that cannot be used — an unknown key, a
 * number that is not one, an unknown framework or severity. The message names the key.
 *
 * <p>A {@link JixiaoException}; not an {@link IllegalArgumentException} (it was one before the
 * common root).
 */
public class PolicyException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the key
   */
  public PolicyException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}

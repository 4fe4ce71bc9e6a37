package io.github.jixiao.format;

import io.github.jixiao.JixiaoException;

/**
 * 格式注册错误 (format registry error): formats that cannot be put together — two with one id, a
 * provider that fails to load.
 */
public class FormatRegistryException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public FormatRegistryException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public FormatRegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}

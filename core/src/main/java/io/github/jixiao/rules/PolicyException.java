package io.github.jixiao.rules;

import io.github.jixiao.JixiaoException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 审核策略错误 (invalid policy): a policy file or value that cannot be used — an unknown key, a
 * number that is not one, an unknown framework, severity or rule id. The message names the key
 * and, for a policy file, its line; {@link #getKey()} and {@link #getLine()} give them apart.
 *
 * <p>A {@link JixiaoException}; not an {@link IllegalArgumentException} (it was one before the
 * common root).
 */
public class PolicyException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the key
   */
  public PolicyException(String message) {
    this(message, null, 0, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public PolicyException(String message, Throwable cause) {
    this(message, null, 0, cause);
  }

  /**
   * Creates the exception for one key of a policy, at a line of its file.
   *
   * @param message what is wrong, naming the key and the line
   * @param key the key, or null
   * @param line the line of the policy file (1 for the first), or 0 when not from a file
   * @param cause the underlying failure, or null
   */
  public PolicyException(String message, String key, int line, Throwable cause) {
    super(message, cause);
    this.key = key;
    this.line = Math.max(line, 0);
  }

  /**
   * The key the error is about.
   *
   * @return the key, or empty when the error is about no single key
   */
  public Optional<String> getKey() {
    return Optional.ofNullable(key);
  }

  /**
   * The line of the policy file the key is on.
   *
   * @return the line (1 for the first), or empty when the policy did not come from a file
   */
  public OptionalInt getLine() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}

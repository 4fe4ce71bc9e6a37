package io.github.jixiao.internal;

import io.github.jixiao.model.ModelException;

/**
 * 限值检查 (limit checks) shared by the options classes of Jixiao's modules (their Immutables
 * check methods). Not API.
 */
public final class Limits {
  private Limits() {}

  /**
   * Fails unless a limit is positive.
   *
   * @param value the limit
   * @param name the options class and the limit, such as {@code ReadOptions.maxDepth}
   * @throws ModelException if {@code value} is zero or negative
   */
  public static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new ModelException(name + ": must be positive, was " + value);
    }
  }
}

package io.github.jixiao.format;

import java.util.List;
import java.util.Objects;

/**
 * 读取结果 (read result): what a reader made of one input — the value and the {@link ReadWarning}s
 * for the content it did not place.
 *
 * @param <T> the type read, such as {@link io.github.jixiao.model.Disclosure}
 */
public final class ReadResult<T> {
  private final T value;
  private final List<ReadWarning> warnings;

  private ReadResult(T value, List<ReadWarning> warnings) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * A result.
   *
   * @param value the value read
   * @param warnings the warnings, in document order
   * @param <T> the type read
   * @return the result
   * @throws NullPointerException if {@code value}, {@code warnings} or a warning is null
   */
  public static <T> ReadResult<T> of(T value, List<ReadWarning> warnings) {
    return new ReadResult<>(value, warnings);
  }

  /**
   * The value read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The warnings, in document order; empty when everything was placed.
   *
   * @return the warnings
   */
  public List<ReadWarning> warnings() {
    return warnings;
  }

  /**
   * Whether the reader placed everything.
   *
   * @return true without warnings
   */
  public boolean isComplete() {
    return warnings.isEmpty();
  }

  @Override
  public String toString() {
    return "ReadResult[" + value + ", " + warnings.size() + " warning(s)]";
  }
}

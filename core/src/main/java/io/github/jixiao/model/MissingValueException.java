package io.github.jixiao.model;

/**
 * 缺少必填值 (missing required value): {@code null} was given where the model requires a value.
 *
 * <p>Thrown by builders and factories instead of a bare {@link NullPointerException}, so that the
 * caller learns which field was missing.
 */
public class MissingValueException extends ModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the name of the field (or parameter) that received {@code null}
   */
  public MissingValueException(String field) {
    super("a value is required but was null: " + field);
  }

  /**
   * Returns {@code value}, or throws this exception naming {@code field} when it is null.
   *
   * @param value the value
   * @param field the name of the field or parameter
   * @param <T> the type of the value
   * @return the value
   * @throws MissingValueException if {@code value} is null
   */
  public static <T> T require(T value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }
}

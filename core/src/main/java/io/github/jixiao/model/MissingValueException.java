package io.github.jixiao.model;

/**
 * 缺少必填值 (missing required value): {@code null} was given where the model requires a value.
 *
 * <p>Thrown by the builders and factories of Jixiao's value types (the model, target values, and
 * the Immutables-generated value types elsewhere, such as {@code Policy} and {@code ReadOptions})
 * instead of a bare {@link NullPointerException}, so that the caller learns which field of the
 * document was missing — a missing value there is usually missing data, such as a project without
 * a name.
 *
 * <p>It is a model exception and stays in the model: a {@code null} passed for a parameter of a
 * method outside the model (to a reader, a writer, a rule set, the form reader) is a programming
 * error and fails with a {@link NullPointerException} naming the parameter, as the JDK does (see
 * {@link io.github.jixiao.JixiaoException}).
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
   * Returns {@code value}, or throws this exception naming {@code field} when it is null; for the
   * fields of value types, not for method parameters outside the model.
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

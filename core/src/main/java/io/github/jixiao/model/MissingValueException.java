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
}

package io.github.jixiao.model;

import io.github.jixiao.JixiaoException;

/**
 * 模型构造错误 (model construction error): a value that cannot be part of a performance-target
 * document at all, such as a required field left unset or a negative sequence number.
 *
 * <p>Only structural nonsense is rejected; anything a reviewer would flag (funding that does not
 * add up, a cost above the budget) stays representable and is reported by the rule engine. The
 * message always names the offending field.
 *
 * <p>A {@link JixiaoException}; not an {@link IllegalArgumentException} (it was one before the
 * common root).
 */
public class ModelException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public ModelException(String message) {
    super(message);
  }
}

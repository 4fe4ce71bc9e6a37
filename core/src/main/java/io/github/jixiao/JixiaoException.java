package io.github.jixiao;

/**
 * 绩效异常 (Jixiao exception): the root of every exception Jixiao declares, so that one {@code
 * catch (JixiaoException e)} handles whatever a document, a policy, a rule pack or a format
 * provider can make Jixiao refuse.
 *
 * <p>The types below it say what was refused:
 *
 * <ul>
 *   <li>{@link io.github.jixiao.model.ModelException} — a value that cannot be part of a document
 *       (a negative sequence number); its subtype {@link
 *       io.github.jixiao.model.MissingValueException} — a required value of a model type left
 *       {@code null} (builders and factories of the value types, and the constructors Immutables
 *       generates for them);
 *   <li>{@link io.github.jixiao.format.FormatException} — input a reader cannot read, with a
 *       machine-readable {@link io.github.jixiao.format.FormatException#reason() reason()} and a
 *       {@link io.github.jixiao.format.FormatException#location() location()};
 *   <li>{@link io.github.jixiao.format.FormatRegistryException} — formats that cannot be put
 *       together;
 *   <li>{@link io.github.jixiao.rules.PolicyException} — a policy that cannot be used;
 *   <li>{@link io.github.jixiao.rules.RuleSetException} and its subtype {@link
 *       io.github.jixiao.rules.DuplicateRuleException} — a rule set that cannot be built.
 * </ul>
 *
 * <p>What is deliberately not a {@code JixiaoException}: a {@code null} passed for a method's
 * parameter outside the model (to a reader, a writer, a rule set, the form reader) is a
 * programming error, not a property of the input, and fails as the JDK's do, with a {@link
 * NullPointerException} whose message names the parameter ({@link
 * java.util.Objects#requireNonNull(Object, String)}); I/O failures while writing are {@link
 * java.io.UncheckedIOException}s. A rule that throws does not escape {@code RuleSet.evaluate}: it
 * becomes an ERROR finding naming the rule.
 *
 * <p>Jixiao exceptions are unchecked. None of them is an {@link IllegalArgumentException} (before
 * this root existed {@code ModelException} and {@code PolicyException} were); catch this type or
 * the specific one. Rule packs and format providers may subclass it for failures of their own.
 */
public abstract class JixiaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  protected JixiaoException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  protected JixiaoException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.github.jixiao.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 审核发现 (finding): one thing a rule found wrong with a document — which rule, how severe, a
 * message in Chinese and English, where in the document, the offending value and what was
 * expected.
 */
@Value.Immutable
public abstract class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Document order, then rule id and message, so that reports are deterministic. */
  public static final Comparator<Finding> DOCUMENT_ORDER =
      Comparator.comparing(Finding::getLocation, Location.DOCUMENT_ORDER)
          .thenComparing(Finding::getRuleId)
          .thenComparing(Finding::getMessageEn);

  Finding() {}

  /**
   * The id of the rule that found it.
   *
   * @return the rule id
   */
  public abstract String getRuleId();

  /**
   * The severity, after the policy's overrides.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * The message in Chinese.
   *
   * @return the message
   */
  public abstract String getMessageZh();

  /**
   * The message in English.
   *
   * @return the message
   */
  public abstract String getMessageEn();

  /**
   * Where in the document.
   *
   * @return the location
   */
  public abstract Location getLocation();

  /**
   * The offending value as written, such as "105.2万元".
   *
   * @return the value
   */
  public abstract Optional<String> getValue();

  /**
   * What was expected instead, such as "≤ 100.00万元".
   *
   * @return the expectation
   */
  public abstract Optional<String> getExpected();

  /**
   * The message in a language: Chinese for {@code zh}, English otherwise.
   *
   * @param language a language code such as {@code zh} or {@code en}
   * @return the message
   */
  public String message(String language) {
    return "zh".equals(language) ? getMessageZh() : getMessageEn();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}

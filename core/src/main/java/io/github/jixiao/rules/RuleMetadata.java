package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * 规则元数据 (rule metadata): what a rule is, independent of any document — a stable id that never
 * changes meaning, titles in Chinese and English, a description, the default severity, the
 * category, the source it comes from and the frameworks it applies to.
 */
@Value.Immutable
public abstract class RuleMetadata implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  RuleMetadata() {}

  /**
   * The stable id, such as {@code JX-FUND-001}: upper-case words and digits joined by hyphens.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * The title in Chinese.
   *
   * @return the title
   */
  public abstract String getTitleZh();

  /**
   * The title in English.
   *
   * @return the title
   */
  public abstract String getTitleEn();

  /**
   * What the rule checks and why, in English.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * The severity findings get unless a {@link Policy} overrides it.
   *
   * @return the default severity
   */
  public abstract Severity getDefaultSeverity();

  /**
   * The category.
   *
   * @return the category
   */
  public abstract RuleCategory getCategory();

  /**
   * 依据 (citation): the document the rule comes from, such as 财预〔2015〕88号, or common practice of
   * deployed budget systems. (Named so that "source" keeps its two meanings in the model only:
   * 项目来源 and a funding source.)
   *
   * @return the citation
   */
  public abstract String getCitation();

  /**
   * The frameworks the rule applies to; a rule is skipped for documents of other frameworks.
   *
   * @return the frameworks, all of them unless set
   */
  @Value.Default
  public Set<IndicatorFramework> getFrameworks() {
    return EnumSet.allOf(IndicatorFramework.class);
  }

  @Value.Check
  void checkId() {
    if (!ID.matcher(getId()).matches()) {
      throw new ModelException(
          "RuleMetadata.id: \"" + getId() + "\" is not of the form WORD-WORD (such as JX-FUND-001)");
    }
    if (getFrameworks().isEmpty()) {
      throw new ModelException("RuleMetadata.frameworks: rule " + getId() + " applies to no framework");
    }
  }

  /**
   * The title in a language: Chinese for {@code zh}, English otherwise.
   *
   * @param language a language code such as {@code zh} or {@code en}
   * @return the title
   */
  public String title(String language) {
    return "zh".equals(language) ? getTitleZh() : getTitleEn();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleMetadata}. */
  public static final class Builder extends ImmutableRuleMetadata.Builder {
    Builder() {}
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.MissingResourceException;
import java.util.Objects;
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
    requireIdForm(getId());
    if (getFrameworks().isEmpty()) {
      throw new ModelException("RuleMetadata.frameworks: rule " + getId() + " applies to no framework");
    }
  }
  private static void requireIdForm(String id) {
    if (!ID.matcher(id).matches()) {
      throw new ModelException("RuleMetadata.id: \"" + id + "\" is not of the form WORD-WORD (such as JX-FUND-001)");
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
   * The metadata a rule class declares with {@link RuleDeclaration}, its titles and description
   * taken from the rule pack's messages: {@code <id>.title} in Chinese and English, {@code
   * <id>.description} in English.
   *
   * @param rule the rule's class, annotated with {@link RuleDeclaration}
   * @param messages the rule pack's message bundles
   * @return the metadata
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the class has no {@link RuleDeclaration} or the messages lack one
   *     of its texts
   * @throws io.github.jixiao.model.ModelException if the declaration is invalid (an id not of the
   *     form WORD-WORD)
   */
  public static RuleMetadata declaredBy(Class<? extends Rule> rule, Messages messages) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(messages, "messages");
    RuleDeclaration declaration = rule.getAnnotation(RuleDeclaration.class);
    if (declaration == null) {
      throw new RuleSetException(rule.getName() + " has no @RuleDeclaration");
    }
    String id = declaration.id();
    requireIdForm(id); // before its texts are looked up, so that a bad id is named as one
    Builder builder = builder()
        .id(id)
        .defaultSeverity(declaration.severity())
        .category(declaration.category())
        .citation(declaration.citation());
    if (declaration.frameworks().length > 0) {
      builder.frameworks(Arrays.asList(declaration.frameworks()));
    }
    try {
      return builder
          .titleZh(messages.zh(id + ".title"))
          .titleEn(messages.en(id + ".title"))
          .description(messages.en(id + ".description"))
          .build();
    } catch (MissingResourceException e) {
      throw new RuleSetException(rule.getName() + " (" + id + "): " + e.getMessage(), e);
    }
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

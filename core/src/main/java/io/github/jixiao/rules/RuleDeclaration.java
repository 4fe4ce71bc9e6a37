package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 规则声明 (rule declaration): a rule's id, default severity, category, citation and frameworks,
 * written on the rule's class next to its logic, as Error Prone's {@code @BugPattern} does. Its
 * titles and description are texts, so they live in the rule pack's {@link Messages} under {@code
 * <id>.title} (Chinese and English) and {@code <id>.description} (English); {@link
 * RuleMetadata#declaredBy(Class, Messages)} joins the two:
 *
 * <pre>{@code
 * @RuleDeclaration(id = "CZ-SAT-001", severity = Severity.WARNING,
 *     category = RuleCategory.REASONABLENESS, citation = "财预〔2021〕101号")
 * final class SurveyStated implements ItemRule {
 *   private final RuleMetadata metadata = RuleMetadata.declaredBy(SurveyStated.class, MESSAGES);
 *   ...
 * }
 * }</pre>
 *
 * <p>Rules may still build their {@link RuleMetadata} in code; the engine reads only {@link
 * Rule#metadata()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDeclaration {
  /**
   * The rule id, such as {@code JX-FUND-001}: never reused for another check.
   *
   * @return the id
   */
  String id();

  /**
   * The severity of the rule's findings unless a {@link Policy} overrides it.
   *
   * @return the default severity
   */
  Severity severity();

  /**
   * What kind of check the rule is.
   *
   * @return the category
   */
  RuleCategory category();

  /**
   * The rule's 依据: the document or practice it enforces.
   *
   * @return the citation
   */
  String citation();

  /**
   * The indicator frameworks the rule applies to; empty (the default) means all of them.
   *
   * @return the frameworks
   */
  IndicatorFramework[] frameworks() default {};
}

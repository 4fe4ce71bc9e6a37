package io.github.jixiao.examples.modular.rules;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Messages;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;

/**
 * 自定义规则：项目期不超过 5 年 (custom rule: a project runs at most 5 years), with its texts in
 * {@code LocalMessages_zh.properties} / {@code _en.properties} of this package, which
 * module-info.java opens to io.github.jixiao.core. Its id, severity, category and citation are
 * declared on the class; {@link RuleMetadata#declaredBy} adds the titles and description from those
 * texts.
 */
@RuleDeclaration(id = LongProjectPeriodRule.ID, severity = Severity.WARNING,
    category = RuleCategory.REASONABLENESS, citation = "本地审核细则 (example)")
public final class LongProjectPeriodRule implements ItemRule {
  /** The longest project period the rule accepts, in years, unless the policy says otherwise ({@link LocalRules#MAXIMUM_YEARS}). */
  public static final int MAXIMUM_YEARS = 5;

  static final String ID = "LOCAL-PERIOD-001";
  private static final Messages MESSAGES =
      Messages.load("io.github.jixiao.examples.modular.rules.LocalMessages", LongProjectPeriodRule.class.getModule());
  private static final RuleMetadata METADATA = RuleMetadata.declaredBy(LongProjectPeriodRule.class, MESSAGES);

  /** Creates the rule. */
  public LongProjectPeriodRule() {}

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(ItemCheck check) {
    int maximum = check.policy().setting(LocalRules.MAXIMUM_YEARS);
    check.item().getPeriod().ifPresent(period -> {
      int years = period.years().orElse(0);
      if (years > maximum) {
        check.report(
            check.at(Section.ITEM, "period"),
            MESSAGES.format(ID + ".message", period.getText(), String.valueOf(maximum)),
            period.getText(),
            "≤ " + maximum + " years");
      }
    });
  }
}

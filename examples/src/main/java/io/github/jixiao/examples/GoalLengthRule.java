package io.github.jixiao.examples;

import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Message;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;

/**
 * 自定义规则：年度目标不少于 8 个字 (custom rule: the annual goal has at least 8 characters, or as
 * many as the policy's {@code acme.goal.minimum-length} says) — a rule a provincial finance bureau
 * might add to the catalogue.
 */
public final class GoalLengthRule implements ItemRule {
  /** The shortest acceptable annual goal, in characters, unless the policy says otherwise. */
  public static final int MINIMUM = 8;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id("ACME-GOAL-001")
          .titleZh("年度目标过于简略")
          .titleEn("Annual goal too short")
          .description("The annual goal should say what the money achieves in at least " + MINIMUM
              + " characters (policy setting acme.goal.minimum-length).")
          .defaultSeverity(Severity.WARNING)
          .category(RuleCategory.MEASURABILITY)
          .citation("省财政厅审核细则 (example)")
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(ItemCheck check) {
    int minimum = check.policy().setting(AcmeRulePack.GOAL_MINIMUM_LENGTH);
    check.item().getAnnualGoals().ifPresent(goals -> {
      int length = goals.getText().strip().length();
      if (length < minimum) {
        check.report(
            check.at(Section.ANNUAL_GOALS, "annualGoals"),
            Message.of("年度目标仅 " + length + " 个字，过于简略", "the annual goal has only " + length + " characters"),
            goals.getText(),
            "≥ " + minimum + " characters");
      }
    });
  }
}

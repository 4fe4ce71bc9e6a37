package io.github.jixiao.rules;

/**
 * 规则编号重复 (duplicate rule id): two rules with the same id were given to one rule set. The
 * message names both, with where each came from.
 */
public class DuplicateRuleException extends RuleSetException {
  private static final long serialVersionUID = 1L;

  /** The id both rules have. */
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the id both rules have
   * @param first where the first rule came from and its class
   * @param second where the second rule came from and its class
   */
  public DuplicateRuleException(String ruleId, String first, String second) {
    super("rule id " + ruleId + " is defined twice: by " + first + " and by " + second);
    this.ruleId = ruleId;
  }

  /**
   * The duplicated id.
   *
   * @return the id
   */
  public String ruleId() {
    return ruleId;
  }
}

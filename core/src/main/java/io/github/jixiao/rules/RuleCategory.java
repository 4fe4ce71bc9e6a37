package io.github.jixiao.rules;

/**
 * 规则类别 (rule category): what aspect of a document a rule checks, in the spirit of the central
 * requirement that targets be 指向明确, 细化量化, 合理可行, 相应匹配.
 */
public enum RuleCategory {
  /** 完整性: something required is missing. */
  COMPLETENESS("完整性"),
  /** 一致性: two parts of the document disagree (sums, list against sheets, cost against funding). */
  CONSISTENCY("一致性"),
  /** 规范性: the document departs from the prescribed form (framework categories, code form). */
  CONFORMITY("规范性"),
  /** 可衡量性: a target is not specific or quantified enough to be measured (细化量化). */
  MEASURABILITY("可衡量性"),
  /** 合理性: a target is implausible or points the wrong way (合理可行). */
  REASONABLENESS("合理性");

  private final String chineseLabel;

  RuleCategory(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * The Chinese label, such as 完整性.
   *
   * @return the label
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

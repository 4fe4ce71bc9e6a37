package io.github.jixiao.value;

/**
 * 指标值类型 (kind of target value): what a written 指标值 turned out to be.
 */
public enum TargetKind {
  /** 定量: a number with an optional operator and unit, such as "≥95%", "85家" or "≤131万元". */
  QUANTITATIVE,
  /** 区间: a range of two numbers, such as "90%-95%". */
  RANGE,
  /** 定性: an evaluative statement in words, such as "成效明显" or "及时高效". */
  QUALITATIVE,
  /** 是/否: a yes-or-no answer, such as "是". */
  YES_NO,
  /** 不适用: not applicable, in any of its written variants ("项目不适用", "不涉及", "/"). */
  NOT_APPLICABLE,
  /** 暂不确定: a quantitative value not yet determined. */
  UNDETERMINED,
  /**
   * 无法识别: text that looks like a quantity but does not parse (an operator with no number, two
   * operators, a malformed number), or an empty cell. The text is kept.
   */
  UNRECOGNISED
}

package io.github.jixiao.rules;

/**
 * 严重程度 (severity) of a finding.
 */
public enum Severity {
  /** 错误: the document breaks a rule and should be returned to the unit. */
  ERROR("错误"),
  /** 警告: the document is doubtful; a reviewer should look. */
  WARNING("警告"),
  /** 提示: worth knowing, not a defect. */
  INFO("提示");

  private final String chineseLabel;

  Severity(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * The Chinese label: 错误, 警告 or 提示.
   *
   * @return the label
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

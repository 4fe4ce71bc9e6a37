package io.github.jixiao.model;

import java.util.List;
import java.util.Optional;

/**
 * 指标表可选列 (optional indicator column): the columns some templates add to the indicator table
 * beside 一级 / 二级 / 三级指标 and 指标值.
 */
public enum IndicatorColumn {
  /** 计量单位 / 度量单位: unit of measure. */
  UNIT("计量单位", "度量单位", "单位"),
  /** 指标性质 / 计算符号: the comparison operator as its own column. */
  COMPARATOR("指标性质", "计算符号", "指标方向", "符号"),
  /** 权重 / 分值: weight. */
  WEIGHT("权重", "分值", "权重（分）", "分值（分）"),
  /** 指标值设定依据: basis of the target value. */
  BASIS("指标值设定依据", "指标值设定依据及数据来源", "设定依据"),
  /** 评分细则 / 评分标准: how the indicator is scored. */
  SCORING("评分细则", "评分标准", "评分规则", "评分方法"),
  /** 备注: remark. */
  REMARK("备注", "说明");

  private final List<String> labels;

  IndicatorColumn(String... labels) {
    this.labels = List.of(labels);
  }

  /**
   * The standard header label of this column.
   *
   * @return the label
   */
  public String chineseLabel() {
    return labels.get(0);
  }

  /**
   * Recognises a column header as written; whitespace of any width is ignored.
   *
   * @param header the header text
   * @return the column, or empty for a header that is none of these
   */
  public static Optional<IndicatorColumn> recognize(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = io.github.jixiao.internal.Texts.compact(header).replace('(', '（').replace(')', '）');
    for (IndicatorColumn column : values()) {
      if (column.labels.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}

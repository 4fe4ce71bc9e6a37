package io.github.jixiao.rules;

/**
 * 文件部位 (section of a document) that a finding points to, in the order a reader meets them:
 * the disclosure's header and list, then each sheet's header fields, funding, goals and indicator
 * tables.
 */
public enum Section {
  /** The disclosure as a whole (title, unit, footnote). */
  DOCUMENT,
  /** The 公开清单. */
  LIST,
  /** A sheet's header fields: name, department, unit, source, period. */
  ITEM,
  /** 年度资金. */
  ANNUAL_FUNDING,
  /** 中期资金. */
  MEDIUM_TERM_FUNDING,
  /** 年度目标. */
  ANNUAL_GOALS,
  /** 中长期目标. */
  MEDIUM_TERM_GOALS,
  /** 年度绩效指标. */
  ANNUAL_INDICATORS,
  /** 中长期绩效指标. */
  MEDIUM_TERM_INDICATORS
}

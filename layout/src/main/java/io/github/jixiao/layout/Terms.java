package io.github.jixiao.layout;

/**
 * What a cell's label is, across the groups of the {@link Vocabulary} that can start a part of the
 * sheet, and the period a caption or label names.
 */
final class Terms {
  enum Period { ANNUAL, MEDIUM }

  private final Vocabulary vocabulary;

  Terms(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The term a label names in one group, or null. */
  String in(String group, Label label) {
    return vocabulary.term(group, label);
  }

  /**
   * The term of a label that starts a part of the sheet (a field, goal, funding block, indicator
   * section, note, footer line or heading), or null for a value. Funding source and period words
   * are not among them: they mean something only inside a funding block.
   */
  String labelTerm(Label label) {
    return vocabulary.labelTerm(label);
  }

  boolean isLabel(Slot s) {
    return s.labelTerm(this) != null;
  }

  /** The period a caption names ("中长期绩效指标", "年度指标值", "总目标"), or null. */
  Period periodOf(String key) {
    for (String k : vocabulary.keys("period.medium")) {
      if (key.contains(k)) {
        return Period.MEDIUM;
      }
    }
    for (String k : vocabulary.keys("period.annual")) {
      if (key.contains(k)) {
        return Period.ANNUAL;
      }
    }
    return null;
  }
}

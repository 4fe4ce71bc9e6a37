package io.github.jixiao.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The written forms of comparison operators, as prefixes of a compacted (NFKC, no whitespace)
 * target value: symbols (≥ ≧ ⩾ >= …) and words (不低于, 不超过, 大于, …). Longest forms are tried
 * first so that 不超过 is not read as 超过.
 */
final class OperatorLexicon {
  /** One recognised operator prefix. */
  record Match(ComparisonOperator operator, int length, boolean symbol) {}

  private record Form(String text, ComparisonOperator operator, boolean symbol) {}

  private static final List<Form> FORMS = new ArrayList<>();

  static {
    Map<ComparisonOperator, List<String>> symbols =
        Map.of(
            ComparisonOperator.GE, List.of(">=", "=>", "≥", "≧", "⩾", "≮"),
            ComparisonOperator.LE, List.of("<=", "=<", "≤", "≦", "⩽", "≯"),
            ComparisonOperator.GT, List.of(">"),
            ComparisonOperator.LT, List.of("<"),
            ComparisonOperator.EQ, List.of("==", "="));
    Map<ComparisonOperator, List<String>> words =
        Map.of(
            ComparisonOperator.GE,
                List.of("大于等于", "大于或等于", "不低于", "不少于", "不小于", "至少", "达到"),
            ComparisonOperator.LE,
                List.of("小于等于", "小于或等于", "不高于", "不超过", "不大于", "不多于", "最多", "控制在"),
            ComparisonOperator.GT, List.of("高于", "大于", "多于", "超过"),
            ComparisonOperator.LT, List.of("低于", "小于", "少于"),
            ComparisonOperator.EQ, List.of("等于"));
    symbols.forEach((op, forms) -> forms.forEach(f -> FORMS.add(new Form(f, op, true))));
    words.forEach((op, forms) -> forms.forEach(f -> FORMS.add(new Form(f, op, false))));
    FORMS.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed()
        .thenComparing(Form::text));
  }

  private OperatorLexicon() {}

  /** The operator written at the start of {@code compact}, if any. */
  static Optional<Match> prefixOf(String compact) {
    for (Form form : FORMS) {
      if (compact.startsWith(form.text())) {
        return Optional.of(new Match(form.operator(), form.text().length(), form.symbol()));
      }
    }
    return Optional.empty();
  }
}

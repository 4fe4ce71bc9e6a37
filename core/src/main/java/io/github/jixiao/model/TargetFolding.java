package io.github.jixiao.model;

import io.github.jixiao.internal.Texts;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.util.Optional;

/**
 * Folds the separate comparator and unit columns of an indicator row into its target value, as a
 * reader of the form understands "≥ | 90 | %": the 指标值 cell says only the number, the other
 * columns say how to compare it and in what unit. Only what the value cell leaves out is taken
 * from the other columns; a value cell that says more wins.
 */
final class TargetFolding {
  private TargetFolding() {}

  /** A unit column's text, trimmed, or empty for a placeholder that says there is no unit. */
  static String unitOrEmpty(String unitColumn) {
    String unit = Texts.trim(unitColumn);
    return unit.equals("/") || unit.equals("-") || unit.equals("无") ? "" : unit;
  }

  static TargetValue fold(TargetValue written, String comparatorColumn, String unitColumn) {
    Optional<ComparisonOperator> operator = ComparisonOperator.fromText(comparatorColumn);
    String unit = unitColumn == null ? "" : unitOrEmpty(unitColumn);
    TargetKind kind = written.getKind();
    boolean numeric = kind == TargetKind.QUANTITATIVE || kind == TargetKind.RANGE;
    if (!numeric || (operator.isEmpty() && unit.isEmpty())) {
      return written;
    }
    String text = Texts.trim(written.getRaw());
    boolean addOperator = operator.isPresent() && written.getComparator().isEmpty() && kind == TargetKind.QUANTITATIVE;
    boolean addUnit = !unit.isEmpty() && written.getUnit().isEmpty();
    if (!addOperator && !addUnit) {
      return written;
    }
    // The comparator as written (so "不低于" stays a word), except a national code "1"–"5", which
    // would read as a digit of the number.
    String asWritten = Texts.trim(comparatorColumn == null ? "" : comparatorColumn);
    String symbol = asWritten.length() == 1 && Character.isDigit(asWritten.charAt(0)) && operator.isPresent()
        ? operator.get().symbol() : asWritten;
    String folded = (addOperator ? symbol : "") + text + (addUnit ? unit : "");
    TargetValue parsed = TargetValue.parse(folded);
    // A unit column that does not read as a unit ("按实际") must not spoil a good value.
    return parsed.getKind() == kind ? parsed : written;
  }
}

package io.github.jixiao.value;

import java.util.Optional;

/**
 * 计算符号 (comparison operator) of a quantitative target value, with the code the national
 * integrated budget system gives it: 1 ≥, 2 ＞, 3 ＝, 4 ＜, 5 ≤ (6 is 定性, qualitative; see
 * {@link #QUALITATIVE_CODE}).
 */
public enum ComparisonOperator {
  /** ≥, greater than or equal (code 1). */
  GE(1, "≥"),
  /** ＞, greater than (code 2). */
  GT(2, "＞"),
  /** ＝, equal (code 3); also what a number written without an operator means. */
  EQ(3, "＝"),
  /** ＜, less than (code 4). */
  LT(4, "＜"),
  /** ≤, less than or equal (code 5). */
  LE(5, "≤");

  /** The national code for a qualitative (定性) target, which has no operator. */
  public static final int QUALITATIVE_CODE = 6;

  private final int nationalCode;
  private final String symbol;

  ComparisonOperator(int nationalCode, String symbol) {
    this.nationalCode = nationalCode;
    this.symbol = symbol;
  }

  /**
   * The code of the national integrated budget system: 1 ≥, 2 ＞, 3 ＝, 4 ＜, 5 ≤.
   *
   * @return the code, 1 to 5
   */
  public int nationalCode() {
    return nationalCode;
  }

  /**
   * The canonical symbol, as the national code list writes it: ≥ ＞ ＝ ＜ ≤.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Finds the operator with a national code.
   *
   * @param code 1 to 5
   * @return the operator, or empty for any other code (including 6, qualitative)
   */
  public static Optional<ComparisonOperator> fromNationalCode(int code) {
    for (ComparisonOperator op : values()) {
      if (op.nationalCode == code) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /**
   * Recognises an operator written on its own, as in a 计算符号 / 指标性质 column: symbols in any
   * width (≥ ≧ >= ＞ …), words (不低于, 不超过, 大于, …) and the national codes "1" to "5".
   *
   * @param text the text as written; {@code null} gives empty
   * @return the operator, or empty when the text is not one
   */
  public static Optional<ComparisonOperator> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = TextNormalizer.compact(text);
    if (compact.length() == 1 && compact.charAt(0) >= '1' && compact.charAt(0) <= '5') {
      return fromNationalCode(compact.charAt(0) - '0');
    }
    return OperatorLexicon.prefixOf(compact)
        .filter(match -> match.length() == compact.length())
        .map(OperatorLexicon.Match::operator);
  }
}

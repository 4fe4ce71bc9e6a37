package io.github.jixiao.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a written 指标值 into a {@link TargetValue}. Never throws: what it cannot read becomes
 * {@link TargetKind#UNRECOGNISED}.
 *
 * <p>The order of the checks is the contract: special markers (不适用, 暂不确定) and yes/no first,
 * then a quantity or range; text with letters that is not a quantity is qualitative — unless it
 * starts with an operator symbol such as ≥, which promises a number that is not there.
 */
final class TargetValueParser {
  /** Longest number we read; longer digit strings are not a target anyone wrote on purpose. */
  private static final int MAX_DIGITS = 40;

  private static final Pattern NOT_APPLICABLE =
      Pattern.compile("(?:此|本|该)?(?:项目|指标|项)?(?:不适用|不适应|不涉及)");
  private static final Set<String> NOT_APPLICABLE_MARKS =
      Set.of("/", "\\", "-", "--", "—", "——", "n/a", "na", "无");
  private static final Set<String> UNDETERMINED =
      Set.of("暂不确定", "不确定", "待定", "待确定", "未确定", "暂无法确定");

  private TargetValueParser() {}

  static TargetValue parse(String raw) {
    String compact = TextNormalizer.compactWithoutFinalPunctuation(raw);
    if (compact.isEmpty()) {
      return unrecognised(raw);
    }
    if (isNotApplicable(compact)) {
      return TargetValue.builder().raw(raw).kind(TargetKind.NOT_APPLICABLE).build();
    }
    if (UNDETERMINED.contains(compact)) {
      return TargetValue.builder().raw(raw).kind(TargetKind.UNDETERMINED).build();
    }
    String text = TextNormalizer.trim(raw);
    if (YesNo.answerOfCompact(compact).isPresent()) {
      return TargetValue.builder().raw(raw).kind(TargetKind.YES_NO).text(text).build();
    }
    Optional<TargetValue> quantity = readQuantity(raw, compact);
    if (quantity.isPresent()) {
      return quantity.get();
    }
    boolean promisesNumber =
        OperatorLexicon.prefixOf(compact).filter(OperatorLexicon.Match::symbol).isPresent();
    if (!promisesNumber && hasLetter(compact)) {
      return TargetValue.builder().raw(raw).kind(TargetKind.QUALITATIVE).text(text).build();
    }
    return unrecognised(raw);
  }

  private static boolean isNotApplicable(String compact) {
    if (compact.length() > 12) {
      return false; // the longest form, 此项目不适用, has 6 characters
    }
    return NOT_APPLICABLE_MARKS.contains(compact.toLowerCase(Locale.ROOT)) || NOT_APPLICABLE.matcher(compact).matches();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static TargetValue unrecognised(String raw) {
    return TargetValue.builder().raw(raw).kind(TargetKind.UNRECOGNISED).build();
  }

  /** operator? number unit? | number unit? separator number unit?, with 以上/以下 suffixes. */
  private static Optional<TargetValue> readQuantity(String raw, String s) {
    ComparisonOperator operator = null;
    int start = 0;
    Optional<OperatorLexicon.Match> prefix = OperatorLexicon.prefixOf(s);
    if (prefix.isPresent()) {
      operator = prefix.get().operator();
      start = prefix.get().length();
    }
    int end = s.length();
    for (Suffix suffix : Suffix.values()) {
      if (s.endsWith(suffix.text) && end - suffix.text.length() > start) {
        if (operator != null) {
          return Optional.empty(); // an operator at both ends: "≥95%以上"
        }
        operator = suffix.operator;
        end -= suffix.text.length();
        break;
      }
    }
    String body = s.substring(start, end);
    int lowerEnd = numberEnd(body, 0);
    if (lowerEnd < 0) {
      return Optional.empty();
    }
    int unitEnd = lowerEnd;
    while (unitEnd < body.length() && !isRangeSeparator(body.charAt(unitEnd))) {
      unitEnd++;
    }
    String firstUnit = body.substring(lowerEnd, unitEnd);
    if (!UnitSyntax.isPlausible(firstUnit)) {
      return Optional.empty();
    }
    BigDecimal lower = decimal(body.substring(0, lowerEnd));
    if (unitEnd == body.length()) {
      return Optional.of(
          TargetValue.builder()
              .raw(raw)
              .kind(TargetKind.QUANTITATIVE)
              .comparator(Optional.ofNullable(operator))
              .value(lower)
              .unit(firstUnit.isEmpty() ? null : firstUnit)
              .build());
    }
    if (operator != null) {
      return Optional.empty(); // "≥90%-95%" says two things at once
    }
    int upperStart = unitEnd + 1;
    int upperEnd = numberEnd(body, upperStart);
    if (upperEnd < 0) {
      return Optional.empty();
    }
    String secondUnit = body.substring(upperEnd);
    if (!UnitSyntax.isPlausible(secondUnit)
        || (!firstUnit.isEmpty() && !secondUnit.isEmpty() && !firstUnit.equals(secondUnit))) {
      return Optional.empty();
    }
    String unit = secondUnit.isEmpty() ? firstUnit : secondUnit;
    return Optional.of(
        TargetValue.builder()
            .raw(raw)
            .kind(TargetKind.RANGE)
            .value(lower)
            .upperValue(decimal(body.substring(upperStart, upperEnd)))
            .unit(unit.isEmpty() ? null : unit)
            .build());
  }

  /**
   * The end of a number starting at {@code from}: an optional sign, digits (optionally grouped by
   * commas in threes), an optional fraction. Returns -1 when there is no well-formed number.
   */
  private static int numberEnd(String s, int from) {
    int i = from;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    // Thousands separators: only after a leading group of at most three digits, and every
    // later group exactly three ("10,000" yes, "1,5" no).
    if (digits <= 3) {
      while (i < s.length() && s.charAt(i) == ',' && hasThreeDigits(s, i + 1)) {
        i += 4;
        digits += 3;
      }
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    return digits > MAX_DIGITS ? -1 : i;
  }

  private static boolean hasThreeDigits(String s, int from) {
    if (from + 3 > s.length()) {
      return false;
    }
    for (int k = from; k < from + 3; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return from + 3 == s.length() || !isDigit(s.charAt(from + 3));
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static boolean isRangeSeparator(char ch) {
    return ch == '-' || ch == '~' || ch == '—' || ch == '–' || ch == '至' || ch == '到';
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text.replace(",", ""));
  }

  /** Operators written after the number. Longest first, so 及以上 wins over 以上. */
  private enum Suffix {
    AND_ABOVE("及以上", ComparisonOperator.GE),
    OR_ABOVE("或以上", ComparisonOperator.GE),
    AND_BELOW("及以下", ComparisonOperator.LE),
    OR_BELOW("或以下", ComparisonOperator.LE),
    ABOVE("以上", ComparisonOperator.GE),
    BELOW("以下", ComparisonOperator.LE),
    WITHIN("以内", ComparisonOperator.LE),
    INSIDE("之内", ComparisonOperator.LE),
    IN("内", ComparisonOperator.LE);

    private final String text;
    private final ComparisonOperator operator;

    Suffix(String text, ComparisonOperator operator) {
      this.text = text;
      this.operator = operator;
    }
  }
}

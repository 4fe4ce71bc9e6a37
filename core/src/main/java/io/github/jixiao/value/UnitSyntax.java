package io.github.jixiao.value;

/**
 * Decides whether the text after a number can be a unit ("%", "万元", "元/人·月", "m2") rather than
 * the rest of a sentence ("月底前完成"). A unit is short, made of letters and unit symbols, and
 * contains none of the characters that turn a number into a time phrase or a comparison.
 */
final class UnitSyntax {
  private static final int MAX_LENGTH = 12;
  private static final String SYMBOLS = "℃°/·・•";
  /**
   * Symbols a unit may start with: the degree sign, because NFKC turns ℃ into °C and people write
   * °C, ° (angles) and ℃ after temperatures. A leading / or · joins two numbers ("5/人", "3·5").
   */
  private static final String LEADING_SYMBOLS = "℃°";
  /** Characters that never occur in a unit but do in phrases around numbers. */
  private static final String PHRASE_CHARACTERS = "前后底末初左右约完达及超低高于不或和且的以至到是否";

  private UnitSyntax() {}

  static boolean isPlausible(String unit) {
    if (unit.isEmpty()) {
      return true;
    }
    if (unit.equals("%") || unit.equals("‰")) {
      return true;
    }
    char first = unit.charAt(0);
    if (unit.length() > MAX_LENGTH
        || (SYMBOLS.indexOf(first) >= 0 && LEADING_SYMBOLS.indexOf(first) < 0)) {
      return false;
    }
    for (int i = 0; i < unit.length(); i++) {
      char ch = unit.charAt(i);
      boolean ok =
          (Character.isLetter(ch) && PHRASE_CHARACTERS.indexOf(ch) < 0)
              || SYMBOLS.indexOf(ch) >= 0
              // digits only as an exponent written inline after a Latin unit: m2, km2, m3
              || (ch >= '0' && ch <= '9' && i > 0 && isAsciiLetter(unit.charAt(i - 1)));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }
}

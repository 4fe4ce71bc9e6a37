package io.github.jixiao.pdf;

/** Character classes that decide spaces and line breaks in text read from positions. */
final class Chars {
  private Chars() {}

  /** Latin letters, digits and the signs inside numbers and words: text separated by spaces. */
  static boolean latin(char c) {
    return (c < 0x2E80 && Character.isLetterOrDigit(c)) || c == '%' || c == '.' || c == ',' || c == '-' || c == ')'
        || c == '(';
  }

  /**
   * Whether a space joins two lines of one paragraph or cell where the first wrapped: between Latin
   * words, but not after a hyphen, where a line breaks inside a word or number ("0552-" and
   * "2125890").
   */
  static boolean spaceAtWrap(char before, char after) {
    return latin(before) && before != '-' && latin(after);
  }

  /** A Chinese character (a CJK ideograph), not punctuation. */
  static boolean chineseCharacter(char c) {
    return Character.isIdeographic(c);
  }

  /** Punctuation that may not end a line in Chinese typesetting. */
  static boolean opening(char c) {
    return "（(《〈「『【〔“‘".indexOf(c) >= 0;
  }

  /** Punctuation that may not start a line in Chinese typesetting. */
  static boolean closing(char c) {
    return "，。、；：？！）)》〉」』】〕”’…%,.;:?!".indexOf(c) >= 0;
  }
}

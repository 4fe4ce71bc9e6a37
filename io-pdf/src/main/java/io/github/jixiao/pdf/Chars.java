package io.github.jixiao.pdf;

/** Character classes that decide spaces and line breaks in text read from positions. */
final class Chars {
  private Chars() {}

  /** Latin letters, digits and the signs inside numbers and words: text separated by spaces. */
  static boolean latin(char c) {
    return (c < 0x2E80 && Character.isLetterOrDigit(c)) || c == '%' || c == '.' || c == ',' || c == '-' || c == ')'
        || c == '(';
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

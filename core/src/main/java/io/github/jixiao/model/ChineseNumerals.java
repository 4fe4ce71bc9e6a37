package io.github.jixiao.model;

/** Reads the small Chinese numerals written in goal numbers and project periods (一 … 九十九). */
final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** Parses 一 to 九十九 (十, 十二, 二十, 二十五); returns -1 for anything else. */
  static int parse(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return -1;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
    int units = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1);
    return tens < 1 || units < 0 ? -1 : tens * 10 + units;
  }

  private static int digit(char ch) {
    int d = DIGITS.indexOf(ch);
    return d < 0 ? -1 : d;
  }
}

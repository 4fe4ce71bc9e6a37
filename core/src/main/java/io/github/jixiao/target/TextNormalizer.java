package io.github.jixiao.target;

import java.text.Normalizer;

/**
 * Text clean-up shared by the target-value parser and operator recognition: compatibility
 * normalisation (full-width digits, percent signs and operators become their ASCII forms) and
 * whitespace of every width.
 */
final class TextNormalizer {
  private static final String TRAILING_PUNCTUATION = "。.;；,，、!！";

  private TextNormalizer() {}

  /** NFKC-normalises and removes all whitespace, including full-width and no-break spaces. */
  static String compact(String text) {
    // Most target values are ASCII, CJK ideographs and a few symbols that NFKC leaves alone;
    // checking that is far cheaper than normalising.
    String normalized = isNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char ch = normalized.charAt(i);
      if (!isBlank(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * {@link #compact(String)}, then drops sentence punctuation at the end ("≥95%。" reads as
   * "≥95%").
   */
  static String compactWithoutFinalPunctuation(String text) {
    String s = compact(text);
    int end = s.length();
    while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Whether every character is one NFKC certainly maps to itself: printable ASCII, CJK unified
   * ideographs, and the operator and unit symbols of target values. Anything else (full-width
   * forms, ideographic space, compatibility characters) goes through the normaliser.
   */
  static boolean isNfkcStable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean stable = (ch >= 0x20 && ch < 0x7F) || (ch >= 0x4E00 && ch <= 0x9FFF) || STABLE_SYMBOLS.indexOf(ch) >= 0;
      if (!stable) {
        return false;
      }
    }
    return true;
  }

  private static final String STABLE_SYMBOLS = "≥≤≧≦≮≯⩾⩽·‰°×÷—–、。“”‘’《》【】";

  /** Trims whitespace of every width (ASCII, full-width, no-break, zero-width) at both ends. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isBlank(char ch) {
    return Character.isWhitespace(ch)
        || Character.isSpaceChar(ch)
        || ch == '\u200B'
        || ch == '\uFEFF';
  }
}

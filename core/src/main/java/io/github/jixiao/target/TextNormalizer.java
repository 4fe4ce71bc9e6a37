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
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
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

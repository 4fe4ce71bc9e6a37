package io.github.jixiao.value;

import io.github.jixiao.internal.Texts;

/**
 * Text clean-up of the target-value parser: compatibility normalisation (full-width digits,
 * percent signs and operators become their ASCII forms), whitespace of every width, and sentence
 * punctuation at the end.
 */
final class TextNormalizer {
  private static final String TRAILING_PUNCTUATION = "。.;；,，、!！";

  private TextNormalizer() {}

  /** NFKC-normalises and removes all whitespace, including full-width and no-break spaces. */
  static String compact(String text) {
    return Texts.compact(text);
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

  static String trim(String text) {
    return Texts.trim(text);
  }
}

package io.github.jixiao.internal;

import java.text.Normalizer;

/**
 * 文本工具 (text helpers) shared by the parsers of Jixiao's modules: compatibility normalisation
 * with a fast path, and trimming of whitespace of every width. Not API.
 */
public final class Texts {
  /** Symbols of target values and forms that NFKC maps to themselves. */
  private static final String STABLE_SYMBOLS = "≥≤≧≦≮≯⩾⩽·‰°×÷—–、。“”‘’《》【】";

  /** How many characters of input a message quotes before cutting it. */
  public static final int QUOTED_CHARACTERS = 200;

  private Texts() {}

  /**
   * Input quoted in a message, cut to its first {@link #QUOTED_CHARACTERS} characters followed by
   * "…(N characters)" when longer, so that a huge key or value cannot make a huge message. A
   * surrogate pair is never split.
   *
   * @param text the input to quote
   * @return the text, or its beginning and its length
   */
  public static String cut(String text) {
    if (text.length() <= QUOTED_CHARACTERS) {
      return text;
    }
    int end = QUOTED_CHARACTERS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…(" + text.length() + " characters)";
  }

  /**
   * A path quoted in a message (a JSON pointer, say) with each of its pieces cut as {@link
   * #cut(String)} cuts: a hostile key could make a path of any length, and cutting each piece keeps
   * a deep but honest path whole, so that it still says where.
   *
   * @param text the path
   * @param separator what separates its pieces, such as {@code "/"}
   * @return the path, each piece whole or cut to its beginning and length
   */
  public static String cutEach(String text, String separator) {
    if (text.length() <= QUOTED_CHARACTERS) {
      return text; // no piece can be longer than the whole
    }
    StringBuilder b = new StringBuilder();
    int start = 0;
    for (int end = text.indexOf(separator); end >= 0; end = text.indexOf(separator, start)) {
      b.append(cut(text.substring(start, end))).append(separator);
      start = end + separator.length();
    }
    return b.append(cut(text.substring(start))).toString();
  }

  /**
   * NFKC-normalises (full-width digits, letters, brackets and colons become ASCII) and removes
   * whitespace of every width.
   *
   * @param text the text
   * @return the compact text
   */
  public static String compact(String text) {
    // Most text is ASCII, CJK ideographs and a few symbols that NFKC leaves alone; checking that
    // is far cheaper than normalising.
    String normalized = isNfkcStable(text) ? text : widthFolded(text);
    if (normalized == null) {
      normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    StringBuilder b = null;
    for (int i = 0; i < normalized.length(); i++) {
      char ch = normalized.charAt(i);
      if (isBlank(ch)) {
        if (b == null) {
          b = new StringBuilder(normalized.length()).append(normalized, 0, i);
        }
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? normalized : b.toString();
  }

  /**
   * NFKC of a text whose only characters NFKC changes are full-width ASCII forms (U+FF01–U+FF5E)
   * and the ideographic space, the ones Chinese forms are full of ("（", "：", "，"): each becomes
   * its ASCII character, which nothing around it composes with. Null for any other text.
   */
  private static String widthFolded(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char ch = text.charAt(i);
      if (ch >= '\uFF01' && ch <= '\uFF5E') {
        out[i] = (char) (ch - 0xFEE0);
      } else if (ch == '\u3000') {
        out[i] = ' ';
      } else if (isStable(ch)) {
        out[i] = ch;
      } else {
        return null;
      }
    }
    return new String(out);
  }

  /**
   * Whether every character is one NFKC certainly maps to itself: printable ASCII, CJK unified
   * ideographs, and the operator and unit symbols of target values.
   *
   * @param text the text
   * @return true when normalisation cannot change the text
   */
  public static boolean isNfkcStable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isStable(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStable(char ch) {
    return (ch >= 0x20 && ch < 0x7F) || (ch >= 0x4E00 && ch <= 0x9FFF) || STABLE_SYMBOLS.indexOf(ch) >= 0;
  }

  /**
   * Trims whitespace of every width (ASCII, full-width, no-break, zero-width) at both ends.
   *
   * @param text the text
   * @return the trimmed text
   */
  public static String trim(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /**
   * Whether a character is whitespace of any width, including no-break and zero-width spaces.
   *
   * @param ch the character
   * @return true for whitespace
   */
  public static boolean isBlank(char ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF';
  }
}

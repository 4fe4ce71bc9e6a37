package io.github.jixiao.cli;

/**
 * 转义 (escaping) of text the tool prints for people: names, messages and quoted content come
 * from the documents, and a line break, a terminal escape sequence or a bidirectional override
 * inside them could forge the lines around them (a fake "合计：0 个错误", a cleared screen, text
 * shown in another order). Such characters are printed as escapes instead: {@code \n}, {@code \r},
 * {@code \t}, {@code \\u001b}.
 */
final class Escapes {
  private Escapes() {}

  /**
   * The text with every control character escaped: C0 (U+0000–U+001F), DEL (U+007F), C1
   * (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029) and the bidirectional
   * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
   *
   * @param text the text, from a document or its name
   * @return the text, safe to print on one line
   */
  static String text(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (isControl(ch)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        switch (ch) {
          case '\n':
            b.append("\\n");
            break;
          case '\r':
            b.append("\\r");
            break;
          case '\t':
            b.append("\\t");
            break;
          default:
            b.append(String.format("\\u%04x", (int) ch));
        }
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Whether a character could change how the lines around it look.
   *
   * @param ch the character
   * @return true for the characters {@link #text(String)} escapes
   */
  static boolean isControl(char ch) {
    return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || ch == '\u2028' || ch == '\u2029'
        || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069');
  }
}

package io.github.jixiao.cli;

import io.github.jixiao.internal.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 转义 (escaping) of text the tool prints for people: names, messages and quoted content come
 * from the documents, and a line break, a terminal escape sequence or a bidirectional override
 * inside them could forge the lines around them (a fake "合计：0 个错误", a cleared screen, text
 * shown in another order). Such characters are printed as escapes instead: {@code \n}, {@code \r},
 * {@code \t}, {@code \\u001b}.
 */
final class Escapes {
  /** A quoted or bracketed part of a message longer than {@link Texts#QUOTED_CHARACTERS}. */
  private static final Pattern LONG_QUOTE = Pattern.compile(
      "(?<open>[\"“\\[])(?<quoted>[^\"”\\]]{" + (Texts.QUOTED_CHARACTERS + 1) + ",})(?<close>[\"”\\]])");

  private Escapes() {}

  /**
   * A message or path with each part it quotes from the document ("…", “…”, […]) cut to its
   * beginning and length ({@link Texts#cut(String)}): a rule's message quotes a name or value
   * whole, however long it is, and the rest of the message says what is wrong.
   *
   * @param message the message
   * @return the message with long quotations cut
   */
  static String cutQuotations(String message) {
    Matcher m = LONG_QUOTE.matcher(message);
    if (!m.find()) {
      return message;
    }
    StringBuilder b = new StringBuilder();
    do {
      m.appendReplacement(b, Matcher.quoteReplacement(m.group("open") + Texts.cut(m.group("quoted")) + m.group("close")));
    } while (m.find());
    m.appendTail(b);
    return b.toString();
  }

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

package io.github.jixiao.docx;

import io.github.jixiao.internal.Texts;
import java.util.BitSet;

/**
 * 符号空白 (whitespace inserted as a symbol): whitespace at the ends of a cell or a paragraph is
 * what people type by accident, and the reader trims it — except whitespace inserted as a symbol
 * ({@code <w:sym w:char="3000"/>}), which nobody types: it is there on purpose, like a full-width
 * first-line indent or a value's own trailing space, and the reader keeps it. Jixiao's writer
 * writes the whitespace at the ends of a value this way, so that it reads back exactly; other
 * documents, which have no such symbols, are read as before.
 *
 * <p>Tabs and line breaks are Word's own {@code w:tab} and {@code w:br}, never symbols: at the ends
 * of a text they are trimmed like typed spaces.
 */
final class SymbolSpace {
  private SymbolSpace() {}

  /**
   * Whether a character is whitespace that can be written (and is read) as a symbol: whitespace of
   * any width ({@link Texts#isBlank}) other than tab, line feed and carriage return.
   *
   * @param ch the character
   * @return true for a space, a full-width space, a no-break or zero-width space and the like
   */
  static boolean isSymbolSpace(int ch) {
    return ch <= Character.MAX_VALUE && Texts.isBlank((char) ch) && ch != '\t' && ch != '\n' && ch != '\r';
  }

  /**
   * Trims whitespace of every width at both ends, stopping at whitespace inserted as a symbol.
   *
   * @param text the text as read
   * @param symbols the positions in {@code text} of whitespace read from symbols
   * @return the text without typed whitespace at its ends
   */
  static String trim(CharSequence text, BitSet symbols) {
    int start = 0;
    int end = text.length();
    while (start < end && Texts.isBlank(text.charAt(start)) && !symbols.get(start)) {
      start++;
    }
    while (end > start && Texts.isBlank(text.charAt(end - 1)) && !symbols.get(end - 1)) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /**
   * The character of a {@code w:sym} element's {@code w:char} (hexadecimal), when it is whitespace
   * written as a symbol; -1 for any other symbol (a tick of a symbol font is not text the form
   * reads) and for a value that is not a hexadecimal number.
   *
   * @param hex the attribute's value, or null
   * @return the whitespace character, or -1
   */
  static int spaceOf(String hex) {
    if (hex == null || hex.isEmpty() || hex.length() > 4) {
      return -1;
    }
    int ch;
    try {
      ch = Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
    return isSymbolSpace(ch) ? ch : -1;
  }
}

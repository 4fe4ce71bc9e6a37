package io.github.jixiao.xlsx;

/**
 * SpreadsheetML's escape of characters XML cannot hold (ST_Xstring, ECMA-376 Part 1 §22.9.2.19):
 * {@code _x000D_} is a carriage return, {@code _x005F_} an underscore. Spreadsheet applications show
 * the character, so the reader does too.
 */
final class Xstring {
  private Xstring() {}

  static String decode(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
        b.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
        from = at + 7;
        at = text.indexOf("_x", from);
      } else {
        at = text.indexOf("_x", at + 1);
      }
    }
    return b.append(text, from, text.length()).toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}

package io.github.jixiao.docx;

/**
 * 符号字体 (Symbol font) characters as Unicode. Word stores a character inserted from the Symbol
 * font as {@code <w:sym w:font="Symbol" w:char="F0B3"/>} (the font's code plus F000, a private-use
 * code point), and LibreOffice writes the same private-use character inside the text; the glyph a
 * person sees is the Symbol font's, here ≥. This table holds the Symbol encoding's letters, digits,
 * punctuation and mathematical signs (Adobe's Symbol encoding); codes it lacks (the bracket and
 * arrow pieces) and fonts without a standard table (Wingdings, Webdings) have no mapping, and the
 * reader says so in a warning rather than guess.
 */
final class SymbolFont {
  private static final char[] TABLE = new char[256];

  static {
    String ascii = " !\u2200#\u2203%&\u220B()\u2217+,\u2212./0123456789:;<=>?\u2245"
        + "\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F\u03A0"
        + "\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_\u0000"
        + "\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF\u03C0"
        + "\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C";
    for (int i = 0; i < ascii.length(); i++) {
      TABLE[0x20 + i] = ascii.charAt(i);
    }
    String high = "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193"
        + "\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u0000\u0000\u21B5"
        + "\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209"
        + "\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3"
        + "\u25CA\u2329\u00AE\u00A9\u2122\u2211";
    for (int i = 0; i < high.length(); i++) {
      TABLE[0xA0 + i] = high.charAt(i);
    }
    TABLE[0xF1] = '\u232A';
    TABLE[0xF2] = '\u222B';
  }

  private SymbolFont() {}

  /** Whether a font name is the Symbol font. */
  static boolean isSymbol(String font) {
    return font != null && font.strip().equalsIgnoreCase("Symbol");
  }

  /** A character in the font's private-use range (F020–F0FF) that Symbol fonts map their codes to. */
  static boolean isPrivateUse(int codePoint) {
    return codePoint >= 0xF020 && codePoint <= 0xF0FF;
  }

  /**
   * The Unicode character of a Symbol font code, given as the code (20–FF) or the private-use code
   * point (F020–F0FF); 0 when the table has none.
   */
  static char toUnicode(int code) {
    int c = isPrivateUse(code) ? code - 0xF000 : code;
    return c >= 0x20 && c <= 0xFF ? TABLE[c] : 0;
  }
}

package io.github.jixiao.layout;

import io.github.jixiao.internal.Texts;

/**
 * A cell's text as a label: its comparison key and the parts people add to labels. The key is the
 * text compatibility-normalised (full-width brackets and colons become ASCII), without whitespace
 * or line breaks of any width and without trailing colons; the base is the key without a leading
 * "其中" and without a bracketed hint at its end, which is kept as the hint ("项目资金（万元）" has
 * base 项目资金 and hint 万元).
 */
final class Label {
  final String written;
  final String key;
  final String base;
  final String hint;
  final boolean ofWhich;

  private Label(String written, String key, String base, String hint, boolean ofWhich) {
    this.written = written;
    this.key = key;
    this.base = base;
    this.hint = hint;
    this.ofWhich = ofWhich;
  }

  /** Longer than any label, caption or amount: such text is only ever a value. */
  private static final int LONGEST_LABEL = 64;

  static Label of(String text) {
    if (text.length() > LONGEST_LABEL) {
      return new Label(text, text, text, "", false);
    }
    String key = stripColons(Texts.compact(text));
    String rest = key;
    boolean ofWhich = false;
    if (rest.startsWith("其中") && rest.length() > 2) {
      ofWhich = true;
      rest = stripLeadingColons(rest.substring(2));
    }
    String hint = "";
    if (rest.endsWith(")")) {
      int open = matchingOpen(rest);
      if (open > 0) {
        hint = rest.substring(open + 1, rest.length() - 1);
        rest = stripColons(rest.substring(0, open));
      }
    }
    return new Label(text, key, rest, hint, ofWhich);
  }

  /** The comparison key of a text, as the vocabulary stores its variants. */
  static String key(String text) {
    return stripColons(Texts.compact(text));
  }

  /** The label as written, trimmed, without trailing colons: how a labelled text keeps it. */
  String cleanWritten() {
    String t = Texts.trim(written);
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == ':' || t.charAt(end - 1) == '：' || Character.isWhitespace(t.charAt(end - 1)))) {
      end--;
    }
    return t.substring(0, end);
  }

  private static int matchingOpen(String s) {
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char ch = s.charAt(i);
      if (ch == ')') {
        depth++;
      } else if (ch == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String stripColons(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ':') {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  private static String stripLeadingColons(String s) {
    int start = 0;
    while (start < s.length() && s.charAt(start) == ':') {
      start++;
    }
    return s.substring(start);
  }

  @Override
  public String toString() {
    return key;
  }
}

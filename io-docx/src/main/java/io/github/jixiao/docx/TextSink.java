package io.github.jixiao.docx;

/** Text clean-up shared by the reader: trimming of padding of every width. */
final class TextSink {
  private TextSink() {}

  /** Trims whitespace of every width (ASCII, full-width, no-break, zero-width) at both ends. */
  static String trim(CharSequence text) {
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

  static boolean isBlank(char ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF';
  }
}

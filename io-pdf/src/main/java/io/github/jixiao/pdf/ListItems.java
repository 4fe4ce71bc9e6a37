package io.github.jixiao.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 编号条目 (numbered items): a line that opens the next item of a numbered list ("目标2：" under a
 * text that began "目标1：", "（3）" after a line that began "（2）") starts a new line of its own, as a
 * reader of the page takes it, even where the line before happens to end so close to the right edge
 * that it looks wrapped.
 */
final class ListItems {
  /** A short prefix (目标, 第, an opening bracket), a number and the sign after it. */
  private static final Pattern MARKER = Pattern.compile("^([\\p{IsHan}A-Za-z（(]{0,4}?)(\\d{1,3})([：:.、）)])");

  private ListItems() {}

  /**
   * Whether the line starts the item after one that starts the text so far or one of its lines.
   *
   * @param before the text so far, lines joined by {@code \n}
   * @param line the next line's text
   */
  static boolean startsNextItem(CharSequence before, String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return false;
    }
    int number = Integer.parseInt(m.group(2));
    if (number < 2) {
      return false;
    }
    String previous = m.group(1) + (number - 1) + m.group(3);
    String text = before.toString();
    return text.startsWith(previous) || text.contains("\n" + previous);
  }
}

package io.github.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * "label：value" written in one text — "项目责任人：张三　单位（盖章）：某局", "填报人：李四 联系电话：…":
 * every colon that ends a label of a field, note, footer or document line, the longest such label
 * before it winning. Labels are matched as the vocabulary matches cells (spaces inside, either
 * width of brackets).
 */
final class InlineLabels {
  /** Longer than any label with the spaces people put inside it. */
  private static final int LONGEST = 24;

  private InlineLabels() {}

  /** One "label：" in a text: where the label starts and ends, where its value starts, and its term. */
  record Found(int labelStart, int labelEnd, int valueStart, String term) {}

  static List<Found> find(String text, Terms terms) {
    List<Found> found = new ArrayList<>();
    int from = 0;
    for (int colon = 0; colon < text.length(); colon++) {
      char ch = text.charAt(colon);
      if (ch != ':' && ch != '：') {
        continue;
      }
      for (int start = Math.max(from, colon - LONGEST); start < colon; start++) {
        if (Character.isWhitespace(text.charAt(start))) {
          continue;
        }
        String term = terms.labelTerm(Label.of(text.substring(start, colon)));
        if (term != null && (term.startsWith("field.") || term.startsWith("footer") || term.startsWith("doc.")
            || term.startsWith("note"))) {
          found.add(new Found(start, colon, colon + 1, term));
          from = colon + 1;
          break;
        }
      }
    }
    return found;
  }
}

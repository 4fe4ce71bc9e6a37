package io.github.jixiao.model;

import io.github.jixiao.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves tick boxes written into a cell, "新增项目□ 延续项目√" or "☑新增项目 □延续项目": the option
 * whose box is ticked. Boxes may stand before or after their option, as long as a cell is
 * consistent.
 */
final class TickBoxes {
  private static final String TICKED = "☑☒■√✓✔▣●";
  private static final String UNTICKED = "□☐○◻";

  private TickBoxes() {}

  static boolean isMark(char ch) {
    return TICKED.indexOf(ch) >= 0 || UNTICKED.indexOf(ch) >= 0;
  }

  /** The chosen option, the text itself when it has no boxes, or empty when not exactly one is ticked. */
  static Optional<String> choice(String written) {
    String text = Texts.trim(written);
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (isMark(text.charAt(i))) {
        marks.add(i);
      }
    }
    if (marks.isEmpty()) {
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    boolean marksLead = marks.get(0) == 0;
    String chosen = null;
    for (int m = 0; m < marks.size(); m++) {
      int at = marks.get(m);
      int from;
      int to;
      if (marksLead) {
        from = at + 1;
        to = m + 1 < marks.size() ? marks.get(m + 1) : text.length();
      } else {
        from = m == 0 ? 0 : marks.get(m - 1) + 1;
        to = at;
      }
      String option = Texts.trim(text.substring(from, to));
      if (TICKED.indexOf(text.charAt(at)) >= 0 && !option.isEmpty()) {
        if (chosen != null) {
          return Optional.empty();
        }
        chosen = option;
      }
    }
    return Optional.ofNullable(chosen);
  }
}

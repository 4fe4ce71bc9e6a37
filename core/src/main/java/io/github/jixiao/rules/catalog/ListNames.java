package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the disclosure list's entries with the sheets by project name (whitespace ignored), the
 * k-th entry of a name with the k-th sheet of that name.
 */
final class ListNames {
  private ListNames() {}

  static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** For each list entry, the index of its sheet, or -1 when it has none. */
  static int[] sheetOfEntry(Disclosure d) {
    // A tree, not a hash map: its cost does not depend on hash codes a hostile document can make collide.
    Map<String, Deque<Integer>> sheets = new TreeMap<>();
    List<BudgetItem> items = d.getItems();
    for (int i = 0; i < items.size(); i++) {
      sheets.computeIfAbsent(key(items.get(i).getName()), k -> new ArrayDeque<>()).add(i);
    }
    List<DisclosureListEntry> entries = d.getListEntries();
    int[] result = new int[entries.size()];
    for (int e = 0; e < entries.size(); e++) {
      Deque<Integer> candidates = sheets.get(key(entries.get(e).getName()));
      result[e] = candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
    }
    return result;
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * JX-GOAL-003: numbers quoted in the annual goal ("每季度完成220家") appear among the targets.
 * Goal numbering ("目标1"), list numbering ("1、") and years ("2024年") are not quantities and are
 * skipped.
 */
@RuleDeclaration(id = "JX-GOAL-003", severity = Severity.INFO,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class GoalNumbersInTargets extends CatalogueRule implements ItemRule {
  private static final int MAX_DIGITS = 30;

  @Override
  public void check(ItemCheck check) {
    if (check.item().getAnnualGoals().isEmpty()) {
      return;
    }
    Goals goals = check.item().getAnnualGoals().get();
    List<String> quoted = quotedNumbers(goals.getText());
    if (quoted.isEmpty()) {
      return;
    }
    // Sets ordered by value (1.0 and 1.00 are one target): a lookup per quoted number, not a scan
    // of every target, so a long goal and a long table cost n·log n, not their product.
    Set<BigDecimal> targets = new TreeSet<>();
    IndicatorTables.forEachTable(check.item(), table -> {
      for (Indicator row : table.rows()) {
        TargetValue t = row.effectiveTarget();
        t.getValue().ifPresent(targets::add);
        t.getUpperValue().ifPresent(targets::add);
      }
    });
    Set<String> reported = new TreeSet<>();
    for (String number : quoted) {
      if (!targets.contains(new BigDecimal(number)) && reported.add(number)) {
        check.report(check.at(Section.ANNUAL_GOALS, "annualGoals"), message(number), number, null);
      }
    }
  }

  /** The numbers in a text that read as quantities, as ASCII decimal strings. */
  static List<String> quotedNumbers(String text) {
    List<String> numbers = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (digit(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder number = new StringBuilder();
      boolean point = false; // tracked, not searched for: a long run of digits stays linear
      while (i < text.length() && (digit(text.charAt(i)) >= 0
          || (isPoint(text.charAt(i)) && i + 1 < text.length() && digit(text.charAt(i + 1)) >= 0 && !point))) {
        char ch = text.charAt(i);
        point |= isPoint(ch);
        number.append(isPoint(ch) ? '.' : (char) ('0' + digit(ch)));
        i++;
      }
      if (number.length() <= MAX_DIGITS && isQuantity(text, start, i, number)) {
        numbers.add(number.toString());
      }
    }
    return numbers;
  }

  private static boolean isQuantity(String text, int start, int end, CharSequence number) {
    int before = start;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    if (text.startsWith("目标", before - 2) || text.startsWith("第", before - 1)) {
      return false;
    }
    char next = end < text.length() ? text.charAt(end) : ' ';
    if (next == '、' || next == ')' || next == '）' || next == '.' || next == '．') {
      return false;
    }
    boolean year = next == '年' && number.length() == 4 && (number.charAt(0) == '1' || number.charAt(0) == '2');
    return !year;
  }

  private static int digit(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    return -1;
  }

  private static boolean isPoint(char ch) {
    return ch == '.' || ch == '．';
  }
}

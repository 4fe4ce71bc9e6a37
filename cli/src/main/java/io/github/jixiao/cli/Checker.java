package io.github.jixiao.cli;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** Checks what a file holds: a disclosure as a whole, a batch sheet by sheet. */
final class Checker {
  private final RuleSet rules;
  private final Policy policy;

  Checker(RuleSet rules, Policy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /** The findings of what could be read, the number of sheets checked, and the parts of a batch that could not be read. */
  record Checked(Report report, int sheets, List<FormatException> unreadable) {}

  /**
   * Checks a disclosure, or every sheet of a batch that can be read. A part of a batch that cannot
   * be read (a bad line of JSON Lines) takes a place in the numbering of the sheets, so that
   * items[i] stays the i-th entry of the batch.
   */
  Checked check(Inputs.Content content) {
    if (content instanceof Inputs.Whole) {
      Disclosure disclosure = ((Inputs.Whole) content).disclosure();
      return new Checked(rules.evaluate(disclosure, policy), disclosure.getItems().size(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    List<FormatException> unreadable = new ArrayList<>();
    int[] index = {0};
    int[] sheets = {0};
    ((Inputs.Batch) content).forEach(item -> {
      findings.addAll(inBatch(rules.evaluate(item, policy), item, index[0]));
      index[0]++;
      sheets[0]++;
    }, failure -> {
      unreadable.add(failure);
      index[0]++;
    });
    return new Checked(Report.of(findings), sheets[0], List.copyOf(unreadable));
  }

  /** A sheet's findings placed at items[i] of the batch. */
  private static List<Finding> inBatch(Report report, BudgetItem item, int index) {
    List<Finding> placed = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      Location l = f.getLocation();
      Location at = Location.builder().from(l).itemIndex(index).itemName(item.getName())
          .path("items[" + index + "]" + (l.getPath().isEmpty() ? "" : "." + l.getPath())).build();
      placed.add(Finding.builder().from(f).location(at).build());
    }
    return placed;
  }
}

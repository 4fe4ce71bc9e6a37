package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.rules.DisclosureCheck;
import io.github.jixiao.rules.DisclosureRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.Severity;

/** JX-LIST-001: every project in the disclosure list has a target sheet. */
final class ListEntriesHaveSheets extends CatalogueRule implements DisclosureRule {
  ListEntriesHaveSheets() {
    super("JX-LIST-001", Severity.ERROR, RuleCategory.CONSISTENCY, Citations.PRACTICE);
  }

  @Override
  public void check(DisclosureCheck check) {
    int[] sheets = ListNames.sheetOfEntry(check.disclosure());
    for (int e = 0; e < sheets.length; e++) {
      if (sheets[e] < 0) {
        DisclosureListEntry entry = check.disclosure().getListEntries().get(e);
        check.report(check.atListEntry(e, "name"), message(entry.getName()), entry.getName(), null);
      }
    }
  }
}

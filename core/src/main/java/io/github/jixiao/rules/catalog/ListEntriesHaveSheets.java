package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.rules.DisclosureCheck;
import io.github.jixiao.rules.DisclosureRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;

/** JX-LIST-001: every project in the disclosure list has a target sheet. */
@RuleDeclaration(id = "JX-LIST-001", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class ListEntriesHaveSheets extends CatalogueRule implements DisclosureRule {
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

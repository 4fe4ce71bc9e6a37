package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.DisclosureCheck;
import io.github.jixiao.rules.DisclosureRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;

/** JX-LIST-002: every target sheet appears in the disclosure list, when the document has one. */
@RuleDeclaration(id = "JX-LIST-002", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class SheetsAreListed extends CatalogueRule implements DisclosureRule {
  @Override
  public void check(DisclosureCheck check) {
    if (check.disclosure().getListEntries().isEmpty()) {
      return; // a document of sheets without a list has nothing to disagree with
    }
    int items = check.disclosure().getItems().size();
    boolean[] listed = new boolean[items];
    for (int sheet : ListNames.sheetOfEntry(check.disclosure())) {
      if (sheet >= 0) {
        listed[sheet] = true;
      }
    }
    for (int i = 0; i < items; i++) {
      if (!listed[i]) {
        String name = check.disclosure().getItems().get(i).getName();
        check.report(check.atItem(i, "name"), message(name), name, null);
      }
    }
  }
}

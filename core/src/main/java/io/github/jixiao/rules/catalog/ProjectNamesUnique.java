package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.DisclosureCheck;
import io.github.jixiao.rules.DisclosureRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.Map;
import java.util.TreeMap;

/** JX-FORM-002: no two sheets of a disclosure have the same project name. */
@RuleDeclaration(id = "JX-FORM-002", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class ProjectNamesUnique extends CatalogueRule implements DisclosureRule {
  @Override
  public void check(DisclosureCheck check) {
    // A tree, not a hash map: its cost does not depend on hash codes a hostile document can make collide.
    Map<String, Integer> first = new TreeMap<>();
    for (int i = 0; i < check.disclosure().getItems().size(); i++) {
      String name = check.disclosure().getItems().get(i).getName();
      Integer earlier = first.putIfAbsent(ListNames.key(name), i);
      if (earlier != null) {
        check.report(check.atItem(i, "name"), message(name, "items[" + earlier + "]"), name, null);
      }
    }
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** JX-CAT-002: every level-2 category belongs to the framework (reported once per label). */
@RuleDeclaration(id = "JX-CAT-002", severity = Severity.ERROR,
    category = RuleCategory.CONFORMITY, citation = Citations.FRAMEWORKS)
final class Level2InFramework extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    // A tree, not a hash set: its cost does not depend on hash codes a hostile document can make collide.
    Set<String> reported = new TreeSet<>();
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      Optional<StandardCategory> level2 = indicator.getLevel2().getStandard();
      boolean known = level2.isPresent() && check.framework().contains(level2.get());
      String label = indicator.getLevel2().getLabel();
      if (!known && reported.add(table.section() + label)) {
        check.report(check.atIndicator(table.section(), row, indicator), message(label, check.framework().id()), label, null);
      }
    });
  }
}

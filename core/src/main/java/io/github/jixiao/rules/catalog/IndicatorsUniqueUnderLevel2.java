package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** JX-FORM-003: no level-3 indicator is repeated under one level-2 category of a table. */
@RuleDeclaration(id = "JX-FORM-003", severity = Severity.ERROR,
    category = RuleCategory.CONFORMITY, citation = Citations.PRACTICE)
final class IndicatorsUniqueUnderLevel2 extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachTable(check.item(), table -> {
      // The stripped names seen under each level-1 / level-2 pair of labels, in trees ordered by
      // the text itself: names that a hostile document makes share one String hash code cost
      // pairwise comparison (or a hash set of another key type) quadratic time, a tree n·log n.
      Map<String, Map<String, Set<String>>> seen = new TreeMap<>();
      List<Indicator> rows = table.rows();
      for (int j = 0; j < rows.size(); j++) {
        Indicator row = rows.get(j);
        Set<String> names = seen
            .computeIfAbsent(row.getLevel1().getLabel(), level1 -> new TreeMap<>())
            .computeIfAbsent(row.getLevel2().getLabel(), level2 -> new TreeSet<>());
        if (!names.add(row.getName().strip())) {
          check.report(
              check.atIndicator(table.section(), j, row),
              message(row.getName(), row.getLevel2().getLabel()),
              row.getName(),
              null);
        }
      }
    });
  }
}

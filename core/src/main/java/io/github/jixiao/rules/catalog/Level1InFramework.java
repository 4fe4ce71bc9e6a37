package io.github.jixiao.rules.catalog;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** JX-CAT-001: every level-1 category belongs to the framework (reported once per label). */
@RuleDeclaration(id = "JX-CAT-001", severity = Severity.ERROR,
    category = RuleCategory.CONFORMITY, citation = Citations.FRAMEWORKS)
final class Level1InFramework extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    // A tree, not a hash set: its cost does not depend on hash codes a hostile document can make collide.
    Set<String> reported = new TreeSet<>();
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      if (!inFramework(check, indicator) && reported.add(table.section() + indicator.getLevel1().getLabel())) {
        String label = indicator.getLevel1().getLabel();
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(label, check.framework().id()),
            label,
            expected(check));
      }
    });
  }

  private static boolean inFramework(ItemCheck check, Indicator indicator) {
    Optional<StandardCategory> level1 = indicator.getLevel1().getStandard();
    return level1.isPresent() && check.framework().level1Categories().contains(level1.get());
  }

  private static String expected(ItemCheck check) {
    StringBuilder b = new StringBuilder();
    for (StandardCategory c : check.framework().level1Categories()) {
      b.append(b.length() == 0 ? "" : "、").append(c.chineseLabel());
    }
    return b.toString();
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.Set;
import java.util.TreeSet;

/**
 * JX-CAT-003: each level-2 category sits under its own level-1 category. Judged only where both
 * belong to the framework; the others are JX-CAT-001 and JX-CAT-002.
 */
@RuleDeclaration(id = "JX-CAT-003", severity = Severity.ERROR,
    category = RuleCategory.CONFORMITY, citation = Citations.FRAMEWORKS)
final class Level2UnderOwnLevel1 extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    // A tree, not a hash set: its cost does not depend on hash codes a hostile document can make collide.
    Set<String> reported = new TreeSet<>();
    IndicatorTables.forEachRow(check, (table, row, indicator) -> {
      StandardCategory level1 = indicator.getLevel1().getStandard().orElse(null);
      StandardCategory level2 = indicator.getLevel2().getStandard().orElse(null);
      if (level1 == null || level2 == null
          || !check.framework().level1Categories().contains(level1)
          || !check.framework().contains(level2)
          || check.framework().belongsTo(level2, level1)) {
        return;
      }
      String pair = indicator.getLevel1().getLabel() + "/" + indicator.getLevel2().getLabel();
      if (reported.add(table.section() + pair)) {
        String parent = check.framework().parentOf(level2).map(StandardCategory::chineseLabel).orElse("");
        check.report(
            check.atIndicator(table.section(), row, indicator),
            message(indicator.getLevel2().getLabel(), indicator.getLevel1().getLabel(), parent),
            pair,
            parent + "/" + indicator.getLevel2().getLabel());
      }
    });
  }
}

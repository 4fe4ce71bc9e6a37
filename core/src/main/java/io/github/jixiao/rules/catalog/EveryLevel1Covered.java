package io.github.jixiao.rules.catalog;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * JX-COV-001: each level-1 category of the framework has at least one level-3 indicator (an
 * explicit 不适用 row counts).
 */
@RuleDeclaration(id = "JX-COV-001", severity = Severity.ERROR,
    category = RuleCategory.COMPLETENESS, citation = Citations.FRAMEWORKS)
final class EveryLevel1Covered extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachTable(check.item(), table -> {
      Set<StandardCategory> present = EnumSet.noneOf(StandardCategory.class);
      for (Indicator row : table.rows()) {
        row.getLevel1().getStandard().ifPresent(present::add);
      }
      for (StandardCategory level1 : check.framework().level1Categories()) {
        if (!present.contains(level1)) {
          check.report(
              check.atTable(table.section()),
              message(level1.chineseLabel()),
              null,
              level1.chineseLabel());
        }
      }
    });
  }
}

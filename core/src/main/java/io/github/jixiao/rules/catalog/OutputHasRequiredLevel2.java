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
 * JX-COV-002: 产出指标 has every level-2 category of the framework: 数量, 质量, 时效 (and, pre-2021,
 * 成本). Only judged when the table has output indicators at all (JX-COV-001 reports a missing
 * 产出).
 */
@RuleDeclaration(id = "JX-COV-002", severity = Severity.ERROR,
    category = RuleCategory.COMPLETENESS, citation = Citations.FRAMEWORKS)
final class OutputHasRequiredLevel2 extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    IndicatorTables.forEachTable(check.item(), table -> {
      Set<StandardCategory> present = EnumSet.noneOf(StandardCategory.class);
      boolean hasOutput = false;
      for (Indicator row : table.rows()) {
        row.getLevel2().getStandard().ifPresent(present::add);
        hasOutput |= row.getLevel1().getStandard().filter(StandardCategory.OUTPUT::equals).isPresent();
      }
      if (!hasOutput) {
        return;
      }
      for (StandardCategory level2 : check.framework().level2Categories(StandardCategory.OUTPUT)) {
        if (!present.contains(level2)) {
          check.report(check.atTable(table.section()), message(level2.chineseLabel()), null, level2.chineseLabel());
        }
      }
    });
  }
}

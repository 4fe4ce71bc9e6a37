package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.util.List;

/** JX-FORM-003: no level-3 indicator is repeated under one level-2 category of a table. */
@RuleDeclaration(id = "JX-FORM-003", severity = Severity.ERROR,
    category = RuleCategory.CONFORMITY, citation = Citations.PRACTICE)
final class IndicatorsUniqueUnderLevel2 extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    // Tables have tens of rows: comparing pairs needs no set, and the names' cached hash codes
    // settle almost every pair before any string is compared.
    IndicatorTables.forEachTable(check.item(), table -> {
      List<Indicator> rows = table.rows();
      int[] hashes = new int[rows.size()];
      for (int k = 0; k < hashes.length; k++) {
        hashes[k] = rows.get(k).getName().strip().hashCode();
      }
      for (int j = 1; j < rows.size(); j++) {
        Indicator later = rows.get(j);
        for (int i = 0; i < j; i++) {
          if (hashes[i] == hashes[j] && sameIndicator(rows.get(i), later)) {
            check.report(
                check.atIndicator(table.section(), j, later),
                message(later.getName(), later.getLevel2().getLabel()),
                later.getName(),
                null);
            break;
          }
        }
      }
    });
  }

  private static boolean sameIndicator(Indicator a, Indicator b) {
    return a.getName().strip().equals(b.getName().strip())
        && a.getLevel2().getLabel().equals(b.getLevel2().getLabel())
        && a.getLevel1().getLabel().equals(b.getLevel1().getLabel());
  }
}

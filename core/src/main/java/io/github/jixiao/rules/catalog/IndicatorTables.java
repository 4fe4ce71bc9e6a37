package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.Section;
import java.util.List;
import java.util.Optional;

/** The indicator tables of a sheet, each with its section and the funding it must match. */
final class IndicatorTables {
  /** One table of a sheet. */
  record Table(Section section, IndicatorTable table, Optional<FundingSplit> funding) {
    List<Indicator> rows() {
      return table.getRows();
    }
  }

  /** Visits one row of a table. */
  @FunctionalInterface
  interface RowVisitor {
    void visit(Table table, int row, Indicator indicator);
  }

  private IndicatorTables() {}

  /** The annual table, then the medium-term table when there is one. */
  static void forEachTable(BudgetItem item, java.util.function.Consumer<Table> visitor) {
    visitor.accept(new Table(Section.ANNUAL_INDICATORS, item.getAnnualIndicators(), item.getAnnualFunding()));
    if (item.getMediumTermIndicators().isPresent()) {
      visitor.accept(
          new Table(Section.MEDIUM_TERM_INDICATORS, item.getMediumTermIndicators().get(), item.getMediumTermFunding()));
    }
  }

  /** Every row of every table, in document order. */
  static void forEachRow(ItemCheck check, RowVisitor visitor) {
    forEachTable(check.item(), table -> {
      List<Indicator> rows = table.rows();
      for (int i = 0; i < rows.size(); i++) {
        visitor.visit(table, i, rows.get(i));
      }
    });
  }
}

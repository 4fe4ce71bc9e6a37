package io.github.jixiao.layout;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import java.util.ArrayList;
import java.util.List;

/** The rows and optional columns of one indicator table (annual or medium-term) as they are found. */
final class IndicatorDraft {
  final List<IndicatorColumn> columns = new ArrayList<>();
  final List<Indicator> rows = new ArrayList<>();

  void declare(List<IndicatorColumn> headerColumns) {
    for (IndicatorColumn c : headerColumns) {
      if (!columns.contains(c)) {
        columns.add(c);
      }
    }
  }

  IndicatorTable build() {
    return IndicatorTable.builder().addAllOptionalColumns(columns).addAllRows(rows).build();
  }
}

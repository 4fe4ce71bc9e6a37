package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What other templates add to a sheet, for {@link JixiaoArbitraries} (docs/domain.md, "Variants
 * seen in real templates"): responsible person and contact, dates, 项目编码, 项目类别, 其他栏目 rows,
 * medium-term funding and indicators, optional indicator columns and ★ core marks.
 */
final class TemplateVariants {
  static final List<String> SCORING =
      List.of("达到目标值得满分，未达到按比例扣分", "完成得满分，未完成不得分", "每降低1个百分点扣0.5分，扣完为止");

  private TemplateVariants() {}

  /**
   * Adds what other templates carry (docs/domain.md, "Variants seen in real templates"):
   * 项目负责人 and 联系电话, 项目起止时间, medium-term funding and indicators for multi-year projects,
   * extra indicator columns in any order and ★ core marks.
   */
  static Arbitrary<BudgetItem> withTemplateVariants(BudgetItem item, IndicatorFramework framework) {
    int year = item.getYear().getAsInt();
    int years = item.getPeriod().orElseThrow().years().orElse(1);
    AmountUnit unit = item.getAnnualFunding().orElseThrow().getUnit();
    Arbitrary<BudgetItem.Builder> people =
        Combinators.combine(
                Arbitraries.of("张伟", "李娜", "王芳", "刘洋").injectNull(0.5),
                Arbitraries.strings().numeric().ofLength(7).map(n -> "0552-" + n).injectNull(0.5),
                Arbitraries.of(true, false),
                PartArbitraries.projectCodes().injectNull(0.6),
                PartArbitraries.projectCategories().injectNull(0.6),
                Arbitraries.oneOf(Arbitraries.just(List.<LabelledText>of()), PartArbitraries.sheetExtras()))
            .as((person, contact, dated, code, category, extras) -> {
              BudgetItem.Builder b = BudgetItem.builder().from(item).responsiblePerson(person).contact(contact)
                  .code(code).category(category).extras(extras);
              return dated ? b.start(year + "年1月").end((year + years - 1) + "年12月") : b;
            });
    Arbitrary<BudgetItem.Builder> mediumTerm =
        people.flatMap(b -> years < 2
            ? Arbitraries.just(b)
            : Arbitraries.oneOf(
                Arbitraries.just(b),
                PartArbitraries.fundingSplits(unit).flatMap(funding -> IndicatorPlanner.indicatorTables(framework, funding.getTotal())
                    .map(table -> b.mediumTermFunding(funding).mediumTermIndicators(table)))));
    return mediumTerm.flatMap(b -> withOptionalColumns(item.getAnnualIndicators()).map(t -> b.annualIndicators(t).build()));
  }

  /** Sometimes adds optional columns, in any order, filled consistently with each row's target. */
  static Arbitrary<IndicatorTable> withOptionalColumns(IndicatorTable table) {
    Arbitrary<List<IndicatorColumn>> columns =
        Arbitraries.of(IndicatorColumn.class).list().uniqueElements().ofMaxSize(IndicatorColumn.values().length);
    return Combinators.combine(columns, Arbitraries.of(true, false)).as((cols, starFirst) -> {
      if (cols.isEmpty()) {
        return table;
      }
      IndicatorTable.Builder b = IndicatorTable.builder().addAllOptionalColumns(cols);
      for (int i = 0; i < table.getRows().size(); i++) {
        Indicator row = table.getRows().get(i);
        TargetValue target = row.getTarget();
        Indicator.Builder r = Indicator.builder().from(row).core(starFirst && i == 0);
        for (IndicatorColumn column : cols) {
          switch (column) {
            case UNIT:
              r.unit(target.getUnit().orElse(null));
              break;
            case COMPARATOR:
              r.comparatorText(target.effectiveComparator().map(ComparisonOperator::symbol).orElse("定性"));
              break;
            case WEIGHT:
              r.weight(BigDecimal.valueOf(5 + i % 10));
              break;
            case BASIS:
              r.basis("计划标准");
              break;
            case SCORING:
              r.scoring(i % 4 == 3 ? null : SCORING.get(i % SCORING.size()));
              break;
            default:
              r.remark(i % 2 == 0 ? null : "无");
          }
        }
        b.addRow(r.build());
      }
      return b.build();
    });
  }
}

package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  /**
   * What a sheet may carry besides its core fields, drawn on its own: 项目负责人 and 联系电话,
   * 项目起止时间 (dated or not), 项目编码, 项目类别, 其他栏目 rows, optional indicator columns in any
   * order and a ★ on the first row.
   */
  record Variants(
      String person, String contact, boolean dated, String code, String category, List<LabelledText> extras,
      List<IndicatorColumn> columns, boolean starFirst) {}

  /** Medium-term funding and the plan of its indicator table, for multi-year projects. */
  record MediumTerm(FundingSplit funding, IndicatorPlanner.TablePlan plan) {}

  private record Labels(String person, String contact, boolean dated, String code, String category, List<LabelledText> extras) {}

  private static final Arbitrary<Variants> VARIANTS =
      Combinators.combine(
              Combinators.combine(
                      Arbitraries.of("张伟", "李娜", "王芳", "刘洋").injectNull(0.5),
                      Arbitraries.strings().numeric().ofLength(7).map(n -> "0552-" + n).injectNull(0.5),
                      Arbitraries.of(true, false),
                      PartArbitraries.projectCodes().injectNull(0.6),
                      PartArbitraries.projectCategories().injectNull(0.6),
                      Arbitraries.oneOf(Arbitraries.just(List.<LabelledText>of()), PartArbitraries.sheetExtras()))
                  .as(Labels::new),
              Arbitraries.of(IndicatorColumn.class).list().uniqueElements().ofMaxSize(IndicatorColumn.values().length),
              Arbitraries.of(true, false))
          .as((l, columns, starFirst) ->
              new Variants(l.person(), l.contact(), l.dated(), l.code(), l.category(), l.extras(), columns, starFirst));

  private static final Map<IndicatorFramework, Map<AmountUnit, Arbitrary<MediumTerm>>> MEDIUM_TERMS =
      new EnumMap<>(IndicatorFramework.class);

  static {
    for (IndicatorFramework framework : IndicatorFramework.values()) {
      Map<AmountUnit, Arbitrary<MediumTerm>> byUnit = new EnumMap<>(AmountUnit.class);
      for (AmountUnit unit : AmountUnit.values()) {
        byUnit.put(unit, Combinators.combine(PartArbitraries.fundingSplits(unit), IndicatorPlanner.tablePlans(framework))
            .as(MediumTerm::new)
            .injectNull(0.1));
      }
      MEDIUM_TERMS.put(framework, byUnit);
    }
  }

  private TemplateVariants() {}

  /**
   * The variants of a sheet (docs/domain.md, "Variants seen in real templates").
   *
   * @return variants
   */
  static Arbitrary<Variants> variants() {
    return VARIANTS;
  }

  /**
   * Medium-term funding in a unit with a table plan of a framework, or sometimes none.
   *
   * @param framework the framework of the tables
   * @param unit the unit of the annual funding, which the medium-term funding shares
   * @return medium-term parts, or null
   */
  static Arbitrary<MediumTerm> mediumTerms(IndicatorFramework framework, AmountUnit unit) {
    return MEDIUM_TERMS.get(framework).get(unit);
  }

  /**
   * Adds the variants to a sheet being built; medium-term parts only to a multi-year project.
   *
   * @param b the sheet, with its year, period and annual table set
   * @param year the year of the sheet
   * @param years the years of its period
   * @param v the variants
   * @param medium medium-term parts, or null
   * @return the builder
   */
  static BudgetItem.Builder apply(BudgetItem.Builder b, int year, int years, Variants v, MediumTerm medium) {
    b.responsiblePerson(v.person()).contact(v.contact()).code(v.code()).category(v.category()).extras(v.extras());
    if (v.dated()) {
      b.start(year + "年1月").end((year + years - 1) + "年12月");
    }
    if (years >= 2 && medium != null) {
      b.mediumTermFunding(medium.funding()).mediumTermIndicators(medium.plan().table(medium.funding().getTotal()));
    }
    return b;
  }

  /**
   * The weight of row {@code i} of {@code n}: 100 points shared as evenly as whole points allow, so
   * that a weighted table's weights add up to 100 (JX-WGT-001).
   */
  static BigDecimal weight(int i, int n) {
    return BigDecimal.valueOf(100 / n + (i < 100 % n ? 1 : 0));
  }

  /** Sometimes adds optional columns, in any order, filled consistently with each row's target. */
  static IndicatorTable withOptionalColumns(IndicatorTable table, List<IndicatorColumn> cols, boolean starFirst) {
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
            r.weight(weight(i, table.getRows().size()));
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
  }
}

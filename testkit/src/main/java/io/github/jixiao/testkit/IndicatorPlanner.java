package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Rule-aware planning of indicator tables for {@link JixiaoArbitraries}: which level-2 categories
 * a framework requires, and rows whose names, operators, numbers and units fit their category, so
 * that the catalogue's direction, unit, satisfaction and cost checks pass.
 *
 * <p>A table is planned before the funding it belongs to is known ({@link TablePlan}): the one
 * target that depends on the funding, 项目总成本, is kept as a share of it and fixed by
 * {@link TablePlan#table}. So the plans of each framework are one arbitrary made once, and a sheet
 * combines its funding and its table plan without {@code flatMap}.
 */
final class IndicatorPlanner {
  static final List<String> COUNT_UNITS = List.of("次", "个", "家", "人", "人次", "位次", "套", "场", "项");
  static final List<String> GROUPS = List.of("服务对象", "群众", "企业", "参训人员", "党政机关", "患者");
  private static final BigDecimal LEAST_COST = new BigDecimal("0.01");

  private static final Map<IndicatorFramework, Arbitrary<TablePlan>> TABLE_PLANS = new EnumMap<>(IndicatorFramework.class);
  private static final Arbitrary<Indicator> INDICATORS;

  static {
    List<Arbitrary<RowPlan>> single = new ArrayList<>();
    for (IndicatorFramework framework : IndicatorFramework.values()) {
      TABLE_PLANS.put(framework, makeTablePlans(framework));
      List<Arbitrary<RowPlan>> rows = new ArrayList<>();
      for (StandardCategory level2 : framework.level2Categories()) {
        rows.add(rowPlans(framework, level2));
      }
      single.add(Arbitraries.oneOf(rows));
    }
    INDICATORS = Combinators.combine(Arbitraries.oneOf(single), ValueArbitraries.amounts()).as(RowPlan::indicator);
  }

  private IndicatorPlanner() {}

  /** Single indicators of either framework, each in a standard category where it belongs. */
  static Arbitrary<Indicator> indicators() {
    return INDICATORS;
  }

  /** A valid annual indicator table of a framework for a project with the given annual funding. */
  static Arbitrary<IndicatorTable> indicatorTables(IndicatorFramework framework, BigDecimal annualFunding) {
    return tablePlans(framework).map(plan -> plan.table(annualFunding));
  }

  /**
   * Plans of valid indicator tables of a framework, one arbitrary made once.
   *
   * @param framework the framework
   * @return table plans
   */
  static Arbitrary<TablePlan> tablePlans(IndicatorFramework framework) {
    return TABLE_PLANS.get(framework);
  }

  /** 产出 needs every level 2; 效益 and 成本 (2021) need at least one row, 满意度 its only one. */
  static boolean isRequired(IndicatorFramework framework, StandardCategory level2) {
    StandardCategory level1 = framework.parentOf(level2).orElseThrow();
    List<StandardCategory> siblings = framework.level2Categories(level1);
    return level1 == StandardCategory.OUTPUT || siblings.get(0) == level2;
  }

  /**
   * A row as planned: its categories, name and target; a cost target that is a share of the annual
   * funding (项目总成本) has {@code costPercent} 1–100 and no target until the funding is known.
   */
  record RowPlan(IndicatorCategory level1, IndicatorCategory level2, String name, TargetValue target, int costPercent) {
    Indicator indicator(BigDecimal annualFunding) {
      TargetValue t = costPercent == 0
          ? target
          : TargetValue.quantitative(ComparisonOperator.LE,
              ValueArbitraries.share(annualFunding, costPercent).max(LEAST_COST).min(annualFunding), "万元");
      return Indicator.builder().level1(level1).level2(level2).name(name).target(t).build();
    }
  }

  /**
   * A table as planned: its rows in order.
   *
   * @param rows the rows
   */
  record TablePlan(List<RowPlan> rows) {
    /**
     * The table for a project with the given annual funding, the ceiling of its cost targets.
     *
     * @param annualFunding the annual total in 万元
     * @return the table
     */
    IndicatorTable table(BigDecimal annualFunding) {
      List<Indicator> indicators = new ArrayList<>(rows.size());
      for (RowPlan row : rows) {
        indicators.add(row.indicator(annualFunding));
      }
      return IndicatorTable.of(indicators);
    }
  }

  private static Arbitrary<TablePlan> makeTablePlans(IndicatorFramework framework) {
    List<Arbitrary<List<RowPlan>>> groups = new ArrayList<>();
    for (StandardCategory level2 : framework.level2Categories()) {
      groups.add(rowPlans(framework, level2).list().ofMinSize(isRequired(framework, level2) ? 1 : 0).ofMaxSize(3)
          .uniqueElements(RowPlan::name));
    }
    return Combinators.combine(groups).as(lists -> {
      List<RowPlan> rows = new ArrayList<>();
      lists.forEach(rows::addAll);
      return new TablePlan(rows);
    });
  }

  private static Arbitrary<RowPlan> rowPlans(IndicatorFramework framework, StandardCategory level2) {
    IndicatorCategory l1 = IndicatorCategory.of(framework.parentOf(level2).orElseThrow());
    IndicatorCategory l2 = IndicatorCategory.of(level2);
    return rowsFor(level2).map(r -> new RowPlan(l1, l2, r.name(), r.target(), r.costPercent()));
  }

  private record NamedTarget(String name, TargetValue target, int costPercent) {
    NamedTarget(String name, TargetValue target) {
      this(name, target, 0);
    }
  }

  /** Names and targets that fit a level-2 category, so that direction and unit checks pass. */
  private static Arbitrary<NamedTarget> rowsFor(StandardCategory level2) {
    Arbitrary<String> subject = Arbitraries.of(PartArbitraries.SUBJECTS);
    switch (level2) {
      case QUANTITY:
        return Combinators.combine(subject, Arbitraries.of(ComparisonOperator.GE, ComparisonOperator.EQ).injectNull(0.3),
                Arbitraries.integers().between(1, 10_000), Arbitraries.of(COUNT_UNITS))
            .as((s, op, n, unit) -> new NamedTarget(s + "数量", TargetValue.quantitative(op, BigDecimal.valueOf(n), unit)));
      case QUALITY:
        return Arbitraries.oneOf(
            Combinators.combine(subject, ValueArbitraries.percentBetween(80, 99)).as((s, p) -> new NamedTarget(s + "合格率", TargetValue.quantitative(ComparisonOperator.GE, p, "%"))),
            subject.map(s -> new NamedTarget(s + "验收合格率", TargetValue.quantitative(null, BigDecimal.valueOf(100), "%"))),
            subject.map(s -> new NamedTarget(s + "质量", TargetValue.qualitative("达标"))));
      case TIMELINESS:
        return Arbitraries.oneOf(
            Combinators.combine(subject, ValueArbitraries.percentBetween(80, 99)).as((s, p) -> new NamedTarget(s + "完成及时率", TargetValue.quantitative(ComparisonOperator.GE, p, "%"))),
            Combinators.combine(subject, Arbitraries.integers().between(1, 90)).as((s, d) -> new NamedTarget(s + "办理时限", TargetValue.quantitative(ComparisonOperator.LE, BigDecimal.valueOf(d), "天"))),
            subject.map(s -> new NamedTarget(s + "及时性", TargetValue.qualitative("及时高效"))));
      case OUTPUT_COST:
      case ECONOMIC_COST:
        return Arbitraries.oneOf(
            Arbitraries.just(new NamedTarget("预算控制率", TargetValue.quantitative(ComparisonOperator.LE, BigDecimal.valueOf(100), "%"))),
            Arbitraries.integers().between(1, 100).map(p -> new NamedTarget("项目总成本", null, p)),
            subject.map(s -> new NamedTarget(s + "成本控制", TargetValue.qualitative("合规"))));
      case SOCIAL_COST:
      case ECO_ENVIRONMENTAL_COST:
        return Arbitraries.oneOf(
            subject.map(s -> new NamedTarget(s + "负面影响", TargetValue.notApplicable())),
            subject.map(s -> new NamedTarget(s + "社会影响", TargetValue.qualitative("无明显负面影响"))));
      case SERVICE_RECIPIENT_SATISFACTION:
        return Combinators.combine(Arbitraries.of(GROUPS), ValueArbitraries.percentBetween(90, 99))
            .as((g, p) -> new NamedTarget(g + "满意度", TargetValue.quantitative(ComparisonOperator.GE, p, "%")));
      default: // the four benefit categories
        return Arbitraries.oneOf(
            Combinators.combine(subject, ValueArbitraries.qualitativeTargets()).as((s, t) -> new NamedTarget("提升" + s + "效益", t)),
            subject.map(s -> new NamedTarget(s + "效益", TargetValue.notApplicable())));
    }
  }
}

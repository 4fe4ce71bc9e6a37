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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Rule-aware planning of indicator tables for {@link JixiaoArbitraries}: which level-2 categories
 * a framework requires, and rows whose names, operators, numbers and units fit their category, so
 * that the catalogue's direction, unit, satisfaction and cost checks pass.
 */
final class IndicatorPlanner {
  static final List<String> COUNT_UNITS = List.of("次", "个", "家", "人", "人次", "位次", "套", "场", "项");
  static final List<String> GROUPS = List.of("服务对象", "群众", "企业", "参训人员", "党政机关", "患者");

  private IndicatorPlanner() {}

  /**
   * Single indicators of either framework, each in a standard category where it belongs.
   *
   * @return indicators
   */
  static Arbitrary<Indicator> indicators() {
    return Combinators.combine(PartArbitraries.frameworks(), ValueArbitraries.amounts())
        .as(IndicatorPlan::new)
        .flatMap(plan -> Arbitraries.of(plan.framework.level2Categories())
            .flatMap(level2 -> indicatorsOf(plan, level2, 1)))
        .map(rows -> rows.get(0));
  }

  /**
   * A valid annual indicator table of a framework for a project with the given annual funding.
   *
   * @param framework the framework
   * @param annualFunding the annual total in 万元, the ceiling of cost targets
   * @return tables
   */
  static Arbitrary<IndicatorTable> indicatorTables(IndicatorFramework framework, BigDecimal annualFunding) {
    IndicatorPlan plan = new IndicatorPlan(framework, annualFunding);
    List<Arbitrary<List<Indicator>>> groups = new ArrayList<>();
    for (StandardCategory level2 : framework.level2Categories()) {
      groups.add(indicatorsOf(plan, level2, isRequired(framework, level2) ? 1 : 0));
    }
    return Combinators.combine(groups).as(lists -> {
      List<Indicator> rows = new ArrayList<>();
      lists.forEach(rows::addAll);
      return IndicatorTable.of(rows);
    });
  }

  /** 产出 needs every level 2; 效益 and 成本 (2021) need at least one row, 满意度 its only one. */
  static boolean isRequired(IndicatorFramework framework, StandardCategory level2) {
    StandardCategory level1 = framework.parentOf(level2).orElseThrow();
    List<StandardCategory> siblings = framework.level2Categories(level1);
    return level1 == StandardCategory.OUTPUT || siblings.get(0) == level2;
  }

  record IndicatorPlan(IndicatorFramework framework, BigDecimal annualFunding) {}

  static Arbitrary<List<Indicator>> indicatorsOf(IndicatorPlan plan, StandardCategory level2, int minRows) {
    StandardCategory level1 = plan.framework.parentOf(level2).orElseThrow();
    return rowsFor(level2, plan.annualFunding)
        .list()
        .ofMinSize(minRows)
        .ofMaxSize(3)
        .uniqueElements(NamedTarget::name)
        .map(rows -> {
          List<Indicator> indicators = new ArrayList<>();
          for (NamedTarget row : rows) {
            indicators.add(
                Indicator.builder()
                    .level1(IndicatorCategory.of(level1))
                    .level2(IndicatorCategory.of(level2))
                    .name(row.name())
                    .target(row.target())
                    .build());
          }
          return indicators;
        });
  }

  record NamedTarget(String name, TargetValue target) {}

  /** Names and targets that fit a level-2 category, so that direction and unit checks pass. */
  static Arbitrary<NamedTarget> rowsFor(StandardCategory level2, BigDecimal annualFunding) {
    Arbitrary<String> subject = Arbitraries.of(PartArbitraries.SUBJECTS);
    switch (level2) {
      case QUANTITY:
        return Combinators.combine(subject, ValueArbitraries.comparators().filter(c -> c == ComparisonOperator.GE || c == ComparisonOperator.EQ).injectNull(0.3),
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
            Arbitraries.integers().between(1, 100).map(p -> new NamedTarget("项目总成本",
                TargetValue.quantitative(ComparisonOperator.LE, ValueArbitraries.share(annualFunding, p).max(new BigDecimal("0.01")).min(annualFunding), "万元"))),
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

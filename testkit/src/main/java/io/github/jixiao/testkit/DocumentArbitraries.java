package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole sheets and disclosures for {@link JixiaoArbitraries}: parts, indicator tables and template
 * variants put together, and disclosure lists that agree with their sheets.
 */
final class DocumentArbitraries {
  /** Extra columns of the disclosure list; none reads as 序号, 项目名称 or an amount header. */
  static final List<String> LIST_EXTRA_LABELS = List.of("主管部门", "实施单位", "项目类别", "备注");

  /** The core of a sheet: what every template has, apart from funding and indicators. */
  private record Core(
      String name, SupervisingDepartment department, ProjectPeriod period, Goals annualGoals, Goals mediumGoals, int year,
      String attribute) {}

  /** Annual funding and, sometimes, medium-term funding in the same unit with its table plan. */
  private record Funding(FundingSplit annual, TemplateVariants.MediumTerm medium) {}

  private static final Arbitrary<Core> CORES =
      Combinators.combine(
              Combinators.combine(Arbitraries.of(PartArbitraries.SUBJECTS), Arbitraries.of("专项经费项目", "运行维护项目", "建设项目", "工作经费"))
                  .as(String::concat),
              PartArbitraries.departments(),
              PartArbitraries.periods(),
              PartArbitraries.goals(),
              PartArbitraries.goals(),
              Arbitraries.integers().between(2015, 2030),
              Arbitraries.of("新增项目", "延续项目").injectNull(0.5))
          .as(Core::new);

  private static final Arbitrary<List<String>> LIST_COLUMNS =
      Arbitraries.oneOf(
          Arbitraries.just(List.<String>of()),
          Arbitraries.of(LIST_EXTRA_LABELS).list().uniqueElements().ofMinSize(1).ofMaxSize(2));

  // Every arbitrary is made once, here: one made anew for each value (flatMap) is memoized by jqwik
  // until the property ends, which made a 1 000-try property over disclosures slow and its heap large.
  private static final Map<IndicatorFramework, Arbitrary<BudgetItem>> ITEMS = new EnumMap<>(IndicatorFramework.class);
  private static final Map<IndicatorFramework, Arbitrary<Disclosure>> DISCLOSURES = new EnumMap<>(IndicatorFramework.class);
  private static final Arbitrary<BudgetItem> ANY_ITEMS;
  private static final Arbitrary<Disclosure> ANY_DISCLOSURES;

  static {
    for (IndicatorFramework framework : IndicatorFramework.values()) {
      ITEMS.put(framework, makeBudgetItems(framework));
      DISCLOSURES.put(framework, makeDisclosures(framework));
    }
    ANY_ITEMS = Arbitraries.oneOf(ITEMS.get(IndicatorFramework.PRE_2021), ITEMS.get(IndicatorFramework.V2021));
    ANY_DISCLOSURES = Arbitraries.oneOf(DISCLOSURES.get(IndicatorFramework.PRE_2021), DISCLOSURES.get(IndicatorFramework.V2021));
  }

  private DocumentArbitraries() {}

  /** Valid target sheets of either framework. */
  static Arbitrary<BudgetItem> budgetItems() {
    return ANY_ITEMS;
  }

  /** Valid target sheets of one framework. */
  static Arbitrary<BudgetItem> budgetItems(IndicatorFramework framework) {
    return ITEMS.get(framework);
  }

  /** Valid disclosures of either framework. */
  static Arbitrary<Disclosure> disclosures() {
    return ANY_DISCLOSURES;
  }

  /** Valid disclosures whose sheets all use one framework. */
  static Arbitrary<Disclosure> disclosures(IndicatorFramework framework) {
    return DISCLOSURES.get(framework);
  }

  /**
   * Sheets: the core, funding (mostly in 万元, sometimes in 元, as {@link ValueArbitraries#amountUnits()}),
   * the plan of the annual table and the template variants, drawn side by side and put together.
   */
  private static Arbitrary<BudgetItem> makeBudgetItems(IndicatorFramework framework) {
    Arbitrary<Funding> funding =
        Arbitraries.frequencyOf(Tuple.of(3, funding(framework, AmountUnit.WAN_YUAN)), Tuple.of(1, funding(framework, AmountUnit.YUAN)));
    return Combinators.combine(CORES, funding, IndicatorPlanner.tablePlans(framework), TemplateVariants.variants())
        .as(DocumentArbitraries::sheet);
  }

  private static Arbitrary<Funding> funding(IndicatorFramework framework, AmountUnit unit) {
    return Combinators.combine(PartArbitraries.fundingSplits(unit), TemplateVariants.mediumTerms(framework, unit)).as(Funding::new);
  }

  private static BudgetItem sheet(Core core, Funding funding, IndicatorPlanner.TablePlan plan, TemplateVariants.Variants variants) {
    int years = core.period().years().orElse(1);
    IndicatorTable annual = plan.table(funding.annual().getTotal());
    BudgetItem.Builder b =
        BudgetItem.builder()
            .year(core.year())
            .name(core.name())
            .department(core.department())
            .implementingUnit(core.department().getName())
            .source("本级申报项目")
            .attribute(core.attribute())
            .period(core.period())
            .annualFunding(funding.annual())
            .annualGoals(core.annualGoals())
            .mediumTermGoals(years > 1 ? core.mediumGoals() : null)
            .annualIndicators(TemplateVariants.withOptionalColumns(annual, variants.columns(), variants.starFirst()));
    return TemplateVariants.apply(b, core.year(), years, variants, funding.medium()).build();
  }

  /** A cell of an extra list column for a sheet, consistent with the sheet. */
  static String listCell(String column, BudgetItem item, SupervisingDepartment department, int index) {
    switch (column) {
      case "主管部门":
        return department.getName();
      case "实施单位":
        return item.getImplementingUnit().orElse("");
      case "项目类别":
        return item.getCategory().orElse("其他");
      default:
        return index % 2 == 0 ? "" : "无";
    }
  }

  /**
   * Disclosures: 1 to 6 sheets with unique names, the list naming them in order with amounts
   * rounded to one decimal (as the seed's list does) or written in full.
   */
  private static Arbitrary<Disclosure> makeDisclosures(IndicatorFramework framework) {
    return Combinators.combine(
            ITEMS.get(framework).list().ofMinSize(1).ofMaxSize(6).uniqueElements(BudgetItem::getName),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(0, 3),
            PartArbitraries.departments(),
            LIST_COLUMNS,
            Arbitraries.of(true, false))
        .as((items, listScale, classified, department, columns, totalled) -> {
          Disclosure.Builder b =
              Disclosure.builder()
                  .title(department.getName() + items.get(0).getYear().getAsInt() + "年度项目支出绩效目标")
                  .unit(department.getName())
                  .year(items.get(0).getYear().getAsInt())
                  .listTitle("项目支出绩效目标公开清单")
                  .classifiedNote("注：本单位" + classified + "个涉密项目除外。");
          BigDecimal total = BigDecimal.ZERO;
          for (int i = 0; i < items.size(); i++) {
            BudgetItem item = i == 0 ? items.get(0) : BudgetItem.builder().from(items.get(i)).year(items.get(0).getYear().getAsInt()).build();
            BigDecimal listed = item.getAnnualFunding().orElseThrow().getTotal().setScale(listScale, RoundingMode.HALF_UP);
            DisclosureListEntry.Builder entry = DisclosureListEntry.builder().sequence(i + 1).name(item.getName()).amount(listed);
            for (String column : columns) {
              entry.addExtras(LabelledText.of(column, listCell(column, item, department, i)));
            }
            b.addListEntry(entry.build()).addItem(item);
            total = total.add(listed);
          }
          return b.listTotal(totalled ? total : null).build();
        });
  }
}

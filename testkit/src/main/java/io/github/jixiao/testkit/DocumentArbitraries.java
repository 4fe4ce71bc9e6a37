package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Whole sheets and disclosures for {@link JixiaoArbitraries}: parts, indicator tables and template
 * variants put together, and disclosure lists that agree with their sheets.
 */
final class DocumentArbitraries {
  /** Extra columns of the disclosure list; none reads as 序号, 项目名称 or an amount header. */
  static final List<String> LIST_EXTRA_LABELS = List.of("主管部门", "实施单位", "项目类别", "备注");

  private DocumentArbitraries() {}

  /**
   * Valid target sheets of either framework.
   *
   * @return budget items
   */
  static Arbitrary<BudgetItem> budgetItems() {
    return PartArbitraries.frameworks().flatMap(DocumentArbitraries::budgetItems);
  }

  /**
   * Valid target sheets of one framework.
   *
   * @param framework the framework of the indicator table
   * @return budget items
   */
  static Arbitrary<BudgetItem> budgetItems(IndicatorFramework framework) {
    Arbitrary<String> names =
        Combinators.combine(Arbitraries.of(PartArbitraries.SUBJECTS), Arbitraries.of("专项经费项目", "运行维护项目", "建设项目", "工作经费"))
            .as(String::concat);
    return ValueArbitraries.amountUnits()
        .flatMap(PartArbitraries::fundingSplits)
        .flatMap(funding -> Combinators.combine(
                names,
                PartArbitraries.departments(),
                PartArbitraries.periods(),
                PartArbitraries.goals(),
                PartArbitraries.goals(),
                IndicatorPlanner.indicatorTables(framework, funding.getTotal()),
                Arbitraries.integers().between(2015, 2030),
                Arbitraries.of("新增项目", "延续项目").injectNull(0.5))
            .as((name, department, period, annualGoals, mediumGoals, table, year, attribute) ->
                BudgetItem.builder()
                    .year(year)
                    .name(name)
                    .department(department)
                    .implementingUnit(department.getName())
                    .source("本级申报项目")
                    .attribute(attribute)
                    .period(period)
                    .annualFunding(funding)
                    .annualGoals(annualGoals)
                    .mediumTermGoals(period.years().orElse(1) > 1 ? mediumGoals : null)
                    .annualIndicators(table)
                    .build()))
        .flatMap(item -> TemplateVariants.withTemplateVariants(item, framework));
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
   * Valid disclosures of either framework: 1 to 6 sheets with unique names, the list naming them
   * in order with amounts rounded to one decimal (as the seed's list does) or written in full.
   *
   * @return disclosures
   */
  static Arbitrary<Disclosure> disclosures() {
    return PartArbitraries.frameworks().flatMap(DocumentArbitraries::disclosures);
  }

  /**
   * Valid disclosures whose sheets all use one framework.
   *
   * @param framework the framework
   * @return disclosures
   */
  static Arbitrary<Disclosure> disclosures(IndicatorFramework framework) {
    Arbitrary<List<String>> listColumns = Arbitraries.of(LIST_EXTRA_LABELS).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(
            budgetItems(framework).list().ofMinSize(1).ofMaxSize(6).uniqueElements(BudgetItem::getName),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(0, 3),
            PartArbitraries.departments(),
            Arbitraries.oneOf(Arbitraries.just(List.<String>of()), listColumns),
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
            BudgetItem item = BudgetItem.builder().from(items.get(i)).year(items.get(0).getYear().getAsInt()).build();
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

package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The generators keep their promise: documents of both frameworks that pass the review checks. */
class GeneratorProperties {

  @Property
  void indicatorsFitTheirFramework(@ForAll("items") BudgetItem item) {
    IndicatorFramework framework = item.detectFramework().orElseThrow();
    Statistics.label("framework").collect(framework);
    Statistics.label("medium-term table").collect(item.getMediumTermIndicators().isPresent());
    Statistics.label("optional columns").collect(!item.getAnnualIndicators().getOptionalColumns().isEmpty());
    assertTableFits(item.getAnnualIndicators().getRows(), framework);
    item.getMediumTermIndicators().ifPresent(t -> assertTableFits(t.getRows(), framework));
  }

  private static void assertTableFits(List<Indicator> rows, IndicatorFramework framework) {
    Set<StandardCategory> level1s = new HashSet<>();
    Set<StandardCategory> level2s = new HashSet<>();
    for (Indicator row : rows) {
      StandardCategory l1 = row.getLevel1().getStandard().orElseThrow();
      StandardCategory l2 = row.getLevel2().getStandard().orElseThrow();
      assertThat(framework.belongsTo(l2, l1)).as("%s under %s", l2, l1).isTrue();
      level1s.add(l1);
      level2s.add(l2);
      assertThat(row.getTarget().getKind()).isNotEqualTo(TargetKind.UNRECOGNISED);
    }
    assertThat(level1s).containsExactlyInAnyOrderElementsOf(framework.level1Categories());
    assertThat(level2s).containsAll(framework.level2Categories(StandardCategory.OUTPUT));
    assertThat(rows.stream().map(r -> r.getLevel2().getLabel() + "/" + r.getName()).collect(Collectors.toList()))
        .doesNotHaveDuplicates();
  }

  @Property
  void targetsAreMeasurableAndWithinTheBudget(@ForAll("items") BudgetItem item) {
    BigDecimal budget = item.getAnnualFunding().orElseThrow().getTotal();
    for (Indicator row : item.getAnnualIndicators().getRows()) {
      TargetValue t = row.getTarget();
      if (t.getKind() == TargetKind.QUANTITATIVE) {
        assertThat(t.getUnit()).isPresent();
        if (t.isPercentage()) {
          assertThat(t.getValue().orElseThrow()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
          assertThat(t.getComparator().filter(c -> c == ComparisonOperator.GE).isPresent()
                  && t.getValue().orElseThrow().compareTo(BigDecimal.valueOf(100)) == 0)
              .isFalse();
        }
        if (t.getUnit().orElseThrow().equals("万元")) {
          assertThat(t.getValue().orElseThrow()).isLessThanOrEqualTo(budget);
        }
      }
    }
    if (item.getPeriod().orElseThrow().years().getAsInt() > 1) {
      assertThat(item.getMediumTermGoals()).isPresent();
    }
    assertThat(item.getDepartment().orElseThrow().hasCodeAndNameForm()).isTrue();
  }

  @Property
  void fundingAddsUp(@ForAll("items") BudgetItem item) {
    FundingSplit funding = item.getAnnualFunding().orElseThrow();
    assertThat(funding.sourcesSum()).isEqualByComparingTo(funding.getTotal());
    for (FundingSource source : funding.getSources()) {
      assertThat(source.getAmount()).isNotNegative();
      if (!source.getChildren().isEmpty()) {
        assertThat(source.childrenSum()).isEqualByComparingTo(source.getAmount());
      }
    }
  }

  @Property
  void amountsAreWrittenWithTwoDecimalsInTheirUnit(@ForAll("items") BudgetItem item) {
    AmountUnit unit = item.getAnnualFunding().orElseThrow().getUnit();
    Statistics.label("funding unit").collect(unit);
    item.getMediumTermFunding().ifPresent(m -> assertThat(m.getUnit()).isEqualTo(unit));
    for (FundingSplit funding : List.of(item.getAnnualFunding().orElseThrow(), item.getMediumTermFunding().orElse(item.getAnnualFunding().get()))) {
      assertWrittenWithTwoDecimals(funding.getTotal(), unit);
      for (FundingSource source : funding.getSources()) {
        assertWrittenWithTwoDecimals(source.getAmount(), unit);
        source.getChildren().forEach(child -> assertWrittenWithTwoDecimals(child.getAmount(), unit));
      }
    }
    Statistics.label("funding unit").coverage(c -> c.check(AmountUnit.YUAN).count(n -> n > 0));
  }

  private static void assertWrittenWithTwoDecimals(BigDecimal wanYuan, AmountUnit unit) {
    BigDecimal written = unit.fromWanYuan(wanYuan);
    assertThat(written.scale()).isEqualTo(2);
    assertThat(unit.toWanYuan(written)).isEqualTo(wanYuan);
  }

  @Property
  void theNewerFieldsAreGeneratedSometimes(@ForAll("disclosures") Disclosure d) {
    Statistics.label("list total").collect(d.getListTotal().isPresent());
    Statistics.label("list extras").collect(!d.getListEntries().get(0).getExtras().isEmpty());
    d.getListTotal().ifPresent(total -> assertThat(total).isEqualByComparingTo(
        d.getListEntries().stream().map(DisclosureListEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)));
    List<String> columns = labels(d.getListEntries().get(0).getExtras());
    for (DisclosureListEntry entry : d.getListEntries()) {
      assertThat(labels(entry.getExtras())).isEqualTo(columns);
    }
    BudgetItem item = d.getItems().get(0);
    Statistics.label("code").collect(item.getCode().isPresent());
    Statistics.label("category").collect(item.getCategory().isPresent());
    Statistics.label("sheet extras").collect(!item.getExtras().isEmpty());
    Statistics.label("scoring").collect(item.getAnnualIndicators().getOptionalColumns().contains(IndicatorColumn.SCORING)
        && item.getAnnualIndicators().getRows().get(0).getScoring().isPresent());
    assertThat(labels(item.getExtras())).doesNotHaveDuplicates();
    item.getExtras().forEach(e -> assertThat(e.getLabel()).isNotBlank());
    for (String label : List.of("list total", "list extras", "code", "category", "sheet extras", "scoring")) {
      Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
    }
  }

  private static List<String> labels(List<LabelledText> extras) {
    return extras.stream().map(LabelledText::getLabel).collect(Collectors.toList());
  }

  @Property
  void theListAgreesWithTheSheets(@ForAll("disclosures") Disclosure d) {
    assertThat(d.getListEntries()).hasSameSizeAs(d.getItems());
    for (int i = 0; i < d.getItems().size(); i++) {
      DisclosureListEntry entry = d.getListEntries().get(i);
      BudgetItem item = d.getItems().get(i);
      assertThat(entry.getName()).isEqualTo(item.getName());
      BigDecimal total = item.getAnnualFunding().orElseThrow().getTotal();
      assertThat(total.setScale(entry.getAmount().scale(), RoundingMode.HALF_UP)).isEqualTo(entry.getAmount());
    }
    assertThat(d.getItems().stream().map(BudgetItem::getName)).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<BudgetItem> items() {
    return JixiaoArbitraries.budgetItems();
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }
}

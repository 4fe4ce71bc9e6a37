package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.TargetValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips of every model type over generated values. */
class ModelProperties {

  @Property
  void parsingTheCanonicalRenderingGivesTheSameValue(@ForAll("targetValues") TargetValue v) {
    assertThat(TargetValue.parse(v.canonical())).isEqualTo(v);
  }

  @Property
  void targetValueBuildersRoundTrip(@ForAll("targetValues") TargetValue v) {
    assertThat(TargetValue.builder().from(v).build()).isEqualTo(v).hasSameHashCodeAs(v);
  }

  @Property
  void disclosureBuildersRoundTrip(@ForAll("disclosures") Disclosure d) {
    assertThat(Disclosure.builder().from(d).build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Property
  void sheetPartBuildersRoundTrip(@ForAll("items") BudgetItem item) {
    assertThat(BudgetItem.builder().from(item).build()).isEqualTo(item);
    FundingSplit funding = item.getAnnualFunding().orElseThrow();
    assertThat(FundingSplit.builder().from(funding).build()).isEqualTo(funding);
    IndicatorTable table = item.getAnnualIndicators();
    assertThat(IndicatorTable.builder().from(table).build()).isEqualTo(table);
    for (Indicator row : table.getRows()) {
      assertThat(Indicator.builder().from(row).build()).isEqualTo(row);
    }
    SupervisingDepartment department = item.getDepartment().orElseThrow();
    assertThat(SupervisingDepartment.builder().from(department).build()).isEqualTo(department);
    Goals goals = item.getAnnualGoals().orElseThrow();
    assertThat(Goals.of(goals.getText())).isEqualTo(goals);
    item.getMediumTermIndicators()
        .ifPresent(t -> assertThat(IndicatorTable.builder().from(t).build()).isEqualTo(t));
  }

  @Property
  void smallValueBuildersRoundTrip(
      @ForAll("fundingSources") FundingSource source,
      @ForAll("categories") IndicatorCategory category,
      @ForAll("listEntries") DisclosureListEntry entry,
      @ForAll("goals") Goals goals,
      @ForAll("periods") ProjectPeriod period) {
    assertThat(FundingSource.builder().from(source).build()).isEqualTo(source);
    assertThat(IndicatorCategory.builder().from(category).build()).isEqualTo(category);
    assertThat(DisclosureListEntry.builder().from(entry).build()).isEqualTo(entry);
    assertThat(Goals.builder().from(goals).build()).isEqualTo(goals);
    for (Goal goal : goals.numbered()) {
      assertThat(Goal.builder().from(goal).build()).isEqualTo(goal);
    }
    assertThat(ProjectPeriod.builder().from(period).build()).isEqualTo(period);
  }

  @Property
  void javaSerializationRoundTrips(@ForAll("disclosures") Disclosure d) throws Exception {
    Object copy = deserialize(serialize(d));
    assertThat(copy).isInstanceOf(Disclosure.class).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Property
  void targetValuesSerialize(@ForAll("targetValues") TargetValue v) throws Exception {
    assertThat(deserialize(serialize(v))).isEqualTo(v);
  }

  static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Provide
  Arbitrary<TargetValue> targetValues() {
    return JixiaoArbitraries.targetValues();
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }

  @Provide
  Arbitrary<FundingSource> fundingSources() {
    return JixiaoArbitraries.fundingSources();
  }

  @Provide
  Arbitrary<IndicatorCategory> categories() {
    return JixiaoArbitraries.indicatorCategories();
  }

  @Provide
  Arbitrary<DisclosureListEntry> listEntries() {
    return JixiaoArbitraries.disclosureListEntries();
  }

  @Provide
  Arbitrary<Goals> goals() {
    return JixiaoArbitraries.goals();
  }

  @Provide
  Arbitrary<ProjectPeriod> periods() {
    return JixiaoArbitraries.periods();
  }

  @Provide
  Arbitrary<BudgetItem> items() {
    return JixiaoArbitraries.budgetItems();
  }
}

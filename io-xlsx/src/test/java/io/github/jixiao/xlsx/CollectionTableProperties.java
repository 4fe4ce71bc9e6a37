package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated documents written as collection tables (汇总表) read back the same, without warnings;
 * what one header for all projects cannot hold is refused, never changed.
 */
class CollectionTableProperties {
  /** The order other rows (其他栏目) are put in when a test needs one order for all projects. */
  private static final List<String> EXTRA_ORDER = List.of("立项依据", "项目概况", "实施计划", "其他说明的问题", "审核意见");

  // 60 tries: each is a POI write, the writer's read-back and this read, on a shared 2-core host.
  @Property(tries = 60)
  void generatedDisclosuresRoundTripAsCollectionTables(@ForAll("disclosures") Disclosure generated) {
    Disclosure d = collectable(generated);
    byte[] xlsx = CollectionTableTest.write(d);
    ReadResult<Disclosure> back = XlsxTesting.READER.read(new ByteArrayInputStream(xlsx));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(d);
  }

  @Property(tries = 30)
  void itemsWrittenOneByOneAndAsABatchRoundTrip(@ForAll("disclosures") Disclosure generated) {
    Disclosure d = collectable(generated);
    BudgetItem first = d.getItems().get(0);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    XlsxTesting.FORMAT.writer(CollectionTableTest.COLLECTION).writeItem(first, one);
    assertThat(XlsxTesting.READER.readItem(new ByteArrayInputStream(one.toByteArray()))).isEqualTo(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ItemWriter writer = XlsxTesting.FORMAT.writer(CollectionTableTest.COLLECTION).openItems(out)) {
      d.getItems().forEach(writer::write);
    }
    List<BudgetItem> back = new ArrayList<>();
    try (ItemReader reader = XlsxTesting.READER.readItems(new ByteArrayInputStream(out.toByteArray()))) {
      reader.forEachRemaining(back::add);
    }
    assertThat(back).isEqualTo(d.getItems());
  }

  /** Documents as generated: written and read back the same, or refused with the field that cannot be held. */
  @Property(tries = 40)
  void whatOneHeaderCannotHoldIsRefusedNeverChanged(@ForAll("disclosures") Disclosure d) {
    FormatException refused = catchThrowableOfType(FormatException.class, () -> {
      byte[] xlsx = CollectionTableTest.write(d);
      assertThat(XlsxTesting.read(xlsx)).isEqualTo(d);
    });
    Statistics.label("written").collect(refused == null);
    if (refused != null) {
      assertThat(refused.reason()).isEqualTo(FormatException.Reason.INVALID_VALUE);
      assertThat(refused.location().getJsonPointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/items/"));
    }
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }

  /**
   * A generated document as one header for all projects holds it: each table's optional columns in
   * one order (the enum's) and only those the table fills; other rows in one order and none empty. The collection
   * table keeps everything else as it is.
   */
  static Disclosure collectable(Disclosure d) {
    List<BudgetItem> items = new ArrayList<>();
    for (BudgetItem item : d.getItems()) {
      List<LabelledText> extras = new ArrayList<>(item.getExtras());
      extras.removeIf(e -> e.getText().isEmpty()); // an empty cell is no row at all
      extras.sort(Comparator.comparingInt(e -> EXTRA_ORDER.indexOf(e.getLabel())));
      items.add(BudgetItem.builder().from(item).annualIndicators(filled(item.getAnnualIndicators()))
          .mediumTermIndicators(item.getMediumTermIndicators().filter(t -> !t.getRows().isEmpty()).map(CollectionTableProperties::filled))
          .extras(extras).build());
    }
    return Disclosure.builder().from(d).items(items).build();
  }

  private static IndicatorTable filled(IndicatorTable t) {
    List<IndicatorColumn> columns = Arrays.stream(IndicatorColumn.values())
        .filter(c -> t.getOptionalColumns().contains(c))
        .filter(c -> t.getRows().stream().anyMatch(r -> !FormLayout.optionalValue(r, c).isEmpty()))
        .toList();
    return IndicatorTable.builder().from(t).optionalColumns(columns).build();
  }

}

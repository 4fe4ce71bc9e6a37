package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the Excel writer writes, the Excel reader reads back to the same model. */
class XlsxRoundTripProperties {

  // 100 tries, not the module's 500: each try is a POI write and three reads (the writer's own check
  // and this one), about a second on a loaded 2-core host.
  @Property(tries = 100)
  void generatedDisclosuresRoundTrip(@ForAll("disclosures") Disclosure d) {
    assertThat(XlsxTesting.read(XlsxTesting.write(d))).isEqualTo(d);
  }

  // Each try writes and reads the whole document twice more, sheet by sheet and as a batch.
  @Property(tries = 50)
  void singleItemsAndBatchesRoundTrip(@ForAll("disclosures") Disclosure d) {
    BudgetItem first = d.getItems().get(0);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    XlsxTesting.FORMAT.writer(WriteOptions.defaults()).writeItem(first, one);
    assertThat(XlsxTesting.READER.readItem(new ByteArrayInputStream(one.toByteArray()))).isEqualTo(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ItemWriter writer = XlsxTesting.FORMAT.writer(WriteOptions.defaults()).openItems(out)) {
      d.getItems().forEach(writer::write);
    }
    List<BudgetItem> back = new ArrayList<>();
    try (ItemReader reader = XlsxTesting.READER.readItems(new ByteArrayInputStream(out.toByteArray()))) {
      reader.forEachRemaining(back::add);
    }
    assertThat(back).isEqualTo(d.getItems());
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }
}

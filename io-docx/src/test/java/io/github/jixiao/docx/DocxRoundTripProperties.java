package io.github.jixiao.docx;

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

/**
 * What the writer writes, the reader reads back to the same model: the module's default tries
 * (junit-platform.properties), 2000 with {@code mvn -P thorough verify}.
 */
class DocxRoundTripProperties {

  @Property
  void generatedDisclosuresRoundTrip(@ForAll("disclosures") Disclosure d) {
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  // Each try writes and reads the whole document twice more, sheet by sheet and as a batch.
  @Property(tries = 50)
  void singleItemsAndBatchesRoundTrip(@ForAll("disclosures") Disclosure d) {
    BudgetItem first = d.getItems().get(0);
    assertThat(DocxTesting.READER.readItem(new ByteArrayInputStream(DocxTesting.write(first)))).isEqualTo(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ItemWriter writer = DocxTesting.FORMAT.writer(WriteOptions.defaults()).openItems(out)) {
      d.getItems().forEach(writer::write);
    }
    List<BudgetItem> back = new ArrayList<>();
    try (ItemReader reader = DocxTesting.READER.readItems(new ByteArrayInputStream(out.toByteArray()))) {
      reader.forEachRemaining(back::add);
    }
    assertThat(back).isEqualTo(d.getItems());
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }
}

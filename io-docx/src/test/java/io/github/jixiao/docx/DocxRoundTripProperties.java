package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What the writer writes, the reader reads back to the same model: 200 tries in the default run
 * (this module's junit-platform.properties), 2000 with {@code mvn -P thorough verify}.
 */
class DocxRoundTripProperties {

  @Test
  void theSeedRoundTrips() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(DocxTesting.read(DocxTesting.write(seed))).isEqualTo(seed);
  }

  @Property
  void generatedDisclosuresRoundTrip(@ForAll("disclosures") Disclosure d) {
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

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

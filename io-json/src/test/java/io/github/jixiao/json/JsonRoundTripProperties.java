package io.github.jixiao.json;

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

/** model → JSON → model is the identity for generated documents, and what we write validates against our schema. */
class JsonRoundTripProperties {

  @Property
  void disclosuresRoundTripAndValidate(@ForAll("disclosures") Disclosure d) {
    String json = JsonTesting.write(d);
    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(d);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
  }

  @Property
  void itemsRoundTripAndValidate(@ForAll("items") BudgetItem item) {
    String json = JsonTesting.write(item);
    assertThat(JsonTesting.readItem(json)).isEqualTo(item);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
  }

  @Property
  void batchesRoundTripInBothLayouts(@ForAll("disclosures") Disclosure d) {
    for (JsonWriteOptions.BatchLayout layout : JsonWriteOptions.BatchLayout.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ItemWriter writer = JsonTesting.FORMAT.writer(WriteOptions.builder().with(JsonWriteOptions.builder().batchLayout(layout).build()).build()).openItems(out)) {
        d.getItems().forEach(writer::write);
      }
      List<BudgetItem> back = new ArrayList<>();
      try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(out.toByteArray()))) {
        reader.forEachRemaining(back::add);
      }
      assertThat(back).as(layout.name()).isEqualTo(d.getItems());
    }
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }

  @Provide
  Arbitrary<BudgetItem> items() {
    return JixiaoArbitraries.budgetItems();
  }
}

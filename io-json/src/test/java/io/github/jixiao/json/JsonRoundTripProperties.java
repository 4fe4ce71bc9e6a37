package io.github.jixiao.json;

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

/** model → JSON → model is the identity, and what we write validates against our schema. */
class JsonRoundTripProperties {

  @Property(tries = 1000)
  void disclosuresRoundTripAndValidate(@ForAll("disclosures") Disclosure d) {
    String json = JsonTesting.write(d);
    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(d);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
  }

  @Property(tries = 300)
  void itemsRoundTripAndValidate(@ForAll("items") BudgetItem item) {
    String json = JsonTesting.write(item);
    assertThat(JsonTesting.readItem(json)).isEqualTo(item);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
  }

  @Property(tries = 200)
  void batchesRoundTripInBothLayouts(@ForAll("disclosures") Disclosure d) {
    for (WriteOptions.BatchLayout layout : WriteOptions.BatchLayout.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ItemWriter writer = JsonTesting.FORMAT.writer(WriteOptions.builder().batchLayout(layout).build()).openItems(out)) {
        d.getItems().forEach(writer::write);
      }
      List<BudgetItem> back = new ArrayList<>();
      try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(out.toByteArray()))) {
        reader.forEachRemaining(back::add);
      }
      assertThat(back).as(layout.name()).isEqualTo(d.getItems());
    }
  }

  @Test
  void theSeedRoundTrips() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    String json = JsonTesting.write(seed);
    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(seed);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
    // the schema is not vacuous
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"type\" : \"disclosure\"", "\"type\" : \"other\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"amount\" : \"18.00\"", "\"amount\" : \"18,00\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json.replace("\"raw\" : \"≥60次\",", ""))).isNotEmpty();
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

package io.github.jixiao.json.databind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.json.JsonValues;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * For generated model values the Jackson 3 module writes the streaming writer's compact bytes and
 * reads them back to an equal value: at the root, in a host's record, and in a list.
 */
class JixiaoJacksonModuleProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new JixiaoJacksonModule()).build();
  private static final WriteOptions COMPACT = WriteOptions.builder().pretty(false).build();

  /** A host's own type around a model value. */
  record Envelope(String id, Disclosure payload) {}

  /** A host's own type around a list of model values. */
  record Items(List<BudgetItem> items) {}

  @Property
  void disclosuresAreTheStreamingWritersBytesAndComeBack(@ForAll("disclosures") Disclosure d) {
    String json = MAPPER.writeValueAsString(d);
    assertThat(json + "\n").isEqualTo(JsonFormat.writeToString(d, COMPACT));
    assertThat(MAPPER.readValue(json, Disclosure.class)).isEqualTo(d);

    Envelope envelope = new Envelope("id", d);
    String wrapped = MAPPER.writeValueAsString(envelope);
    assertThat(wrapped).isEqualTo("{\"id\":\"id\",\"payload\":" + json + "}");
    assertThat(MAPPER.readValue(wrapped, Envelope.class)).isEqualTo(envelope);
  }

  @Property
  void itemsAreTheStreamingWritersBytesAndComeBackInLists(@ForAll("disclosures") Disclosure d) {
    for (BudgetItem item : d.getItems()) {
      String json = MAPPER.writeValueAsString(item);
      assertThat(json + "\n").isEqualTo(JsonFormat.writeToString(item, COMPACT));
      assertThat(MAPPER.readValue(json, BudgetItem.class)).isEqualTo(item);
    }
    String list = MAPPER.writeValueAsString(d.getItems());
    assertThat(MAPPER.readValue(list, new TypeReference<List<BudgetItem>>() {})).isEqualTo(d.getItems());
    Items items = new Items(d.getItems());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(items), Items.class)).isEqualTo(items);
  }

  @Property
  void everyOtherModelTypeIsItsShapeAndComesBack(@ForAll("parts") Object value) {
    Class<?> type = JsonValues.TYPES.stream().filter(t -> t.isInstance(value)).findFirst().orElseThrow();
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).isEqualTo(JsonValues.write(value));
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    assertThat(JsonTrees.read(JsonTrees.writeToTree(value), type)).isEqualTo(value);
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return JixiaoArbitraries.disclosures();
  }

  @Provide
  Arbitrary<Object> parts() {
    return Arbitraries.oneOf(
        JixiaoArbitraries.disclosureListEntries(), JixiaoArbitraries.departments(), JixiaoArbitraries.periods(),
        JixiaoArbitraries.fundingSplits(), JixiaoArbitraries.fundingSources(), JixiaoArbitraries.goals(),
        JixiaoArbitraries.indicators(), JixiaoArbitraries.indicatorCategories(), JixiaoArbitraries.targetValues(),
        JixiaoArbitraries.sheetExtras().filter(e -> !e.isEmpty()).map(e -> e.get(0)),
        JixiaoArbitraries.goals().filter(g -> !g.numbered().isEmpty()).map(g -> g.numbered().get(0)),
        JixiaoArbitraries.budgetItems().map(BudgetItem::getAnnualIndicators))
        .map(Object.class::cast);
  }
}

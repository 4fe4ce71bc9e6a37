package io.github.jixiao.json.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.json.JsonReadOptions;
import io.github.jixiao.json.JsonValues;
import io.github.jixiao.json.JsonWriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.testkit.SampleDocuments;
import io.github.jixiao.value.TargetValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module writes the streaming writer's bytes and reads them back, wherever the value stands. */
class JixiaoJacksonModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new JixiaoJacksonModule()).build();
  private static final Disclosure SAMPLE = SampleDocuments.huaiyuan2024();
  private static final String GOLDEN = new String(SampleDocuments.huaiyuan2024Json(), StandardCharsets.UTF_8);
  private static final WriteOptions COMPACT = WriteOptions.builder().pretty(false).build();

  /** A host's own type around a model value. */
  record Envelope(String id, Disclosure payload) {}

  /** A host's own type around model values in a list and a map. */
  record Batch(List<BudgetItem> items, Map<String, TargetValue> targets) {}

  @Test
  void theSampleIsTheStreamingWritersCompactBytes() {
    String compact = JsonFormat.writeToString(SAMPLE, COMPACT);
    assertThat(MAPPER.writeValueAsString(SAMPLE) + "\n").isEqualTo(compact);
    assertThat(MAPPER.writeValueAsBytes(SAMPLE)).isEqualTo(JsonValues.write(SAMPLE).getBytes(StandardCharsets.UTF_8));
    assertThat(MAPPER.readValue(compact, Disclosure.class)).isEqualTo(SAMPLE);
  }

  @Test
  void withTheFormatsIndentationTheMapperWritesTheGoldenFile() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    assertThat(MAPPER.writer().with(printer).writeValueAsString(SAMPLE) + "\n").isEqualTo(GOLDEN);
    assertThat(MAPPER.readValue(GOLDEN, Disclosure.class)).isEqualTo(SAMPLE);
  }

  @Test
  void aListOfItemsIsTheArrayBatch() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteOptions arrays = WriteOptions.builder().pretty(false)
        .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build()).build();
    try (var writer = new JsonFormat().writer(arrays).openItems(out)) {
      SAMPLE.getItems().forEach(writer::write);
    }
    String json = MAPPER.writeValueAsString(SAMPLE.getItems());

    assertThat(json + "\n").isEqualTo(out.toString(StandardCharsets.UTF_8));
    assertThat(MAPPER.readValue(json, new TypeReference<List<BudgetItem>>() {})).isEqualTo(SAMPLE.getItems());
  }

  @Test
  void aModelValueInAHostRecordIsTheSameBytes() {
    Envelope envelope = new Envelope("a-1", SAMPLE);
    String json = MAPPER.writeValueAsString(envelope);

    assertThat(json).isEqualTo("{\"id\":\"a-1\",\"payload\":" + JsonValues.write(SAMPLE) + "}");
    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void nestedModelTypesInListsAndMaps() {
    BudgetItem item = SAMPLE.getItems().get(1);
    TargetValue target = item.getAnnualIndicators().getRows().get(0).getTarget();
    Batch batch = new Batch(List.of(item, SAMPLE.getItems().get(2)), Map.of("first", target));
    String json = MAPPER.writeValueAsString(batch);

    assertThat(json).contains("\"first\":" + JsonValues.write(target));
    assertThat(MAPPER.readValue(json, Batch.class)).isEqualTo(batch);
    FundingSplit funding = item.getAnnualFunding().get();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(funding), FundingSplit.class)).isEqualTo(funding);
  }

  @Test
  void aValueTheFormatRefusesFailsAsDatabindWithTheFormatsReasonAndWhere() {
    String json = MAPPER.writeValueAsString(new Envelope("a-1", SAMPLE)).replace("\"items\":[{", "\"items\":[{\"owner\":\"x\",");
    assertThatThrownBy(() -> MAPPER.readValue(json, Envelope.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("payload")
        .cause()
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(FormatException.Reason.UNKNOWN_FIELD);
          assertThat(e.location().getJsonPointer()).hasValue("/payload/items/0/owner");
          assertThat(e.location().getLine()).hasValue(1);
          assertThat(e.location().getColumn()).isPresent();
        });
  }

  @Test
  void theModulesReadOptionsApply() {
    JsonMapper lenient = JsonMapper.builder()
        .addModule(new JixiaoJacksonModule(JsonReadOptions.builder().ignoreUnknownFields(true).build())).build();
    String json = JsonValues.write(SAMPLE).replaceFirst("\\{", "{\"comment\":\"added by a host\",");
    assertThat(lenient.readValue(json, Disclosure.class)).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> MAPPER.readValue(json, Disclosure.class)).isInstanceOf(DatabindException.class);
  }

  @Test
  void nullsStayNull() {
    assertThat(MAPPER.writeValueAsString(new Envelope("a-1", null))).isEqualTo("{\"id\":\"a-1\",\"payload\":null}");
    assertThat(MAPPER.readValue("{\"id\":\"a-1\",\"payload\":null}", Envelope.class)).isEqualTo(new Envelope("a-1", null));
  }

  @Test
  void treesHoldTheFormatsShape() {
    JsonNode tree = JsonTrees.writeToTree(SAMPLE);

    // JsonNode is an Iterable and a Predicate to AssertJ: compared as objects
    assertThat((Object) tree).isEqualTo(MAPPER.readTree(GOLDEN));
    assertThat((Object) MAPPER.valueToTree(SAMPLE)).isEqualTo(tree);
    assertThat(JsonTrees.readDisclosure(tree)).isEqualTo(SAMPLE);
    assertThat(MAPPER.treeToValue(tree, Disclosure.class)).isEqualTo(SAMPLE);
    BudgetItem item = SAMPLE.getItems().get(4);
    assertThat(JsonTrees.readItem(JsonTrees.writeToTree(item))).isEqualTo(item);
    TargetValue target = item.getAnnualIndicators().getRows().get(2).getTarget();
    assertThat(JsonTrees.read(JsonTrees.writeToTree(target), TargetValue.class)).isEqualTo(target);
  }

  @Test
  void aTreeThatIsNotTheShapeFailsWithItsPointer() {
    tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) JsonTrees.writeToTree(SAMPLE);
    ((tools.jackson.databind.node.ObjectNode) tree.get("items").get(2)).put("year", "二〇二四");
    assertThatThrownBy(() -> JsonTrees.readDisclosure(tree))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(FormatException.Reason.WRONG_TYPE);
          assertThat(e.location().getJsonPointer()).hasValue("/items/2/year");
        });
  }
}

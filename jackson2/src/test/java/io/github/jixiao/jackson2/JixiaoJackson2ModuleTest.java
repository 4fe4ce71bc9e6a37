package io.github.jixiao.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.json.JsonReadOptions;
import io.github.jixiao.json.JsonValues;
import io.github.jixiao.json.JsonWriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import io.github.jixiao.value.TargetValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jackson 2 module writes the streaming writer's bytes and reads them back, wherever the value stands. */
class JixiaoJackson2ModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoJackson2Module());
  private static final Disclosure SAMPLE = SampleDocuments.huaiyuan2024();
  private static final String GOLDEN = new String(SampleDocuments.huaiyuan2024Json(), StandardCharsets.UTF_8);
  private static final WriteOptions COMPACT = WriteOptions.builder().pretty(false).build();

  /** A host's own type around a model value. */
  record Envelope(String id, Disclosure payload) {}

  /** A host's own type around model values in a list and a map. */
  record Batch(List<BudgetItem> items, Map<String, TargetValue> targets) {}

  @Test
  void theTestsRunOnTheJackson2TheBuildAsksFor() {
    String expected = System.getProperty("jixiao.expectedJackson2");
    if (expected != null) {
      assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
      assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }
    assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
  }

  @Test
  void theSampleIsTheStreamingWritersCompactBytes() throws Exception {
    String compact = JsonFormat.writeToString(SAMPLE, COMPACT);
    assertThat(MAPPER.writeValueAsString(SAMPLE) + "\n").isEqualTo(compact);
    assertThat(MAPPER.writeValueAsBytes(SAMPLE)).isEqualTo(JsonValues.write(SAMPLE).getBytes(StandardCharsets.UTF_8));
    assertThat(MAPPER.readValue(compact, Disclosure.class)).isEqualTo(SAMPLE);
    assertThat(MAPPER.readValue(GOLDEN, Disclosure.class)).isEqualTo(SAMPLE);
  }

  @Test
  void aPrettyMapperIndentsTheValueLikeTheRest() throws Exception {
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new Envelope("a-1", SAMPLE));

    assertThat(pretty).startsWith("{\n  \"id\" : \"a-1\",\n  \"payload\" : {\n    \"formatVersion\" : \"1\",");
    assertThat(MAPPER.readValue(pretty, Envelope.class)).isEqualTo(new Envelope("a-1", SAMPLE));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    // the sample's strings need no escaping that Jackson 2 and 3 do differently: the golden file
    assertThat(MAPPER.writer(printer).writeValueAsString(SAMPLE) + "\n").isEqualTo(GOLDEN);
    assertThat(MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).readValue(pretty, Envelope.class).payload()).isEqualTo(SAMPLE);
  }

  @Test
  void aListOfItemsIsTheArrayBatch() throws Exception {
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
  void aModelValueInAHostRecordIsTheSameBytes() throws Exception {
    Envelope envelope = new Envelope("a-1", SAMPLE);
    String json = MAPPER.writeValueAsString(envelope);

    assertThat(json).isEqualTo("{\"id\":\"a-1\",\"payload\":" + JsonValues.write(SAMPLE) + "}");
    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void nestedModelTypesInListsAndMaps() throws Exception {
    BudgetItem item = SAMPLE.getItems().get(1);
    TargetValue target = item.getAnnualIndicators().getRows().get(0).getTarget();
    Batch batch = new Batch(List.of(item, SAMPLE.getItems().get(2)), Map.of("first", target));
    String json = MAPPER.writeValueAsString(batch);

    assertThat(json).contains("\"first\":" + JsonValues.write(target));
    assertThat(MAPPER.readValue(json, Batch.class)).isEqualTo(batch);
  }

  @Test
  void treesAndConversionsGoTokenByToken() throws Exception {
    JsonNode tree = MAPPER.valueToTree(SAMPLE);

    assertThat(tree.get("items").get(0).get("annualFunding").get("total").isTextual()).isTrue();
    assertThat(tree.equals(MAPPER.readTree(GOLDEN))).isTrue();
    assertThat(MAPPER.treeToValue(tree, Disclosure.class)).isEqualTo(SAMPLE);
    assertThat(MAPPER.convertValue(new Envelope("a-1", SAMPLE), Envelope.class)).isEqualTo(new Envelope("a-1", SAMPLE));
  }

  @Test
  void aValueTheFormatRefusesFailsAsAMappingExceptionWithTheFormatsReasonAndWhere() throws Exception {
    String json = MAPPER.writeValueAsString(new Envelope("a-1", SAMPLE)).replace("\"items\":[{", "\"items\":[{\"owner\":\"x\",");
    assertThatThrownBy(() -> MAPPER.readValue(json, Envelope.class))
        .isInstanceOfSatisfying(JsonMappingException.class, e -> {
          assertThat(e.getMessage()).contains("at /items/0/owner of the value").contains("UNKNOWN_FIELD").contains("payload");
          assertThat(e.getLocation().getColumnNr()).isEqualTo("{\"id\":\"a-1\",\"payload\":".length() + 1);
          assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("payload");
        })
        .cause()
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(FormatException.Reason.UNKNOWN_FIELD);
          assertThat(e.location().getJsonPointer()).hasValue("/items/0/owner");
        });
  }

  @Test
  void duplicateKeysAndExactNumbersReachTheFormatsReader() {
    String duplicate = JsonValues.write(SAMPLE).replaceFirst("\\{", "{\"title\":\"x\",");
    assertThatThrownBy(() -> MAPPER.readValue(duplicate, Disclosure.class)).cause()
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.DUPLICATE_KEY));
    String negativeZero = "{\"label\":\"财政拨款\",\"amount\":-0.00}";
    assertThatThrownBy(() -> MAPPER.readValue(negativeZero, io.github.jixiao.model.FundingSource.class)).cause()
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.INVALID_NUMBER));
  }

  @Test
  void theModulesReadOptionsApply() throws Exception {
    ObjectMapper lenient = new ObjectMapper()
        .registerModule(new JixiaoJackson2Module(JsonReadOptions.builder().ignoreUnknownFields(true).build()));
    String json = JsonValues.write(SAMPLE).replaceFirst("\\{", "{\"comment\":\"added by a host\",");
    assertThat(lenient.readValue(json, Disclosure.class)).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> MAPPER.readValue(json, Disclosure.class)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void nullsStayNull() throws Exception {
    assertThat(MAPPER.writeValueAsString(new Envelope("a-1", null))).isEqualTo("{\"id\":\"a-1\",\"payload\":null}");
    assertThat(MAPPER.readValue("{\"id\":\"a-1\",\"payload\":null}", Envelope.class)).isEqualTo(new Envelope("a-1", null));
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.ModelException;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON format's own settings, its capabilities per extension, and what an input holds. */
class JsonFormatOptionsTest {
  private static final List<BudgetItem> TWO = SampleDocuments.huaiyuan2024().getItems().subList(0, 2);

  @Test
  void theJsonSettingsHaveDefaultsAndAreFoundInTheGenericOptions() {
    assertThat(JsonReadOptions.of(ReadOptions.defaults())).isSameAs(JsonReadOptions.defaults());
    assertThat(JsonReadOptions.defaults().getMaxNumberLength()).isEqualTo(64);
    assertThat(JsonReadOptions.defaults().isIgnoreUnknownFields()).isFalse();
    assertThat(JsonWriteOptions.of(WriteOptions.defaults()).getBatchLayout()).isEqualTo(JsonWriteOptions.BatchLayout.LINES);

    JsonReadOptions lenient = JsonReadOptions.builder().ignoreUnknownFields(true).build();
    assertThat(JsonReadOptions.of(ReadOptions.builder().with(lenient).build())).isEqualTo(lenient);
    JsonWriteOptions array = JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build();
    WriteOptions options = WriteOptions.builder().pretty(false).with(array).build();
    assertThat(options.find(JsonWriteOptions.class)).contains(array);
    assertThat(WriteOptions.builder().from(options).build()).isEqualTo(options);
    assertThatThrownBy(() -> JsonReadOptions.builder().maxNumberLength(0).build()).isInstanceOf(ModelException.class)
        .hasMessageContaining("JsonReadOptions.maxNumberLength");
  }

  @Test
  void writeOptionsWithJsonSettingsSurviveSerialization() throws IOException, ClassNotFoundException {
    WriteOptions options = WriteOptions.builder()
        .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build()).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(options);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(options);
    }
  }

  @Test
  void jsonReadsAndWritesEverythingAndJsonLinesOnlyBatches() {
    JsonFormat json = new JsonFormat();
    assertThat(json.capabilities()).containsExactlyInAnyOrder(Capability.values());
    assertThat(json.capabilities(".JSON")).containsExactlyInAnyOrder(Capability.values());
    assertThat(json.capabilities("jsonl")).containsExactlyInAnyOrder(Capability.READ_ITEMS, Capability.WRITE_ITEMS);
    assertThat(json.capabilities("ndjson")).isEqualTo(json.capabilities("jsonl"));
    assertThat(json.capabilities("docx")).isEmpty();
  }

  @Test
  void anInputHoldsADisclosureUnlessItIsAnArrayOrNamesAnotherType() {
    JsonFormat json = new JsonFormat();
    assertThat(json.holdsDisclosure(in(JsonTesting.write(SampleDocuments.huaiyuan2024())))).isTrue();
    assertThat(json.holdsDisclosure(in(JsonTesting.write(TWO.get(0))))).isFalse();
    assertThat(json.holdsDisclosure(in(" [ ]"))).isFalse();
    assertThat(json.holdsDisclosure(in(lines()))).isFalse();
    assertThat(json.holdsDisclosure(in("{}"))).isTrue();
  }

  @Test
  void aWriterForAnExtensionWritesWhatItNamesUnlessTheOptionsSayOtherwise() {
    JsonFormat json = new JsonFormat();
    assertThat(batch(json.writer(WriteOptions.defaults(), "jsonl"))).isEqualTo(lines());
    assertThat(batch(json.writer(WriteOptions.defaults(), ".NDJSON"))).isEqualTo(lines());
    assertThat(batch(json.writer(WriteOptions.defaults(), "json"))).startsWith("[");
    WriteOptions linesChosen = WriteOptions.builder()
        .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.LINES).build()).build();
    assertThat(batch(json.writer(linesChosen, "json"))).isEqualTo(lines());
  }

  private static String lines() {
    return batch(new JsonFormat().writer(WriteOptions.defaults()));
  }

  private static String batch(DocumentWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ItemWriter items = writer.openItems(out)) {
      TWO.forEach(items::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JsonFormat's text entry points and JsonValues: the writer's bytes, the reader's strictness. */
class JsonTextEntryPointsTest {
  private static final Disclosure SAMPLE = SampleDocuments.huaiyuan2024();
  private static final String GOLDEN = new String(SampleDocuments.huaiyuan2024Json(), StandardCharsets.UTF_8);
  private static final WriteOptions COMPACT = WriteOptions.builder().pretty(false).build();

  @Test
  void aDisclosureAsTextIsTheGoldenFile() {
    assertThat(JsonFormat.writeToString(SAMPLE)).isEqualTo(GOLDEN);
    assertThat(JsonFormat.readDisclosure(GOLDEN)).isEqualTo(SAMPLE);
  }

  @Test
  void anItemAsTextIsWhatTheWriterWrites() {
    BudgetItem item = SAMPLE.getItems().get(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonTesting.FORMAT.writer(COMPACT).writeItem(item, out);
    String written = out.toString(StandardCharsets.UTF_8);

    assertThat(JsonFormat.writeToString(item, COMPACT)).isEqualTo(written);
    assertThat(JsonValues.write(item) + "\n").isEqualTo(written);
    assertThat(JsonFormat.readItem(written)).isEqualTo(item);
    assertThat(JsonFormat.readItem(JsonFormat.writeToString(item))).isEqualTo(item);
  }

  @Test
  void compactValuesAreTheWritersCompactOutputWithoutItsLineEnd() {
    assertThat(JsonValues.write(SAMPLE) + "\n").isEqualTo(JsonFormat.writeToString(SAMPLE, COMPACT));
  }

  @Test
  void everyModelTypeOfTheSampleRoundTrips() {
    BudgetItem item = SAMPLE.getItems().get(0);
    for (Object value : new Object[] {
        SAMPLE.getListEntries().get(0), item.getDepartment().get(), item.getPeriod().get(),
        item.getAnnualFunding().get(), item.getAnnualFunding().get().getSources().get(0), item.getAnnualGoals().get(),
        Goal.of(2, "完成督查任务"), item.getAnnualIndicators(), item.getAnnualIndicators().getRows().get(5),
        item.getAnnualIndicators().getRows().get(5).getLevel2(), item.getAnnualIndicators().getRows().get(5).getTarget(),
        LabelledText.of("备注", "无")}) {
      Class<?> type = JsonValues.TYPES.stream().filter(t -> t.isInstance(value)).findFirst().orElseThrow();
      String json = JsonValues.write(value);
      assertThat(JsonValues.read(json, type)).as(json).isEqualTo(value);
    }
  }

  @Test
  void theFundingSplitIsWrittenAsInsideItsItem() {
    BudgetItem item = SAMPLE.getItems().get(0);
    assertThat(JsonValues.write(item)).contains("\"annualFunding\":" + JsonValues.write(item.getAnnualFunding().get()) + ",");
  }

  @Test
  void aTextThatIsNotTheShapeFailsWithWhere() {
    String json = GOLDEN.replaceFirst("\"title\"", "\"titel\"");
    assertThatThrownBy(() -> JsonFormat.readDisclosure(json))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(FormatException.Reason.UNKNOWN_FIELD);
          assertThat(e.location().getJsonPointer()).hasValue("/titel");
          assertThat(e.location().getLine()).hasValue(4);
        });
    assertThatThrownBy(() -> JsonFormat.readItem("{\"formatVersion\":\"1\",\"type\":\"disclosure\",\"name\":\"x\"}"))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.INVALID_VALUE));
    assertThatThrownBy(() -> JsonValues.read(JsonValues.write(SAMPLE) + " {}", Disclosure.class))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.TRAILING_CONTENT));
  }

  @Test
  void aCategoryOnItsOwnNeedsItsStandard() {
    assertThatThrownBy(() -> JsonValues.read("{\"label\":\"产出指标\"}", IndicatorCategory.class))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.MISSING_FIELD));
    assertThat(JsonValues.read("{\"label\":\"产出指标\",\"standard\":null}", IndicatorCategory.class))
        .isEqualTo(IndicatorCategory.of("产出指标", null));
  }

  @Test
  void theReadOptionsApply() {
    String json = JsonValues.write(LabelledText.of("备注", "无")).replace("}", ",\"extra\":1}");
    ReadOptions lenient = ReadOptions.builder().with(JsonReadOptions.builder().ignoreUnknownFields(true).build()).build();
    assertThat(JsonValues.read(json, LabelledText.class, lenient)).isEqualTo(LabelledText.of("备注", "无"));
    assertThatThrownBy(() -> JsonValues.read(json, LabelledText.class)).isInstanceOf(FormatException.class);
  }

  @Test
  void typesOutsideTheFormatAreRefused() {
    assertThatThrownBy(() -> JsonValues.write("text")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValues.read("{}", String.class)).isInstanceOf(IllegalArgumentException.class);
  }
}

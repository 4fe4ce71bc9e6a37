package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Batches read with {@code readItems}: in JSON Lines a bad line is a failure of its own and the
 * next lines are read; an array or items spread over lines end at their first failure; an empty
 * batch is empty.
 */
class JsonLinesTest {
  /** The sample's sheets, one a line. */
  private static final List<String> LINES = SampleDocuments.huaiyuan2024().getItems().stream()
      .map(item -> JsonTesting.write(item).replace("\n", "")).toList();

  private static final String BAD_NAME = "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":7}";

  /** Every item and every failure of a batch, in order: failures as "line N: REASON". */
  static List<String> readAll(String batch, ReadOptions options) {
    List<String> seen = new ArrayList<>();
    try (ItemReader reader = new JsonFormat().reader(options)
        .readItems(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))) {
      while (reader.hasNext()) {
        try {
          BudgetItem item = reader.next();
          seen.add(item.getName());
        } catch (FormatException e) {
          seen.add("line " + e.location().getLine().orElse(-1) + ": " + e.reason());
        }
      }
    }
    return seen;
  }

  static List<String> readAll(String batch) {
    return readAll(batch, ReadOptions.defaults());
  }

  @Test
  void oneBadLineAmong10000IsReportedAndTheOtherLinesAreRead() {
    StringBuilder batch = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      batch.append(i == 7_001 ? BAD_NAME : LINES.get(i % LINES.size())).append('\n');
    }
    List<String> seen = readAll(batch.toString());
    assertThat(seen).hasSize(10_000);
    assertThat(seen.get(7_000)).isEqualTo("line 7001: WRONG_TYPE");
    assertThat(seen).filteredOn(s -> s.startsWith("line ")).hasSize(1);
    assertThat(seen.get(7_001)).isEqualTo(SampleDocuments.huaiyuan2024().getItems().get(7_002 % LINES.size()).getName());
  }

  @Test
  void theFailureOfALineSaysWhereInTheWholeFile() {
    String batch = LINES.get(0) + "\n" + LINES.get(1) + "\n" + BAD_NAME + "\n" + LINES.get(2) + "\n";
    try (ItemReader reader = JsonTesting.READER.readItems(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))) {
      reader.next();
      reader.next();
      assertThatThrownBy(reader::next).isInstanceOfSatisfying(FormatException.class, e -> {
        assertThat(e.location().getLine()).hasValue(3);
        assertThat(e.location().getJsonPointer()).contains("/name");
        long lineStart = (LINES.get(0) + "\n" + LINES.get(1) + "\n").getBytes(StandardCharsets.UTF_8).length;
        assertThat(e.location().getByteOffset().orElseThrow()).isGreaterThan(lineStart);
      });
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.next().getName()).isEqualTo(SampleDocuments.huaiyuan2024().getItems().get(2).getName());
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void anUnclosedLineDoesNotSwallowTheNextOne() {
    String unclosed = LINES.get(1).substring(0, LINES.get(1).length() - 1);
    List<String> seen = readAll(LINES.get(0) + "\n" + unclosed + "\n" + LINES.get(2) + "\n");
    assertThat(seen).as(String.join(" | ", seen)).containsExactly(name(0), "line 2: TRUNCATED", name(2));
  }

  @Test
  void aBadFirstLineThatBalancesIsALineOfJsonLines() {
    assertThat(readAll(BAD_NAME + "\n" + LINES.get(0) + "\n")).containsExactly("line 1: WRONG_TYPE", name(0));
    assertThat(readAll("NaN\n" + LINES.get(0))).containsExactly("line 1: INVALID_NUMBER", name(0));
  }

  @Test
  void contentAfterTheItemOnItsLineIsThatLinesFailure() {
    assertThat(readAll(LINES.get(0) + " {}\n" + LINES.get(1) + "\n" + LINES.get(2) + " x\n" + LINES.get(3)))
        .containsExactly(name(0), "line 1: TRAILING_CONTENT", name(1), "line 3: TRAILING_CONTENT", name(3));
  }

  @Test
  void aLineOverTheByteLimitIsSkippedAndTheNextLinesAreRead() {
    ReadOptions small = ReadOptions.builder().maxDocumentBytes(LINES.get(0).getBytes(StandardCharsets.UTF_8).length + 100L).build();
    String huge = "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":\"" + "x".repeat(LINES.get(0).length() * 3) + "\"}";
    assertThat(readAll(LINES.get(0) + "\n" + huge + "\n" + LINES.get(0) + "\n", small))
        .containsExactly(name(0), "line 2: TOO_LARGE", name(0));
  }

  @Test
  void anEmptyBatchIsEmpty() {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("\n\n  \r\n\t\n")).isEmpty();
    assertThat(readAll("[]")).isEmpty();
    assertThat(readAll(" [ ]\n")).isEmpty();
    assertThat(readAll("\n\n" + LINES.get(0) + "\n\n\n" + LINES.get(1) + "\n\n")).containsExactly(name(0), name(1));
  }

  @Test
  void itemsSpreadOverLinesAreReadOneAfterAnother() {
    String pretty = JsonTesting.write(SampleDocuments.huaiyuan2024().getItems().get(0));
    assertThat(pretty).contains("\n");
    assertThat(readAll(pretty)).containsExactly(name(0));
    assertThat(readAll(pretty + "\n" + JsonTesting.write(SampleDocuments.huaiyuan2024().getItems().get(1))))
        .containsExactly(name(0), name(1));
  }

  @Test
  void aFailureInAnArrayOrInItemsSpreadOverLinesEndsTheBatch() {
    assertThat(readAll("[" + LINES.get(0) + ",\n" + BAD_NAME + ",\n" + LINES.get(1) + "]"))
        .containsExactly(name(0), "line 2: WRONG_TYPE");
    String pretty = JsonTesting.write(SampleDocuments.huaiyuan2024().getItems().get(0));
    assertThat(readAll(pretty + "\n" + BAD_NAME + "\n" + LINES.get(1))).hasSize(2).startsWith(name(0));
  }

  @Test
  void aOneLineArrayFollowedByMoreIsTrailingContent() {
    assertThat(readAll("[" + LINES.get(0) + "]\n" + LINES.get(1) + "\n")).containsExactly(name(0), "line 2: TRAILING_CONTENT");
  }

  @Test
  void quotedInputIsCutInMessages() {
    String key = "k".repeat(49_000);
    FormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
        () -> JsonTesting.readItem("{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"" + key + "\":1}"));
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(e.getMessage()).hasSizeLessThan(600).contains("…(49000 characters)");
    FormatException number = org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
        () -> JsonTesting.readItem("{\"formatVersion\":\"1\",\"type\":\"" + "t".repeat(900_000) + "\"}"));
    assertThat(number.getMessage()).hasSizeLessThan(600).contains("…(900000 characters)");
  }

  private static String name(int i) {
    return SampleDocuments.huaiyuan2024().getItems().get(i).getName();
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JSON Lines with bad lines anywhere after the first: every good line is read, in order, every
 * bad line is one failure naming its line, blank lines are nothing.
 */
class JsonLinesProperties {
  private static final List<BudgetItem> ITEMS = SampleDocuments.huaiyuan2024().getItems();
  private static final List<String> GOOD = ITEMS.stream().map(i -> JsonTesting.write(i).replace("\n", "")).toList();

  /** A line of a batch: a sheet of the sample (0–9) or a kind of bad or blank line (negative). */
  private static final int BLANK = -1;
  private static final List<String> BAD = List.of(
      "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":7}",
      "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":\"unclosed\"",
      "not json at all",
      "[1, 2]",
      "{\"formatVersion\":\"1\",\"type\":\"budgetItem\"} {}",
      "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":\"tab\there\"}",
      "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"x\":NaN}",
      "\"a string that does not end");

  @Property
  void everyGoodLineIsReadAndEveryBadLineIsOneFailure(@ForAll("batches") List<Integer> lines) {
    StringBuilder batch = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int line = lines.get(i);
      if (line >= 0) {
        batch.append(GOOD.get(line));
        expected.add(ITEMS.get(line).getName());
      } else if (line == BLANK) {
        batch.append("  ");
      } else {
        String bad = BAD.get(-line - 2);
        batch.append(bad);
        expected.add("line " + (i + 1) + ": ");
      }
      batch.append(i % 3 == 0 ? "\r\n" : "\n");
    }
    List<String> seen = JsonLinesTest.readAll(batch.toString(), ReadOptions.defaults());
    assertThat(seen).hasSameSizeAs(expected);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).startsWith(expected.get(i));
    }
  }

  @Provide
  Arbitrary<List<Integer>> batches() {
    Arbitrary<Integer> good = Arbitraries.integers().between(0, GOOD.size() - 1);
    Arbitrary<Integer> other = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BLANK)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-BAD.size() - 1, -2)),
        net.jqwik.api.Tuple.of(4, good));
    // the first line is a whole value: it tells JSON Lines from items spread over lines
    return good.list().ofSize(1).flatMap(first -> other.list().ofMaxSize(30).map(rest -> {
      List<Integer> all = new ArrayList<>(first);
      all.addAll(rest);
      return all;
    }));
  }
}

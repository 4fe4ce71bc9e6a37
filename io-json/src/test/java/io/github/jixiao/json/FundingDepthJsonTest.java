package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON format and the model agree on how deep funding sources nest: the deepest tree the
 * model admits is written and read back with the default options, in a disclosure, a single
 * item, a JSON array of items and JSON Lines; a deeper one is refused by name, also when the
 * reader's depth limit is raised far above the model's.
 */
class FundingDepthJsonTest {
  private static final String HEAD = "{\"formatVersion\":\"1\",\"type\":\"disclosure\",";

  private static FundingSource chain(int levels) {
    FundingSource source = FundingSource.of("第" + levels + "层", new BigDecimal("1.00"));
    for (int level = levels - 1; level >= 1; level--) {
      source = FundingSource.builder().label("第" + level + "层").amount(new BigDecimal("1.00")).addChild(source).build();
    }
    return source;
  }

  private static Disclosure deepest() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    List<BudgetItem> items = new ArrayList<>(seed.getItems());
    BudgetItem first = items.get(0);
    FundingSplit funding = FundingSplit.of(new BigDecimal("1.00"), chain(FundingSource.MAX_DEPTH));
    items.set(0, BudgetItem.builder().from(first).annualFunding(funding).mediumTermFunding(funding).build());
    return Disclosure.builder().from(seed).items(items).build();
  }

  @Test
  void theDeepestTreeTheModelAdmitsRoundTripsInADisclosure() {
    Disclosure deepest = deepest();

    String json = JsonTesting.write(deepest);

    assertThat(JsonTesting.readDisclosure(json)).isEqualTo(deepest);
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, json)).isEmpty();
  }

  @Test
  void theDeepestTreeRoundTripsAsAnItemAndInBatches() {
    BudgetItem item = deepest().getItems().get(0);

    assertThat(JsonTesting.readItem(JsonTesting.write(item))).isEqualTo(item);

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (ItemWriter writer = JsonTesting.WRITER.openItems(lines)) {
      writer.write(item);
      writer.write(item);
    }
    assertThat(readAll(lines.toByteArray())).containsExactly(item, item);

    String one = JsonTesting.write(item);
    byte[] array = ("[" + one + "," + one + "]").getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(array)).containsExactly(item, item);
  }

  private static List<BudgetItem> readAll(byte[] bytes) {
    List<BudgetItem> read = new ArrayList<>();
    try (ItemReader items = JsonTesting.READER.readItems(new ByteArrayInputStream(bytes))) {
      items.forEachRemaining(read::add);
    }
    return read;
  }

  @Test
  void theDefaultDepthLimitHasRoomForTheModel() {
    // A disclosure's funding source of level k is an object at JSON depth 4 + 2k (root, items,
    // item, funding block, then a sources or children array and an object per level); an array of
    // disclosures would add one.
    assertThat(ReadOptions.defaults().getMaxDepth()).isGreaterThanOrEqualTo(4 + 2 * FundingSource.MAX_DEPTH + 1);
  }

  private static String tree(int levels) {
    String source = "{\"label\":\"财政拨款\",\"amount\":\"1\",\"children\":[";
    return HEAD + "\"items\":[{\"name\":\"x\",\"annualFunding\":{\"total\":\"1\",\"sources\":["
        + source.repeat(levels) + "]}".repeat(levels) + "]}}]}";
  }

  private static FormatException readFails(String json, ReadOptions options) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> JsonTesting.FORMAT.reader(options).readDisclosure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  @Test
  void aTreeOneLevelDeeperThanTheModelIsRefusedByName() {
    FormatException e = readFails(tree(FundingSource.MAX_DEPTH + 1), ReadOptions.defaults());

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.detail()).contains("FundingSource.children").contains(String.valueOf(FundingSource.MAX_DEPTH));
    assertThat(e.location().getJsonPointer().orElseThrow())
        .isEqualTo("/items/0/annualFunding/sources/0" + "/children/0".repeat(FundingSource.MAX_DEPTH));
  }

  @Test
  void aTreeOfTheModelsDepthIsRead() {
    Disclosure d = JsonTesting.READER.readDisclosure(
        new ByteArrayInputStream(tree(FundingSource.MAX_DEPTH).getBytes(StandardCharsets.UTF_8)));

    assertThat(d.getItems().get(0).getAnnualFunding().orElseThrow().getSources().get(0).depth()).isEqualTo(FundingSource.MAX_DEPTH);
  }

  @Test
  void aTenThousandLevelTreeIsRefusedEvenWhenTheReadersLimitAdmitsIt() {
    ReadOptions deep = ReadOptions.builder().maxDepth(100_000).build();

    FormatException e = readFails(tree(10_000), deep);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.detail()).contains("FundingSource.children");
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 000 items written and read back as a stream, in a JVM with a 64 MB heap (surefire's
 * small-heap execution): far less than the batch, so the reader and writer must not hold it.
 */
class SmallHeapBatchTest {
  private static final int ITEMS = 100_000;

  @Test
  void streams100000ItemsThroughA64MegabyteHeap(@TempDir Path dir) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
    List<BudgetItem> seeds = SampleDocuments.huaiyuan2024().getItems();
    for (JsonWriteOptions.BatchLayout layout : JsonWriteOptions.BatchLayout.values()) {
      Path file = dir.resolve("batch-" + layout + ".json");
      try (ItemWriter writer = JsonTesting.FORMAT.writer(WriteOptions.builder().with(JsonWriteOptions.builder().batchLayout(layout).build()).build())
          .openItems(new BufferedOutputStream(Files.newOutputStream(file)))) {
        for (int i = 0; i < ITEMS; i++) {
          BudgetItem seed = seeds.get(i % seeds.size());
          writer.write(BudgetItem.builder().from(seed).name(seed.getName() + " #" + i).build());
        }
      }
      assertThat(Files.size(file)).as("the batch is larger than the heap").isGreaterThan(Runtime.getRuntime().maxMemory());
      long count = 0;
      try (ItemReader reader = JsonTesting.READER.readItems(new BufferedInputStream(Files.newInputStream(file)))) {
        while (reader.hasNext()) {
          BudgetItem item = reader.next();
          assertThat(item.getName()).endsWith(" #" + count);
          count++;
        }
      }
      assertThat(count).isEqualTo(ITEMS);
      Files.delete(file);
    }
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scale: reading and validating 1 000, 10 000 and 100 000 items from JSON Lines, streamed. Prints
 * one line per size — {@code scale <items> <milliseconds> <peak heap MB>} — for {@link Summary}.
 * Run it with a small heap ({@code -Xmx64m}): the time should grow linearly and the peak stay flat.
 */
public final class ScaleHarness {
  private ScaleHarness() {}

  /**
   * Runs the sizes.
   *
   * @param args not used
   * @throws IOException if the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("jixiao-scale");
    int[] sizes = {1_000, 10_000, 100_000};
    run(dir, 1_000); // warm-up, not printed
    for (int size : sizes) {
      long[] result = run(dir, size);
      System.out.println("scale " + size + " " + result[0] + " " + result[1]);
    }
  }

  private static long[] run(Path dir, int size) throws IOException {
    Path file = dir.resolve("batch-" + size + ".jsonl");
    List<BudgetItem> seeds = SampleDocuments.huaiyuan2024().getItems();
    try (ItemWriter writer = new JsonFormat().writer(WriteOptions.defaults()).openItems(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (int i = 0; i < size; i++) {
        BudgetItem seed = seeds.get(i % seeds.size());
        writer.write(BudgetItem.builder().from(seed).name(seed.getName() + " #" + i).build());
      }
    }
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans();
    heap.stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
    DocumentReader reader = new JsonFormat().reader(ReadOptions.defaults());
    RuleSet rules = RuleSet.catalogue();
    Policy policy = Policy.defaults();
    long start = System.nanoTime();
    long findings = 0;
    try (ItemReader items = reader.readItems(new BufferedInputStream(Files.newInputStream(file)))) {
      while (items.hasNext()) {
        findings += rules.evaluate(items.next(), policy).getFindings().size();
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    Files.delete(file);
    if (findings == 0) {
      throw new IllegalStateException("the seed's sheets have findings; none were found");
    }
    return new long[] {millis, peak >> 20};
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;

/** The documents the benchmarks measure, made once per fork. */
final class Inputs {
  private Inputs() {}

  /** The word-processor-made fixture: the seed document, 21 tables. */
  static byte[] fixtureDocx() {
    try (InputStream in = Inputs.class.getResourceAsStream("/huaiyuan-2024.docx")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-sheet Word document: the seed's first sheet as our writer writes it. */
  static byte[] oneSheetDocx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxFormat().writer(WriteOptions.defaults()).writeItem(SampleDocuments.huaiyuan2024().getItems().get(0), out);
    return out.toByteArray();
  }

  static byte[] disclosureJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer(WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), out);
    return out.toByteArray();
  }

  /** A JSON Lines batch: the seed's sheets repeated, renamed. */
  static byte[] batchJson(int items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<BudgetItem> seeds = SampleDocuments.huaiyuan2024().getItems();
    try (ItemWriter writer = new JsonFormat().writer(WriteOptions.defaults()).openItems(out)) {
      for (int i = 0; i < items; i++) {
        BudgetItem seed = seeds.get(i % seeds.size());
        writer.write(BudgetItem.builder().from(seed).name(seed.getName() + " #" + i).build());
      }
    }
    return out.toByteArray();
  }

  /** Generated valid sheets of both frameworks, the same ones in every fork. */
  static List<BudgetItem> generatedSheets(int count) {
    return generate(JixiaoArbitraries.budgetItems(), count);
  }

  static List<Disclosure> generatedDisclosures(int count) {
    return generate(JixiaoArbitraries.disclosures(), count);
  }

  /** Generated target-value texts of every readable kind. */
  static List<String> generatedTargets(int count) {
    return generate(JixiaoArbitraries.targetValues(), count).stream().map(t -> t.getRaw()).collect(Collectors.toList());
  }

  /** Samples outside a property (jqwik's generators need a property's context; sampling does not). */
  private static <T> List<T> generate(Arbitrary<T> arbitrary, int count) {
    return arbitrary.sampleStream().limit(count).collect(Collectors.toList());
  }

}

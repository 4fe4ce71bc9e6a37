package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documents the benchmarks measure, made once per fork. */
final class Inputs {
  private Inputs() {}

  /** The word-processor-made fixture: the seed document, 21 tables. */
  static byte[] fixtureDocx() {
    return SampleDocuments.huaiyuan2024Docx();
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

  static final int GENERATED_SHEETS = 1000;
  static final int GENERATED_TARGETS = 1000;

  /** Where {@link GenerateInputs} put the generated inputs (run from the project root). */
  private static Path generated(String name) {
    return Path.of(System.getProperty("jixiao.bench.inputs", "benchmarks/target/inputs")).resolve(name);
  }

  /** Generated valid sheets of both frameworks, drawn once by {@link GenerateInputs}. */
  static List<BudgetItem> generatedSheets() {
    List<BudgetItem> sheets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(generated("sheets.jsonl"));
        ItemReader reader = new JsonFormat().reader(ReadOptions.defaults()).readItems(in)) {
      reader.forEachRemaining(sheets::add);
    } catch (IOException e) {
      throw new UncheckedIOException("run GenerateInputs first (benchmarks/run does)", e);
    }
    return sheets;
  }

  /** Generated target-value texts of every readable kind, drawn once by {@link GenerateInputs}. */
  static List<String> generatedTargets() {
    try {
      return Files.readAllLines(generated("targets.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("run GenerateInputs first (benchmarks/run does)", e);
    }
  }
}

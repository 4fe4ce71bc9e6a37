package io.github.jixiao.benchmarks;

import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.value.TargetValue;
import io.github.jixiao.testkit.JixiaoArbitraries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Draws the generated inputs once, before the benchmarks run, into files the benchmarks read:
 * generating them inside a fork leaves jqwik's caches in the heap and disturbs the measurement
 * for seconds afterwards.
 */
public final class GenerateInputs {
  private GenerateInputs() {}

  /**
   * Writes {@code sheets.jsonl} and {@code targets.txt} into the folder named by the first
   * argument.
   *
   * @param args the folder
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    try (OutputStream out = Files.newOutputStream(dir.resolve("sheets.jsonl"));
        ItemWriter writer = new JsonFormat().writer(WriteOptions.defaults()).openItems(out)) {
      JixiaoArbitraries.budgetItems().sampleStream().limit(Inputs.GENERATED_SHEETS).forEach(writer::write);
    }
    String targets = JixiaoArbitraries.targetValues().sampleStream().limit(Inputs.GENERATED_TARGETS)
        .map(TargetValue::getRaw).map(raw -> raw.replace("\n", " ")).collect(Collectors.joining("\n"));
    Files.writeString(dir.resolve("targets.txt"), targets, StandardCharsets.UTF_8);
  }
}

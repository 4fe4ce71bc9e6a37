package io.github.jixiao.examples;

import io.github.jixiao.docx.DocxReadOptions;
import io.github.jixiao.format.Capability;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonReadOptions;
import io.github.jixiao.json.JsonWriteOptions;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * 示例：格式选项与格式能力 (example: each format's own options, passed through the generic ones,
 * and what each format can read and write).
 */
public final class FormatOptions {
  private FormatOptions() {}

  /**
   * Reads a Word file with tighter Word limits and a lenient JSON reader in the same options,
   * writes its sheets as one JSON array ({@code sheets.json} beside it), and lists the formats on
   * the class path with what they read and write.
   *
   * @param args a .docx file
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    FormatRegistry formats = FormatRegistry.discover(FormatOptions.class.getClassLoader());
    ReadOptions options = ReadOptions.builder()
        .maxDocumentBytes(8L << 20)
        .with(DocxReadOptions.builder().maxZipEntries(200).maxCells(50_000).build())   // Word: zip, cells
        .with(JsonReadOptions.builder().ignoreUnknownFields(true).build())             // JSON: numbers, unknown fields
        .build();
    WriteOptions arrays = WriteOptions.builder()
        .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build())   // not JSON Lines
        .build();

    Path docx = Path.of(args[0]);
    Disclosure document = formats.byId("docx").orElseThrow().reader(options).readDisclosure(docx);
    System.out.println("Word limits: " + DocxReadOptions.of(options).getMaxZipEntries() + " entries, "
        + DocxReadOptions.of(options).getMaxCells() + " cells");
    Path json = docx.resolveSibling("sheets.json");
    try (OutputStream out = Files.newOutputStream(json);
        ItemWriter items = formats.byId("json").orElseThrow().writer(arrays).openItems(out)) {
      document.getItems().forEach(items::write);
    }
    System.out.println("wrote " + document.getItems().size() + " sheets as one JSON array");

    for (FormatProvider format : formats.providers()) {
      for (String extension : format.extensions()) {
        Set<Capability> can = format.capabilities(extension);
        System.out.println(format.id() + " ." + extension + ": " + can);
      }
    }
  }
}

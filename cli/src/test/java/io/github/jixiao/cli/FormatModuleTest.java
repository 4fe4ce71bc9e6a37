package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testformat.GzipJsonFormat;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format module the tool does not know works with {@code validate} and {@code convert}: {@link
 * GzipJsonFormat} ({@code .jgz}) is only listed in META-INF/services on the test class path, and
 * the tool is run as {@code java -jar} runs it, through {@link Main#run(String[], PrintStream,
 * PrintStream)}, which discovers the formats.
 */
class FormatModuleTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  record Run(int exit, String out, String err) {}

  private static Run run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theModuleIsDiscoveredBesideWordExcelAndJson() {
    FormatRegistry formats = FormatRegistry.discover(Main.class.getClassLoader());
    assertThat(formats.providers()).extracting(p -> p.id()).containsExactly("docx", "json", "json-gz", "pdf", "xlsx");
    assertThat(formats.byExtension("jgz")).get().isInstanceOf(GzipJsonFormat.class);
  }

  @Test
  void convertWritesAndReadsTheNewFormatAsADisclosure(@TempDir Path dir) throws IOException {
    Path jgz = dir.resolve("sample.jgz");
    Run written = run("convert", "--sample", jgz);
    assertThat(written.exit()).as(written.err()).isEqualTo(Main.OK);
    assertThat(Files.readAllBytes(jgz)).startsWith((byte) 0x1F, (byte) 0x8B);
    assertThat(gunzip(jgz)).contains("\"type\" : \"disclosure\"");

    Path docx = dir.resolve("back.docx");
    Path json = dir.resolve("back.json");
    assertThat(run("convert", jgz, docx).exit()).isEqualTo(Main.OK);
    assertThat(run("convert", jgz, json).exit()).isEqualTo(Main.OK);
    assertThat(new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(docx).getItems()).isEqualTo(SEED.getItems());
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(json)).isEqualTo(SEED);

    Path again = dir.resolve("again.jgz");
    assertThat(run("convert", docx, again).exit()).isEqualTo(Main.OK);
    assertThat(new GzipJsonFormat().reader(ReadOptions.defaults()).readDisclosure(Files.newInputStream(again)).getItems())
        .isEqualTo(SEED.getItems());
  }

  @Test
  void convertWritesAndReadsTheNewFormatAsABatch(@TempDir Path dir) throws IOException {
    Path lines = dir.resolve("sheets.jsonl");
    assertThat(run("convert", "--sample", lines).exit()).isEqualTo(Main.OK);
    Path jgz = dir.resolve("sheets.jgz");
    Run r = run("convert", lines, jgz);
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(gunzip(jgz).lines()).hasSize(SEED.getItems().size()).allMatch(l -> l.contains("\"type\":\"budgetItem\""));

    Path back = dir.resolve("back.jsonl");
    assertThat(run("convert", jgz, back).exit()).isEqualTo(Main.OK);
    assertThat(Files.readString(back)).isEqualTo(Files.readString(lines));
  }

  @Test
  void aWorkbookIsReadAsExcelThoughWordAlsoRecognisesAZip(@TempDir Path dir) {
    Path book = dir.resolve("sample.xlsx");
    Run written = run("convert", "--sample", book);
    assertThat(written.exit()).as(written.err()).isZero();
    Run checked = run("validate", book);
    assertThat(checked.err()).doesNotContain("not a Word document");
    assertThat(checked.exit()).as(checked.err()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(checked.out()).contains("JX-COST-001");
  }

  @Test
  void validateReadsTheNewFormatByNameAndInFolders(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    Path whole = folder.resolve("a-sample.jgz");
    Path batch = folder.resolve("b-sheets.jgz");
    Path lines = dir.resolve("sheets.jsonl");
    assertThat(run("convert", "--sample", whole).exit()).isEqualTo(Main.OK);
    assertThat(run("convert", "--sample", lines).exit()).isEqualTo(Main.OK);
    assertThat(run("convert", lines, batch).exit()).isEqualTo(Main.OK);

    Run one = run("validate", whole);
    assertThat(one.exit()).as(one.err()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(one.out()).startsWith("== " + whole + " ==\n督查考核专项经费项目 (items[0])\n")
        .contains("JX-COST-001").endsWith("合计：1 个错误，11 个警告，3 个提示\n");

    Run all = run("validate", "--format", "json", folder);
    assertThat(all.exit()).as(all.err()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(all.out()).contains("\"document\" : \"" + whole + "\"").contains("\"document\" : \"" + batch + "\"")
        .contains("items[5].annualIndicators[产出指标/成本指标/项目总成本]");

    Run unusable = run("convert", whole, dir.resolve("x.pdf"));
    assertThat(unusable.exit()).isEqualTo(Main.UNUSABLE);
    // .xls is read only, so not offered as an output
    assertThat(unusable.err()).contains("输出文件的扩展名必须是 .docx、.json、.jsonl、.ndjson、.jgz、.xlsx 或 .xlsm");
  }
}

package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool on hostile input: failures of one file (running out of memory included) do not cost
 * the report of the others, outputs never destroy inputs and are written whole or not at all, a
 * bad line of JSON Lines costs only that line, and nothing from a document can forge the text
 * report.
 */
class CliHostileInputTest {
  record Run(int exit, String out, String err) {}

  private static final FormatRegistry WITH_BOOM =
      FormatRegistry.builder().register(new ThrowingFormat()).discover(CliHostileInputTest.class.getClassLoader()).build();

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Run run(Object... args) {
    String[] strings = Stream.of(args).map(Object::toString).toArray(String[]::new);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), WITH_BOOM);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path fixture(Path dir) throws IOException {
    return Files.write(dir.resolve("huaiyuan-2024.docx"), SampleDocuments.huaiyuan2024Docx());
  }

  /** The sample's ten sheets as JSON Lines, repeated. */
  private static List<String> lines(int count) {
    List<BudgetItem> items = SampleDocuments.huaiyuan2024().getItems();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(line(items.get(i % items.size())));
    }
    return lines;
  }

  private static String line(BudgetItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer(WriteOptions.defaults(), "jsonl").writeItem(item, out);
    return out.toString(StandardCharsets.UTF_8).replace("\n", "");
  }

  private static final String BAD_LINE = "{\"formatVersion\":\"1\",\"type\":\"budgetItem\",\"name\":7}";

  private static List<String> leftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  // ----------------------------------------------------------------- B5: errors of one file

  @Test
  void aFileThatRunsOutOfMemoryIsUnreadableAndTheOthersAreReported(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    fixture(folder);
    Files.writeString(folder.resolve("a.boom"), ThrowingFormat.OOM);
    Files.writeString(folder.resolve("b.boom"), ThrowingFormat.ASSERT);
    Run r = run("validate", folder);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.out()).contains("== " + folder.resolve("huaiyuan-2024.docx") + " ==").contains("合计：1 个错误");
    assertThat(r.err()).contains(folder.resolve("a.boom") + ": 内存不足（OutOfMemoryError: Java heap space）");
    assertThat(r.err()).contains(folder.resolve("b.boom") + ": 工具出错（AssertionError: an invariant of the boom reader）");
    assertThat(run("validate", "--lang", "en", folder).err())
        .contains(folder.resolve("a.boom") + ": out of memory (OutOfMemoryError: Java heap space)")
        .contains(folder.resolve("b.boom") + ": the tool failed (AssertionError: an invariant of the boom reader)");
    JsonNode sarif = MAPPER.readTree(run("validate", "--format", "sarif", folder).out());
    JsonNode notes = sarif.get("runs").get(0).get("invocations").get(0);
    assertThat(notes.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(notes.get("toolExecutionNotifications").toString()).contains("JX-READ-FAILED").contains("OutOfMemoryError");
    assertThat(sarif.get("runs").get(0).get("results").size()).isEqualTo(15);
  }

  @Test
  void runningOutOfMemoryWhileWritingIsExitCode2AndLeavesNoOutput(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.boom");
    Run r = run("convert", "--sample", out);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains("内存不足");
    assertThat(out).doesNotExist();
    Files.writeString(out, "before");
    assertThat(run("convert", "--sample", out).exit()).isEqualTo(Main.UNUSABLE);
    assertThat(out).hasContent("before");
    assertThat(leftovers(dir)).isEmpty();
  }

  // ----------------------------------------------------------------- B6: output onto an input

  @Test
  void convertOntoItsInputIsRefusedAlsoThroughALink(@TempDir Path dir) throws IOException {
    Path batch = Files.write(dir.resolve("s.jsonl"), lines(10));
    byte[] before = Files.readAllBytes(batch);
    Run same = run("convert", batch, batch);
    assertThat(same.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(same.err()).contains(batch + "：输出文件就是输入文件 " + batch + "；请另给 OUT");
    assertThat(run("convert", "--lang", "en", batch, batch).err()).contains(batch + ": the output is the input " + batch + "; give another OUT");
    assertThat(Files.readAllBytes(batch)).isEqualTo(before);
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), batch);
    assertThat(run("convert", batch, link).exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run("convert", link, dir.resolve("./s.jsonl")).exit()).isEqualTo(Main.UNUSABLE);
    assertThat(Files.readAllBytes(batch)).isEqualTo(before);
  }

  @Test
  void validateOutputOntoAnInputIsRefused(@TempDir Path dir) throws IOException {
    Path batch = Files.write(dir.resolve("s.jsonl"), lines(10));
    byte[] before = Files.readAllBytes(batch);
    Run r = run("validate", "--output", batch, batch);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains("输出文件就是输入文件").contains("--output");
    assertThat(Files.readAllBytes(batch)).isEqualTo(before);
    assertThat(run("validate", "--format", "sarif", "--output", batch, dir).exit()).as("through the folder").isEqualTo(Main.UNUSABLE);
    assertThat(Files.readAllBytes(batch)).isEqualTo(before);
  }

  // ----------------------------------------------------------------- B7: whole or nothing

  @Test
  void aConversionThatFailsHalfWayLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(lines(700));
    lines.add(BAD_LINE);
    Path batch = Files.write(dir.resolve("big.jsonl"), lines);
    Path out = dir.resolve("out.json");
    Run r = run("convert", batch, out);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains("line 701").contains("WRONG_TYPE");
    assertThat(out).doesNotExist();
    Files.writeString(out, "[]");
    assertThat(run("convert", batch, out).exit()).isEqualTo(Main.UNUSABLE);
    assertThat(out).hasContent("[]");
    assertThat(leftovers(dir)).isEmpty();
    Path report = Files.writeString(dir.resolve("report.txt"), "old report");
    assertThat(run("validate", "--output", report, batch).exit()).isEqualTo(Main.UNUSABLE);
    assertThat(report).content().contains("== " + batch + " ==").doesNotContain("old report");
  }

  // ----------------------------------------------------------------- B13 and JSON Lines

  @Test
  void anEmptyJsonLinesFileIsAnEmptyBatch(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("e.jsonl"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("b.jsonl"), "\n\n  \n");
    Path array = Files.writeString(dir.resolve("a.json"), "[]");
    Run r = run("validate", "--lang", "en", empty, blank, array);
    assertThat(r.err()).as("the total alone").matches("Total: 3 file\\(s\\) \\(0 unreadable\\), 0 sheet\\(s\\); 0 error\\(s\\), 0 warning\\(s\\), 0 info; [0-9]+\\.[0-9] s\n");
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("== " + empty + " ==\nTotal: 0 error(s)").contains("== " + array + " ==\nTotal: 0 error(s)");
    assertThat(run("convert", empty, dir.resolve("e.json")).exit()).isEqualTo(Main.OK);
    assertThat(dir.resolve("e.json")).hasContent("[ ]");
  }

  @Test
  void aBadLineOfJsonLinesIsNamedAndTheOtherSheetsAreChecked(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(lines(200));
    lines.set(100, BAD_LINE);
    Path batch = Files.write(dir.resolve("batch.jsonl"), lines);
    Run r = run("validate", "--lang", "en", batch);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains(batch + ", line 101, column 49, at /name").contains("WRONG_TYPE");
    assertThat(r.out()).contains("Total: 20 error(s)").doesNotContain("(items[100])").contains("Unreadable parts: 1\n  " + batch + ", line 101");
    assertThat(r.out()).as("the sheet after the bad line keeps its place").contains("(items[105])").doesNotContain("(items[200])");
  }

  // ----------------------------------------------------------------- text that forges lines

  @Test
  void namesAndTextFromTheDocumentCannotForgeTheTextReport(@TempDir Path dir) throws IOException {
    List<BudgetItem> items = SampleDocuments.huaiyuan2024().getItems();
    String forged = "督查\n合计：0 个错误，0 个警告，0 个提示\n\u001b[2J\u202E";
    BudgetItem evil = BudgetItem.builder().from(items.get(5)).name(forged).build();
    Path batch = Files.writeString(dir.resolve("evil\n合计：0 个错误.jsonl"), line(evil) + "\n");
    Run r = run("validate", batch);
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(r.out().lines().filter(l -> l.startsWith("合计"))).hasSize(1);
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u202E");
    assertThat(r.out()).contains("督查\\n合计：0 个错误，0 个警告，0 个提示\\n\\u001b[2J\\u202e");
    assertThat(r.out()).contains("== " + dir + "/evil\\n合计：0 个错误.jsonl ==");
  }

  @Test
  void hugeNamesAndQuotedValuesAreCutInTheTextReport(@TempDir Path dir) throws IOException {
    BudgetItem seed = SampleDocuments.huaiyuan2024().getItems().get(5);
    String huge = "项".repeat(900_000);
    String json = line(BudgetItem.builder().from(seed).name("名".repeat(900_000)).build()).replace("项目总成本", huge);
    assertThat(json).contains(huge);
    Path batch = Files.writeString(dir.resolve("huge.jsonl"), json + "\n");
    Run r = run("validate", "--lang", "en", batch);
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow()).isLessThan(2_000);
    assertThat(r.out()).contains("名".repeat(200) + "…(900000 characters) (items[0])")
        .contains("[产出指标/成本指标/" + "项".repeat(190) + "…(900010 characters)]")
        .contains("cost indicator \"" + "项".repeat(200) + "…(900000 characters)\" declares 105.2万元");
  }

  @Test
  void hugeKeysAreCutInMessages(@TempDir Path dir) throws IOException {
    String key = "k".repeat(49_000);
    Path file = Files.writeString(dir.resolve("huge.json"),
        "{\"formatVersion\":\"1\",\"type\":\"disclosure\",\"" + key + "\":1}");
    Run r = run("validate", file);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains("…(49000 characters)").hasSizeLessThan(2_000);
  }

  // ----------------------------------------------------------------- what a folder held

  @Test
  void aFolderNamesWhatItDidNotReadAndSarifListsItWithEncodedUris(@TempDir Path dir) throws IOException, InterruptedException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    fixture(folder);
    Files.createDirectories(folder.resolve("sub"));
    Files.createSymbolicLink(folder.resolve("gone.json"), folder.resolve("nowhere.json"));
    Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\":\"1\",");
    Path spaced = Files.writeString(folder.resolve("有 空格.jsonl"), "");
    boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString()).start().waitFor() == 0;
    Run text = run("validate", folder);
    assertThat(text.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(text.out()).contains("未读取（不是普通文件）：" + (fifo ? 3 : 2))
        .contains(folder.resolve("sub") + "  文件夹").contains(folder.resolve("gone.json") + "  指向不存在目标的符号链接");
    assertThat(text.err()).contains("已跳过 " + folder.resolve("sub") + "：文件夹");
    assertThat(run("validate", "--lang", "en", folder).err()).contains("skipped " + folder.resolve("sub") + ": a folder");
    if (fifo) {
      assertThat(text.out()).contains(folder.resolve("pipe.json") + "  不是普通文件");
    }
    JsonNode run = MAPPER.readTree(run("validate", "--format", "sarif", folder).out()).get("runs").get(0);
    String notes = run.get("invocations").get(0).get("toolExecutionNotifications").toString();
    assertThat(notes).contains("JX-NOT-READ").contains(folder.resolve("sub").toUri().toString())
        .contains("JX-READ-FAILED").contains(folder.resolve("broken.json").toUri().toString());
    assertThat(run.get("results").findValuesAsString("uri")).contains(folder.resolve("huaiyuan-2024.docx").toUri().toString());
    Files.write(spaced, lines(1));
    JsonNode encoded = MAPPER.readTree(run("validate", "--format", "sarif", spaced).out()).get("runs").get(0);
    assertThat(encoded.get("results").findValuesAsString("uri")).isNotEmpty()
        .allSatisfy(uri -> assertThat(uri).startsWith("file:/").endsWith("/%E6%9C%89%20%E7%A9%BA%E6%A0%BC.jsonl"));
  }

  @Test
  void theSarifWithNotificationsIsValid(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("broken.json"), "{");
    JsonNode log = MAPPER.readTree(run("validate", "--format", "sarif", folder).out());
    JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
    List<String> ids = driver.get("notifications").findValuesAsString("id");
    JsonNode notes = log.get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications");
    for (JsonNode note : notes) {
      int index = note.get("descriptor").get("index").asInt();
      assertThat(ids.get(index)).isEqualTo(note.get("descriptor").get("id").asString());
    }
    assertThat(notes).hasSize(2);
  }
}

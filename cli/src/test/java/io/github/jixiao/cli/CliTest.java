package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line tool, run in-process: output, files and exit codes. */
class CliTest {
  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  /** The formats on the class path and the test-only {@link FakeFormat}, whose reader emits read warnings. */
  private static final FormatRegistry WITH_FAKE =
      FormatRegistry.builder().register(new FakeFormat()).discover(CliTest.class.getClassLoader()).build();

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run runWithFake(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), WITH_FAKE);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A fake document (read as the sample) with a warning per line: KIND TABLE ROW COLUMN TEXT. */
  private static Path fake(Path dir, String name, String... warnings) throws IOException {
    return Files.writeString(dir.resolve(name), FakeFormat.MAGIC + "\n" + String.join("\n", warnings) + "\n");
  }

  private static final String PLACED = "UNPLACED 2 5 3 立项依据：《某某办法》";
  private static final String HIDDEN = "HIDDEN 0 1 0 隐藏的说明";

  private static Path fixture(Path dir) throws IOException {
    Path file = dir.resolve("huaiyuan-2024.docx");
    return Files.write(file, SampleDocuments.huaiyuan2024Docx());
  }

  @Test
  void theEmbeddedSampleIsTheSeed() {
    assertThat(Inputs.sample()).isEqualTo(SampleDocuments.huaiyuan2024());
  }

  @Test
  void validatesTheSampleInChineseByDefault() {
    Run r = run("validate", "--sample");
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(r.out()).startsWith("== sample:huaiyuan-2024 ==\n督查考核专项经费项目 (items[0])\n");
    assertThat(r.out()).contains("  错误  JX-COST-001  items[5].annualIndicators[产出指标/成本指标/项目总成本]  成本指标“项目总成本”");
    assertThat(r.out()).endsWith("合计：1 个错误，11 个警告，3 个提示\n");
  }

  @Test
  void validatesInEnglishAsJsonAndSarifIntoAFile(@TempDir Path dir) throws IOException {
    assertThat(run("validate", "--sample", "--lang", "en").out()).contains("ERROR  JX-COST-001").endsWith("Total: 1 error(s), 11 warning(s), 3 info\n");
    Run json = run("validate", "--sample", "--format", "json");
    assertThat(json.out()).contains("\"type\" : \"reports\"").contains("\"document\" : \"sample:huaiyuan-2024\"").contains("\"ERROR\" : 1");
    Path sarif = dir.resolve("out.sarif");
    Run toFile = run("validate", "--sample", "--format", "sarif", "--output", sarif.toString());
    assertThat(toFile.out()).isEmpty();
    assertThat(toFile.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"JX-COST-001\"");
  }

  @Test
  void aPolicyCanTurnTheErrorOff(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.properties"), "rules.disabled = JX-COST-001\n");
    Run r = run("validate", "--sample", "--policy", policy.toString());
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out()).doesNotContain("JX-COST-001").contains("合计：0 个错误");
    Path bad = Files.writeString(dir.resolve("bad.properties"), "satisfaction.minimun = 90\n");
    Run broken = run("validate", "--sample", "--policy", bad.toString());
    assertThat(broken.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(broken.err()).contains("satisfaction.minimun");
  }

  @Test
  void theFrameworkOptionIsUsed() {
    Run r = run("validate", "--sample", "--framework", "2021");
    assertThat(r.out()).contains("JX-COV-001");
    assertThat(run("validate", "--sample", "--framework", "2015").exit()).isEqualTo(Main.UNUSABLE);
  }

  @Test
  void aFolderIsReadInParallelAndAnUnreadableFileIsNamedWhileTheOthersAreChecked(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    fixture(folder);
    Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\":\"1\",\"type\":\"disclosure\",");
    Files.writeString(folder.resolve("notes.txt"), "ignored: not a document name");
    assertThat(run("convert", "--sample", folder.resolve("sample.json").toString()).exit()).isZero();
    Run r = run("validate", folder.toString());
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).contains("broken.json").contains("TRUNCATED");
    assertThat(r.out()).contains("== " + folder.resolve("huaiyuan-2024.docx") + " ==").contains("== " + folder.resolve("sample.json") + " ==");
    assertThat(r.out()).doesNotContain("notes.txt");
  }

  @Test
  void convertsBetweenWordAndJsonBothWays(@TempDir Path dir) throws IOException {
    Path docx = dir.resolve("sample.docx");
    Path json = dir.resolve("sample.json");
    Path lines = dir.resolve("sheets.jsonl");
    Path back = dir.resolve("back.docx");
    assertThat(run("convert", "--sample", docx.toString()).exit()).isZero();
    assertThat(run("convert", docx.toString(), json.toString()).exit()).isZero();
    assertThat(run("convert", json.toString(), lines.toString()).exit()).isZero();
    assertThat(run("convert", lines.toString(), back.toString()).exit()).isZero();
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(json)).isEqualTo(seed);
    assertThat(Files.readAllLines(lines)).hasSize(10);
    assertThat(new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(back).getItems()).isEqualTo(seed.getItems());
    Run batch = run("validate", lines.toString());
    assertThat(batch.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(batch.out()).contains("items[5].annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(run("convert", json.toString(), dir.resolve("x.pdf").toString()).exit()).isEqualTo(Main.UNUSABLE);
  }

  @Test
  void listsTheRules() {
    Run r = run("rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("JX-"))).hasSize(30);
    assertThat(r.out()).contains("JX-COST-001  ERROR    成本指标超过年度资金");
    assertThat(run("rules", "--lang", "en").out()).contains("Cost above the funding")
        .contains("\npolicy settings:\nfunding.tolerance = 0.01  (decimal)  how far")
        .contains("\nsatisfaction.minimum = 80  (percentage)  lowest acceptable satisfaction target, in percent\n");
    assertThat(r.out()).contains("\n策略设置：\n").contains("satisfaction.minimum = 80  (percentage)  满意度目标的最低值（%）\n");
  }

  @Test
  void helpVersionAndUsageErrors() {
    List<String[]> helps = new ArrayList<>();
    helps.add(new String[] {"--help"});
    helps.add(new String[] {"validate", "--help"});
    helps.add(new String[] {"convert", "--help"});
    helps.add(new String[] {"rules", "--help"});
    for (String[] args : helps) {
      Run r = run(args);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("Usage: jixiao");
    }
    assertThat(run("--version").out()).startsWith("jixiao ");
    assertThat(run("validate", "--version").out()).startsWith("jixiao ");
    assertThat(run().exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run("validate").exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run("validate", "--format", "pdf", "--sample").exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run("frobnicate").exit()).isEqualTo(Main.UNUSABLE);
  }

  @Test
  void readWarningsArePrintedUnderTheirDocumentInTheChosenLanguageAndCounted(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake", PLACED, HIDDEN);
    Path clean = fake(dir, "clean.fake");
    Run zh = runWithFake("validate", a, clean);
    assertThat(zh.exit()).isEqualTo(Main.ERRORS_FOUND);
    int sheets = SampleDocuments.huaiyuan2024().getItems().size();
    assertThat(zh.err()).as("the total alone").startsWith("合计：2 个文件（0 个无法读取），" + 2 * sheets + " 张表；2 个错误，22 个警告，6 个提示；用时 ")
        .endsWith(" 秒\n").hasLineCount(1);
    assertThat(zh.out()).startsWith("== " + a + " ==\n读取警告\n"
        + "  表格 2，行 5，列 3  未能归入模型的内容  “立项依据：《某某办法》”\n"
        + "  表格 0，行 1，列 0  隐藏内容  “隐藏的说明”\n"
        + "督查考核专项经费项目 (items[0])\n");
    assertThat(zh.out()).contains("合计：1 个错误，11 个警告，3 个提示\n读取警告：2 条\n== " + clean + " ==\n督查考核专项经费项目 (items[0])\n");
    assertThat(zh.out()).endsWith("合计：1 个错误，11 个警告，3 个提示\n");

    Run en = runWithFake("validate", "--lang", "en", a);
    assertThat(en.out()).startsWith("== " + a + " ==\nRead warnings\n"
        + "  table 2, row 5, column 3  content not placed in the model  \"立项依据：《某某办法》\" — " + FakeFormat.DETAIL + "\n"
        + "  table 0, row 1, column 0  hidden content  \"隐藏的说明\" — " + FakeFormat.DETAIL + "\n");
    assertThat(en.out()).endsWith("Total: 1 error(s), 11 warning(s), 3 info\nRead warnings: 2\n");
  }

  @Test
  void readWarningsNeverChangeTheExitCode(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.properties"), "rules.disabled = JX-COST-001\n");
    Run r = runWithFake("validate", "--policy", policy, fake(dir, "a.fake", PLACED, HIDDEN));
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("读取警告：2 条");
  }

  @Test
  void readWarningsAreAnArrayPerDocumentInTheJsonReport(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake", PLACED, HIDDEN);
    Path clean = fake(dir, "clean.fake");
    Run r = runWithFake("validate", "--format", "json", a, clean);
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    JsonNode documents = MAPPER.readTree(r.out()).get("documents");
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).get("document").asString()).isEqualTo(a.toString());
    assertThat(documents.get(0).get("counts").get("ERROR").asInt()).isEqualTo(1);
    JsonNode warnings = documents.get(0).get("warnings");
    assertThat(warnings).hasSize(2);
    JsonNode first = warnings.get(0);
    assertThat(first.get("kind").asString()).isEqualTo("UNPLACED");
    assertThat(first.get("description").get("zh").asString()).isEqualTo("未能归入模型的内容");
    assertThat(first.get("text").asString()).isEqualTo("立项依据：《某某办法》");
    assertThat(first.get("detail").asString()).isEqualTo(FakeFormat.DETAIL);
    assertThat(first.get("location").get("table").asInt()).isEqualTo(2);
    assertThat(first.get("location").get("row").asInt()).isEqualTo(5);
    assertThat(first.get("location").get("column").asInt()).isEqualTo(3);
    assertThat(warnings.get(1).get("kind").asString()).isEqualTo("HIDDEN");
    assertThat(documents.get(1).get("warnings")).isEmpty();
  }

  @Test
  void readWarningsAreSarifToolExecutionNotifications(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake", PLACED, HIDDEN);
    Run r = runWithFake("validate", "--format", "sarif", "--lang", "en", a, fake(dir, "clean.fake"));
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    JsonNode run = MAPPER.readTree(r.out()).get("runs").get(0);
    assertThat(run.get("results").size()).isEqualTo(2 * 15);
    JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    JsonNode placed = notes.get(0);
    assertThat(placed.get("level").asString()).isEqualTo("warning");
    assertThat(placed.get("descriptor").get("id").asString()).isEqualTo("JX-READ-UNPLACED");
    assertThat(placed.get("message").get("text").asString()).contains("立项依据：《某某办法》").contains(FakeFormat.DETAIL);
    JsonNode where = placed.get("locations").get(0);
    assertThat(where.get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo(a.toUri().toString());
    assertThat(where.get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo("table[2]/row[5]/column[3]");
    assertThat(where.get("message").get("text").asString()).isEqualTo("table 2, row 5, column 3");
    assertThat(notes.get(1).get("level").asString()).isEqualTo("note");

    // in Chinese (the default) the message and the place are Chinese; the reader's English detail is a property
    JsonNode zh = MAPPER.readTree(runWithFake("validate", "--format", "sarif", a).out()).get("runs").get(0)
        .get("invocations").get(0).get("toolExecutionNotifications").get(0);
    assertThat(zh.get("message").get("text").asString()).isEqualTo("未能归入模型的内容：“立项依据：《某某办法》”");
    assertThat(zh.get("locations").get(0).get("message").get("text").asString()).isEqualTo("表格 2，行 5，列 3");
    assertThat(zh.get("properties").get("detail").asString()).isEqualTo(FakeFormat.DETAIL);
  }

  @Test
  void strictRefusesADocumentWithUnplacedContentAndStillChecksTheOthers(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake", PLACED);
    Path clean = fake(dir, "clean.fake");
    Path json = dir.resolve("b.json");
    assertThat(run("convert", "--sample", json.toString()).exit()).isZero();

    Run strict = runWithFake("validate", "--strict", a, clean, json);
    assertThat(strict.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(strict.err()).contains(a.toString()).contains("立项依据").contains("UNPLACED_CONTENT");
    assertThat(strict.out()).doesNotContain("== " + a + " ==").doesNotContain("读取警告")
        .contains("== " + clean + " ==").contains("== " + json + " ==");
    JsonNode documents = MAPPER.readTree(runWithFake("validate", "--strict", "--format", "json", a, clean, json).out()).get("documents");
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).get("document").asString()).isEqualTo(clean.toString());

    // strict alone changes nothing for documents without unplaced content; without it, the same file only warns
    assertThat(runWithFake("validate", "--strict", clean, json).exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(runWithFake("validate", a, clean, json).exit()).isEqualTo(Main.ERRORS_FOUND);
  }

  @Test
  void convertPrintsTheReadWarningsAndStillConverts(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake", PLACED, HIDDEN);
    Path json = dir.resolve("a.json");
    Run r = runWithFake("convert", a, json);
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        "jixiao: 警告：" + a + "：表格 2，行 5，列 3  未能归入模型的内容  “立项依据：《某某办法》”",
        "jixiao: 警告：" + a + "：表格 0，行 1，列 0  隐藏内容  “隐藏的说明”");
    assertThat(runWithFake("convert", "--lang", "en", a, dir.resolve("en.json")).err().lines()).containsExactly(
        "jixiao: warning: " + a + ": table 2, row 5, column 3: UNPLACED \"立项依据：《某某办法》\" — " + FakeFormat.DETAIL,
        "jixiao: warning: " + a + ": table 0, row 1, column 0: HIDDEN \"隐藏的说明\" — " + FakeFormat.DETAIL);
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(json)).isEqualTo(SampleDocuments.huaiyuan2024());

    Path refused = dir.resolve("refused.jsonl");
    Run strict = runWithFake("convert", "--strict", a, refused);
    assertThat(strict.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(strict.err()).contains(a.toString()).contains("UNPLACED_CONTENT").doesNotContain("jixiao: 警告");
    assertThat(refused).doesNotExist();
    Run clean = runWithFake("convert", "--strict", fake(dir, "clean.fake"), dir.resolve("clean.json"));
    assertThat(clean.exit()).isEqualTo(Main.OK);
    assertThat(clean.err()).isEmpty();
  }

  @Test
  void aReadOnlyFormatIsReadButNeverAnOutput(@TempDir Path dir) throws IOException {
    Path a = fake(dir, "a.fake");
    assertThat(runWithFake("convert", a, dir.resolve("a.json")).exit()).isEqualTo(Main.OK);
    Run refused = runWithFake("convert", dir.resolve("a.json"), dir.resolve("b.fake"));
    assertThat(refused.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(refused.err()).contains("b.fake：输出文件的扩展名必须是 .").doesNotContain(".fake 或").doesNotContain(".fake、");
    assertThat(runWithFake("convert", "--lang", "en", dir.resolve("a.json"), dir.resolve("b.fake")).err())
        .contains("b.fake: the output must end in .").doesNotContain(".fake or").doesNotContain(".fake,");
    assertThat(dir.resolve("b.fake")).doesNotExist();
    Run unknown = runWithFake("validate", Files.writeString(dir.resolve("notes.txt"), "notes"));
    assertThat(unknown.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(unknown.err()).contains("不是已知格式的文档（.fake、.docx");
    assertThat(runWithFake("validate", "--lang", "en", dir.resolve("notes.txt")).err()).contains("not a document of a known format (.fake, .docx");
  }

  @Test
  void theHelpMentionsStrict() {
    assertThat(run("validate", "--help").out()).contains("--strict").contains("read warnings");
    assertThat(run("convert", "--help").out()).contains("--strict").contains("read warnings");
  }
}

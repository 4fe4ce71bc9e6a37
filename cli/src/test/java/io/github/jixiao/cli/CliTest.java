package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool, run in-process: output, files and exit codes. */
class CliTest {
  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path fixture(Path dir) throws IOException {
    Path file = dir.resolve("huaiyuan-2024.docx");
    try (InputStream in = CliTest.class.getResourceAsStream("/huaiyuan-2024.docx")) {
      Files.copy(in, file);
    }
    return file;
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
    assertThat(r.out().lines()).hasSize(29);
    assertThat(r.out()).contains("JX-COST-001  ERROR    成本指标超过年度资金");
    assertThat(run("rules", "--lang", "en").out()).contains("Cost above the funding");
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
}

package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The total on standard error after every check (files, sheets, findings by severity, time), and
 * the progress line: never into captured output unless asked for.
 */
class CliTotalsTest {
  private record Run(int exit, String out, String err) {}

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

  private static final int SHEETS = SampleDocuments.huaiyuan2024().getItems().size();

  /** A folder of n copies of the sample, as JSON. */
  private static Path folder(Path dir, int n) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    byte[] json = SampleDocuments.huaiyuan2024Json();
    for (int i = 0; i < n; i++) {
      Files.write(folder.resolve(String.format("%03d.json", i)), json);
    }
    return folder;
  }

  @Test
  void theTotalCountsFilesSheetsAndFindingsInTheChosenLanguage(@TempDir Path dir) throws IOException {
    Path folder = folder(dir, 4);
    Files.writeString(folder.resolve("broken.json"), "{");
    Run zh = run("validate", folder);
    assertThat(zh.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(zh.err().lines().reduce((a, b) -> b).orElseThrow())
        .matches("合计：5 个文件（1 个无法读取），" + 4 * SHEETS + " 张表；4 个错误，44 个警告，12 个提示；用时 [0-9]+\\.[0-9] 秒");
    assertThat(zh.out()).doesNotContain("个文件");
    Run en = run("validate", "--lang", "en", "--sample");
    assertThat(en.err()).matches("Total: 1 file\\(s\\) \\(0 unreadable\\), " + SHEETS
        + " sheet\\(s\\); 1 error\\(s\\), 11 warning\\(s\\), 3 info; [0-9]+\\.[0-9] s\n");
  }

  @Test
  void standardOutputHoldsTheReportAloneInEveryFormat(@TempDir Path dir) throws IOException {
    Path folder = folder(dir, 3);
    for (String format : new String[] {"json", "sarif"}) {
      Run r = run("validate", "--format", format, folder);
      assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
      assertThat(JsonMapper.builder().build().readTree(r.out()).isObject()).as(format).isTrue();
      assertThat(r.err()).as(format).startsWith("合计：3 个文件").hasLineCount(1);
    }
  }

  @Test
  void noProgressLineWhereNoTerminalIsEvenForManyFiles(@TempDir Path dir) throws IOException {
    Path folder = folder(dir, 12);
    Run r = run("validate", folder);
    assertThat(r.err()).doesNotContain("\r").doesNotContain("已检查").hasLineCount(1);
    assertThat(run("validate", "--progress", "never", folder).err()).doesNotContain("\r");
  }

  @Test
  void theProgressLineWhenAskedForIsRedrawnAndErasedBeforeTheTotal(@TempDir Path dir) throws IOException {
    Path folder = folder(dir, 6);
    Run r = run("validate", "--progress", "always", folder);
    assertThat(r.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(r.err()).startsWith("\r已检查 1/6 个文件").contains("\r已检查 6/6 个文件");
    String erased = r.err().substring(r.err().lastIndexOf("6/6 个文件") + "6/6 个文件".length());
    assertThat(erased).matches("\r +\r合计：6 个文件.*\n");
    assertThat(r.out()).doesNotContain("\r");
    assertThat(run("validate", "--progress", "always", "--lang", "en", folder).err()).contains("\r6/6 files checked");
  }

  @Test
  void theTestsStandardErrorIsNoTerminal() {
    // surefire's forked JVM writes standard error into a pipe, as CI does: the auto mode stays quiet
    assertThat(Main.standardErrorIsATerminal()).isFalse();
  }

  @Test
  void theProgressModeDecidesWhenTheLineIsShown() {
    assertThat(Progress.shown(Progress.Mode.auto, true, 2)).isTrue();
    assertThat(Progress.shown(Progress.Mode.auto, true, 1)).as("one file: nothing to follow").isFalse();
    assertThat(Progress.shown(Progress.Mode.auto, false, 151)).as("no terminal: CI logs stay clean").isFalse();
    assertThat(Progress.shown(Progress.Mode.always, false, 1)).isTrue();
    assertThat(Progress.shown(Progress.Mode.never, true, 151)).isFalse();
  }
}

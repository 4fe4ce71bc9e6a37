package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --policy FILE}: a file that cannot be used is named with the reason, in the language of {@code --lang}. */
class CliPolicyFileTest {
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

  private static void refused(Run r, String message) {
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("jixiao: " + message + "\n");
  }

  @Test
  void aMissingFileIsNamedAsMissing(@TempDir Path dir) {
    Path missing = dir.resolve("x.properties");
    refused(run("validate", "--sample", "--policy", missing), "策略文件 " + missing + "：文件不存在");
    refused(run("validate", "--sample", "--lang", "en", "--policy", missing), "policy file " + missing + ": no such file");
  }

  @Test
  void aFolderIsNamedAsAFolder(@TempDir Path dir) {
    refused(run("validate", "--sample", "--policy", dir), "策略文件 " + dir + "：是文件夹，不是文件");
    refused(run("validate", "--sample", "--lang", "en", "--policy", dir), "policy file " + dir + ": is a folder, not a file");
  }

  @Test
  void anUnreadableFileIsNamedAsSuch(@TempDir Path dir) throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.properties"), "rules.disabled = JX-COST-001\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "the user reads any file (root): permissions cannot be denied here");
    refused(run("validate", "--sample", "--lang", "en", "--policy", locked), "policy file " + locked + ": permission denied");
    refused(run("validate", "--sample", "--policy", locked), "策略文件 " + locked + "：没有读取权限");
  }

  @Test
  void whatIsWrongInsideIsTheLibrarysMessageAfterTheFile(@TempDir Path dir) throws IOException {
    Path typo = Files.writeString(dir.resolve("typo.properties"), "satisfaction.minimun = 90\n");
    Run r = run("validate", "--sample", "--lang", "en", "--policy", typo);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).startsWith("jixiao: policy file " + typo + ": line 1: unknown policy key \"satisfaction.minimun\" (did you mean \"satisfaction.minimum\"?)");
    assertThat(run("validate", "--sample", "--policy", typo).err()).startsWith("jixiao: 策略文件 " + typo + "：line 1: unknown policy key");
    Path malformed = Files.writeString(dir.resolve("malformed.properties"), "satisfaction.minimum = \\uZZZZ\n");
    assertThat(run("validate", "--sample", "--lang", "en", "--policy", malformed).err())
        .startsWith("jixiao: policy file " + malformed + ": malformed properties: ");
  }

  @Test
  void aGoodFileIsUsed(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.properties"), "rules.disabled = JX-COST-001\n");
    Run r = run("validate", "--sample", "--policy", policy);
    assertThat(r.exit()).isEqualTo(Main.OK);
    assertThat(r.out()).doesNotContain("JX-COST-001");
  }

  /** A typo in a rule id no longer leaves the rule running: the line and the nearest id are named. */
  @Test
  void aMistypedRuleIdIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
    Path typo = Files.writeString(dir.resolve("typo.properties"), "# ours\nrules.disabled = JX-GOAL-03\n");
    Run r = run("validate", "--sample", "--lang", "en", "--policy", typo);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).startsWith("jixiao: policy file " + typo + ": ").contains("line 2", "JX-GOAL-03", "JX-GOAL-003");
  }
}

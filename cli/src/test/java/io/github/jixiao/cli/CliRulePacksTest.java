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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --rules DIR|JAR}: rule packs compiled in the test, loaded from jars and folders of jars. */
class CliRulePacksTest {
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

  private static Path acme(Path dir) throws IOException {
    return RulePackJars.jar(dir, "acme", "# the pack\ncom.acme.rules.Pack\n", RulePackJars.oneRulePack("com.acme.rules", "ACME-EVERY-001"));
  }

  @Test
  void aJarsRulesRunWithTheCatalogueFromTheirOwnClassLoader(@TempDir Path dir) throws IOException {
    Path jar = acme(dir);
    Run without = run("validate", "--sample");
    assertThat(without.out()).doesNotContain("ACME-EVERY-001");
    Run with = run("validate", "--sample", "--rules", jar);
    assertThat(with.exit()).as(with.err()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(with.out()).contains("JX-COST-001").contains("ACME-EVERY-001  items[0]")
        .contains("来自 jixiao-rule-packs").endsWith("合计：1 个错误，11 个警告，" + (3 + SHEETS) + " 个提示\n");
    assertThat(run("validate", "--sample", "--lang", "en", "--rules", jar).out()).contains("from jixiao-rule-packs");
  }

  @Test
  void aFolderMeansEveryJarInItAndTheOptionRepeats(@TempDir Path dir) throws IOException {
    Path packs = Files.createDirectories(dir.resolve("packs"));
    acme(packs);
    Files.writeString(packs.resolve("README.txt"), "not a jar");
    // a library beside the pack lists no provider: it goes on the packs' class path all the same
    RulePackJars.jar(packs, "library", null, RulePackJars.oneRulePack("com.acme.library", "LIB-UNLISTED-001"));
    Path other = RulePackJars.jar(dir, "other", "org.other.Pack\n", RulePackJars.oneRulePack("org.other", "OTHER-EVERY-001"));
    Run r = run("validate", "--sample", "--format", "sarif", "--rules", packs, "--rules", other);
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.ERRORS_FOUND);
    JsonNode sarif = JsonMapper.builder().build().readTree(r.out()).get("runs").get(0);
    JsonNode rules = sarif.get("tool").get("driver").get("rules");
    assertThat(rules.findValuesAsString("id")).contains("ACME-EVERY-001", "OTHER-EVERY-001", "JX-COST-001");
    for (JsonNode result : sarif.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(result.get("ruleId").asString());
    }
    assertThat(sarif.get("results").findValuesAsString("ruleId")).filteredOn("OTHER-EVERY-001"::equals).hasSize(SHEETS);
    assertThat(rules.findValuesAsString("id")).doesNotContain("LIB-UNLISTED-001");
  }

  @Test
  void theRulesCommandListsThePacksRules(@TempDir Path dir) throws IOException {
    Path jar = acme(dir);
    assertThat(run("rules").out()).doesNotContain("ACME-EVERY-001");
    Run zh = run("rules", "--rules", jar);
    assertThat(zh.exit()).isEqualTo(Main.OK);
    assertThat(zh.out()).contains("ACME-EVERY-001 INFO     每张表都报告  [test pack]").contains("JX-COST-001");
    assertThat(run("rules", "--lang", "en", "--rules", jar).out()).contains("ACME-EVERY-001 INFO     Every sheet reported");
  }

  @Test
  void aMissingPathOrAFolderWithoutJarsIsAnError(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.jar");
    Run zh = run("validate", "--sample", "--rules", missing);
    assertThat(zh.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(zh.err()).isEqualTo("jixiao: 规则包 " + missing + "：文件或文件夹不存在\n");
    assertThat(zh.out()).isEmpty();
    assertThat(run("validate", "--sample", "--lang", "en", "--rules", missing).err())
        .isEqualTo("jixiao: rule pack " + missing + ": no such file or folder\n");
    assertThat(run("rules", "--rules", missing).exit()).isEqualTo(Main.UNUSABLE);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(run("validate", "--sample", "--lang", "en", "--rules", empty).err())
        .isEqualTo("jixiao: rule pack folder " + empty + ": holds no .jar file\n");
    Path text = Files.writeString(dir.resolve("rules.txt"), "x");
    assertThat(run("validate", "--sample", "--lang", "en", "--rules", text).err()).contains("neither a .jar file nor a folder");
    Path notAZip = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    Run broken = run("validate", "--sample", "--lang", "en", "--rules", notAZip);
    assertThat(broken.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(broken.err()).startsWith("jixiao: rule pack " + notAZip + ": cannot be read (");
  }

  @Test
  void aJarWithoutAProviderIsAnError(@TempDir Path dir) throws IOException {
    String source = RulePackJars.oneRulePack("com.acme.rules", "ACME-EVERY-001");
    Path none = RulePackJars.jar(dir, "none", null, source);
    Run r = run("validate", "--sample", "--lang", "en", "--rules", none);
    assertThat(r.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(r.err()).isEqualTo("jixiao: rule pack " + none + ": no rule provider (the jar lists none in "
        + "META-INF/services/io.github.jixiao.rules.RuleProvider)\n");
    Path onlyComments = RulePackJars.jar(dir, "comments", "# nothing here\n\n", source);
    assertThat(run("validate", "--sample", "--rules", onlyComments).err()).contains("没有规则提供者");
    Path folder = Files.createDirectories(dir.resolve("libraries"));
    Files.copy(none, folder.resolve("none.jar"));
    Run libraries = run("validate", "--sample", "--lang", "en", "--rules", folder);
    assertThat(libraries.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(libraries.err()).isEqualTo("jixiao: rule pack folder " + folder + ": no jar in it lists a rule provider "
        + "(META-INF/services/io.github.jixiao.rules.RuleProvider)\n");
  }

  @Test
  void aPackThatCannotBeLoadedIsAnErrorNamingTheCause(@TempDir Path dir) throws IOException {
    Path wrongClass = RulePackJars.jar(dir, "wrong", "com.acme.rules.Missing\n", RulePackJars.oneRulePack("com.acme.rules", "ACME-EVERY-001"));
    Run missing = run("validate", "--sample", "--lang", "en", "--rules", wrongClass);
    assertThat(missing.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(missing.err()).startsWith("jixiao: the rule packs cannot be loaded: ").contains("com.acme.rules.Missing");
    Path clash = RulePackJars.jar(dir, "clash", "com.acme.rules.Pack\n", RulePackJars.oneRulePack("com.acme.rules", "JX-COST-001"));
    Run duplicate = run("validate", "--sample", "--rules", clash);
    assertThat(duplicate.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(duplicate.err()).startsWith("jixiao: 无法加载规则包：").contains("JX-COST-001");
  }
}

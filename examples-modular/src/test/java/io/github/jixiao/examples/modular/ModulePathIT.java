package io.github.jixiao.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.testkit.SampleDocuments;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Disclosure;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ValidateOnModulePath} in a JVM of its own on the module path (the packaged jars of
 * this module, core, layout, io-json, io-docx and their dependencies; run by the {@code
 * module-path} execution after {@code package}) and checks its exit code, what it printed and what
 * it wrote.
 */
class ModulePathIT {
  private static final String MAIN = "io.github.jixiao.examples.modular/io.github.jixiao.examples.modular.ValidateOnModulePath";

  @Test
  void theApplicationReadsValidatesAndWritesOnTheModulePath(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("huaiyuan-2024.docx");
    Files.write(docx, SampleDocuments.huaiyuan2024Docx());
    Path out = dir.resolve("out");

    Run run = java(List.of("--module-path", modulePath(), "-m", MAIN, docx.toString(), out.toString()), dir);

    assertThat(run.stderr).doesNotContain("Exception").doesNotContain("--add-");
    // One ERROR in the sample, so 1, as jixiao validate exits.
    assertThat(run.exitCode).as(run.stdout + run.stderr).isEqualTo(1);
    assertThat(run.stdout)
        .contains("app: module io.github.jixiao.examples.modular\n")
        .contains("io.github.jixiao.core: named by module-info\n")
        .contains("io.github.jixiao.layout: named by module-info\n")
        .contains("io.github.jixiao.json: named by module-info\n")
        .contains("io.github.jixiao.docx: named by module-info\n")
        .contains("io.github.jixiao.internal exported to the app: false\n")
        .contains("formats: docx json\n")
        .contains("read: 怀远县人民政府办公室2024年度项目支出绩效目标, 10 sheets\n")
        .contains("ERROR JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本] "
            + "成本指标“项目总成本”的指标值“105.2万元”超过资金总额 100.00 万元\n")
        .contains("catalogue: 1 ERROR, 11 WARNING, 3 INFO\n")
        .contains("WARNING LOCAL-PERIOD-001 items[1].period 项目期为“10年”，超过本地规定的 5 年\n")
        .contains("rule packs: 0 ERROR, 1 WARNING, 0 INFO\n")
        .contains("wrote huaiyuan-2024.json\n")
        .contains("wrote huaiyuan-2024.docx\n");

    // What it wrote reads back, here on the class path, as the document it read.
    Disclosure read = new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(docx);
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(out.resolve("huaiyuan-2024.json"))).isEqualTo(read);
    assertThat(new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(out.resolve("huaiyuan-2024.docx"))).isEqualTo(read);
  }

  @Test
  void withoutArgumentsItSaysHowToRunIt(@TempDir Path dir) throws Exception {
    Run run = java(List.of("--module-path", modulePath(), "-m", MAIN), dir);
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("usage: ValidateOnModulePath IN.docx OUT-DIR");
  }

  /** The application's jar and every jar it needs, each a module (named or automatic). */
  private static String modulePath() throws IOException {
    Path app = Path.of(System.getProperty("jixiao.app", "target/jixiao-examples-modular.jar"));
    Path modules = Path.of(System.getProperty("jixiao.modules", "target/modules"));
    assertThat(app).as("the application jar (run after package)").isRegularFile();
    List<String> path = new ArrayList<>();
    path.add(app.toString());
    try (Stream<Path> jars = Files.list(modules)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> path.add(p.toString()));
    }
    assertThat(path).anyMatch(p -> p.contains("jixiao-core-")).anyMatch(p -> p.contains("jixiao-io-docx-"));
    return String.join(File.pathSeparator, path);
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run java(List<String> arguments, Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the application did not end in 3 minutes: " + command);
    }
    return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
  }
}

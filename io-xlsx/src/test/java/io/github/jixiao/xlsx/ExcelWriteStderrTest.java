package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing and reading a workbook prints nothing on stderr, checked where it shows: in a fresh JVM
 * (POI asks the Log4j API for its first logger once per JVM), with this test's class path, which
 * holds the Log4j API and no Log4j provider, as a host without Log4j. The child is {@link #main}.
 */
class ExcelWriteStderrTest {

  @Test
  void aFreshJvmWritingExcelPrintsNothingOnStderr(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExcelWriteStderrTest.class.getName());
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 120 s");
    }

    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("read back equal: true")
        .contains("log4j factory org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isZero();
  }

  /**
   * The child: writes the sample as a workbook through the format registry, as a host does, reads
   * it back, and says so, with the logger factory the Log4j API chose (a provider would make the
   * silence prove nothing).
   *
   * @param args none
   */
  public static void main(String[] args) {
    FormatProvider excel = FormatRegistry.discover(ExcelWriteStderrTest.class.getClassLoader()).byId("xlsx").orElseThrow();
    Disclosure sample = SampleDocuments.huaiyuan2024();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    excel.writer(WriteOptions.defaults()).writeDisclosure(sample, bytes);
    Disclosure back = excel.reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(bytes.toByteArray()));
    System.out.println("read back equal: " + back.equals(sample));
    System.out.println("log4j factory " + LogManager.getFactory().getClass().getName());
  }
}

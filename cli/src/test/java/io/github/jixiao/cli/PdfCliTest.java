package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF through the format registry: {@code validate x.pdf} and {@code convert x.pdf x.json}, on the
 * seed as our Word writer writes it and LibreOffice prints it ({@code seed.pdf}).
 */
class PdfCliTest {
  private static Path seedPdf(Path dir) throws IOException {
    try (InputStream in = PdfCliTest.class.getResourceAsStream("seed.pdf")) {
      return Files.write(dir.resolve("huaiyuan-2024.pdf"), in.readAllBytes());
    }
  }

  private static CliTest.Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validatesAPdfWithTheFindingsOfTheSample(@TempDir Path dir) throws IOException {
    CliTest.Run pdf = run("validate", seedPdf(dir).toString());
    CliTest.Run sample = run("validate", "--sample");
    assertThat(pdf.exit()).isEqualTo(Main.ERRORS_FOUND);
    assertThat(pdf.err()).doesNotContain("warning");
    // the same findings as the embedded sample, under the file's name instead of the sample's
    assertThat(pdf.out().substring(pdf.out().indexOf('\n'))).isEqualTo(sample.out().substring(sample.out().indexOf('\n')));
  }

  @Test
  void convertsAPdfToJson(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("seed.json");
    CliTest.Run r = run("convert", seedPdf(dir).toString(), json.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(json)).isEqualTo(SampleDocuments.huaiyuan2024());
  }
}

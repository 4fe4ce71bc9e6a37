package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a PDF prints nothing on stderr, checked where it shows: in a fresh JVM, whose class path
 * (this test's) holds the Log4j API, which commons-logging under PDFBox takes, and no Log4j
 * provider, as a host without Log4j. The child is this class's {@link #main}.
 */
class PdfReadStderrTest {

  @Test
  void aFreshJvmReadingAPdfPrintsNothingOnStderr(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("text.pdf");
    RawPdf raw = new RawPdf();
    raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >>");
    raw.add(RawPdf.stream("", "BT /F1 12 Tf 72 720 Td (Hello) Tj ET".getBytes(StandardCharsets.US_ASCII)));
    raw.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    Files.write(pdf, raw.bytes());

    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), PdfReadStderrTest.class.getName(), pdf.toString());
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 120 s");
    }

    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("read: ")
        .contains("log4j factory org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isZero();
  }

  /**
   * The child: reads the file through the format registry, as a host does, and says what came of
   * it and which logger factory the Log4j API chose (a provider would make the silence prove
   * nothing).
   *
   * @param args the PDF file
   * @throws IOException never here: the reader's failures are format exceptions
   */
  public static void main(String[] args) throws IOException {
    ClassLoader loader = PdfReadStderrTest.class.getClassLoader();
    try {
      FormatRegistry.discover(loader).byId("pdf").orElseThrow().reader(ReadOptions.defaults()).read(Path.of(args[0]));
      System.out.println("read: a disclosure");
    } catch (FormatException e) {
      System.out.println("read: " + e.reason()); // a page of text without a sheet: no sheet, quietly
    }
    System.out.println("log4j factory " + LogManager.getFactory().getClass().getName());
  }
}

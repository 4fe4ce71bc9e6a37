package io.github.jixiao.benchmarks;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.pdf.PdfFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF reading, documents per second, of the seed document as our Word writer writes it and
 * LibreOffice 7.4 prints it (11 pages, {@code seed.pdf}): our reader (tables, paragraphs, the
 * model) and the floor — PDFBox's plain text extraction of the same bytes ({@code
 * PDFTextStripper.getText}), which reads every glyph but finds no table. Pages per second are the
 * documents per second times 11.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfReadBenchmark {
  /** The pages of {@code seed.pdf}. */
  public static final int PAGES = 11;

  private byte[] bytes;
  private DocumentReader reader;

  /** Loads the document. */
  @Setup
  public void setUp() {
    bytes = seedPdf();
    reader = new PdfFormat().reader(ReadOptions.defaults());
  }

  /**
   * The seed printed to PDF by LibreOffice.
   *
   * @return the file's bytes
   */
  static byte[] seedPdf() {
    try (InputStream in = PdfReadBenchmark.class.getResourceAsStream("seed.pdf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ours: the whole model.
   *
   * @return the disclosure
   */
  @Benchmark
  public Object jixiao() {
    return reader.readDisclosure(new ByteArrayInputStream(bytes));
  }

  /**
   * The floor: PDFBox loads the file and extracts its text, nothing more.
   *
   * @return the text
   * @throws IOException never, the input is in memory and well-formed
   */
  @Benchmark
  public String floor() throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Word reading, documents per second: our reader; the floor — inflating the zip and passing every
 * StAX event of word/document.xml without building anything; and POI's XWPFDocument load plus a
 * walk of every cell. Same bytes, same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WordReadBenchmark {
  private static final XMLInputFactory STAX = XMLInputFactory.newFactory();

  /** Which document: the fixture (21 tables) or one sheet. */
  @Param({"fixture", "one-sheet"})
  public String document;

  private byte[] bytes;
  private DocumentReader reader;

  /** Loads the document. */
  @Setup
  public void setUp() {
    bytes = document.equals("fixture") ? Inputs.fixtureDocx() : Inputs.oneSheetDocx();
    reader = new DocxFormat().reader(ReadOptions.defaults());
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
   * The floor: every entry inflated, every StAX event of the document passed, nothing built.
   *
   * @param sink where events go
   * @throws IOException never, the input is in memory
   * @throws XMLStreamException never, the input is well-formed
   */
  @Benchmark
  public void floor(Blackhole sink) throws IOException, XMLStreamException {
    sink.consume(floorPass(bytes));
  }

  /**
   * The floor's work, shared with {@link WordReadRatioHarness}: every entry inflated, every StAX
   * event of word/document.xml passed, nothing built.
   *
   * @param bytes the .docx file
   * @return a count of events and buffers, for the caller to consume
   * @throws IOException never, the input is in memory
   * @throws XMLStreamException never, the input is well-formed
   */
  static long floorPass(byte[] bytes) throws IOException, XMLStreamException {
    byte[] buffer = new byte[8192];
    long events = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          XMLStreamReader xml = STAX.createXMLStreamReader(new NonClosing(zip));
          while (xml.hasNext()) {
            events += xml.next();
          }
          xml.close();
        } else {
          while (zip.read(buffer) >= 0) {
            events++;
          }
        }
      }
    }
    return events;
  }

  /**
   * POI: XWPFDocument loaded and the text of every paragraph and cell read.
   *
   * @param sink where the text goes
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public void poi(Blackhole sink) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          sink.consume(((XWPFParagraph) element).getText());
        } else if (element instanceof XWPFTable) {
          for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              sink.consume(cell.getText());
            }
          }
        }
      }
    }
  }

  /** The XML parser must not close the zip stream between entries. */
  static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.testkit.SampleDocuments;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel read, interleaved rounds as {@link WordReadRatioHarness} does: our reader (whole read: zip,
 * worksheets, shared strings, number formats, layout and form reader) against the floor (every
 * entry inflated, the worksheets and shared strings parsed with StAX and their texts taken out:
 * shared strings, each cell's reference, type, style and value, merged ranges; nothing built),
 * POI's {@code XSSFWorkbook} (load and every cell formatted with {@code DataFormatter}), POI's
 * event API ({@code XSSFReader}, read-only shared strings, {@code XSSFSheetXMLHandler} with a
 * {@code DataFormatter}), fastexcel-reader (every cell's text, with its format) and our read without
 * the form reader (the layout's blocks only, to show what the form reader's share is). Prints {@code
 * excel <document> <contender> <ms/doc> <ratio to ours> <bytes allocated/doc>}.
 */
public final class ExcelReadHarness {
  private static final int ROUNDS = 15;
  private static final int PER_ROUND = 10;
  private static final XMLInputFactory STAX = XMLInputFactory.newFactory();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ExcelReadHarness() {}

  /** A contender: reads the bytes, returns something to keep. */
  private interface Contender {
    long read(byte[] bytes) throws Exception;
  }

  /**
   * Runs the seed's workbook (11 worksheets) and a one-sheet workbook, both written by our writer.
   *
   * @param args not used
   * @throws Exception if a contender fails
   */
  public static void main(String[] args) throws Exception {
    DocumentReader ours = new XlsxFormat().reader(ReadOptions.defaults());
    ByteArrayOutputStream seed = new ByteArrayOutputStream();
    new XlsxFormat().writer(WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), seed);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    new XlsxFormat().writer(WriteOptions.defaults()).writeItem(SampleDocuments.huaiyuan2024().getItems().get(0), one);
    for (String[] doc : new String[][] {{"seed"}, {"one-sheet"}}) {
      byte[] bytes = doc[0].equals("seed") ? seed.toByteArray() : one.toByteArray();
      String[] names = {"ours", "floor", "xssf-workbook", "poi-event", "fastexcel", "ours-layout-only"};
      Contender[] contenders = {b -> ours.readDisclosure(new ByteArrayInputStream(b)).getItems().size(),
          ExcelReadHarness::floor, ExcelReadHarness::workbook, ExcelReadHarness::poiEvent, ExcelReadHarness::fastexcel,
          ExcelReadHarness::layoutOnly};
      run(doc[0], bytes, names, contenders);
    }
  }

  private static void run(String doc, byte[] bytes, String[] names, Contender[] contenders) throws Exception {
    long sink = 0;
    for (int warm = 0; warm < 20; warm++) {
      for (Contender c : contenders) {
        sink += c.read(bytes);
      }
    }
    double[][] times = new double[contenders.length][ROUNDS];
    long[] allocated = new long[contenders.length];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < contenders.length; k++) {
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        for (int i = 0; i < PER_ROUND; i++) {
          sink += contenders[k].read(bytes);
        }
        times[k][round] = (System.nanoTime() - t0) / 1e6 / PER_ROUND;
        allocated[k] = (THREADS.getCurrentThreadAllocatedBytes() - a0) / PER_ROUND;
      }
    }
    double oursMedian = median(times[0]);
    for (int k = 0; k < contenders.length; k++) {
      double m = median(times[k]);
      System.out.printf("excel %s %s %.3f %.2f %d%n", doc, names[k], m, m / oursMedian, allocated[k]);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Every entry inflated; the worksheets and shared strings parsed with StAX, and the texts a
   * reader needs taken out: each shared string ({@code t}), each cell's reference, type and style
   * ({@code c r t s}) and its value ({@code v}, or an inline string's {@code t}), each merged range.
   */
  static long floor(byte[] bytes) throws Exception {
    byte[] buffer = new byte[8192];
    long events = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
          XMLStreamReader xml = STAX.createXMLStreamReader(new WordReadBenchmark.NonClosing(zip));
          while (xml.hasNext()) {
            int event = xml.next();
            events += event;
            if (event == XMLStreamReader.START_ELEMENT) {
              events += texts(xml);
            }
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

  /** The texts of one element the floor takes out; its length, to keep. */
  private static long texts(XMLStreamReader xml) throws Exception {
    switch (xml.getLocalName()) {
      case "c": {
        String r = xml.getAttributeValue(null, "r");
        String t = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        return (r == null ? 0 : r.length()) + (t == null ? 0 : t.length()) + (s == null ? 0 : s.length());
      }
      case "v":
      case "t":
        return xml.getElementText().length();
      case "mergeCell":
        return String.valueOf(xml.getAttributeValue(null, "ref")).length();
      default:
        return 0;
    }
  }

  /**
   * Our read without the form reader: the zip, the workbook, shared strings, styles and every
   * worksheet read and laid out into blocks, which are only counted. Reached by reflection: the
   * layout is the Excel module's own ({@code XlsxZip}, {@code XlsxLayout} are not API), and the
   * benchmarks jar is on the class path, so nothing is opened that a module would close.
   */
  static long layoutOnly(byte[] bytes) throws Exception {
    Object zip = XLSX_ZIP.newInstance(io.github.jixiao.internal.ZipBytes.of(new ByteArrayInputStream(bytes), Long.MAX_VALUE),
        ReadOptions.defaults());
    try {
      Iterator<?> blocks = (Iterator<?>) XLSX_LAYOUT.newInstance(zip, ReadOptions.defaults(),
          (java.util.function.Consumer<Object>) w -> { });
      long n = 0;
      while (blocks.hasNext()) {
        blocks.next();
        n++;
      }
      return n;
    } finally {
      ((AutoCloseable) zip).close();
    }
  }

  private static final java.lang.reflect.Constructor<?> XLSX_ZIP = constructor("io.github.jixiao.xlsx.XlsxZip",
      io.github.jixiao.internal.ZipBytes.class, ReadOptions.class);
  private static final java.lang.reflect.Constructor<?> XLSX_LAYOUT = constructor("io.github.jixiao.xlsx.XlsxLayout",
      io.github.jixiao.internal.OfficeZip.class, ReadOptions.class, java.util.function.Consumer.class);

  private static java.lang.reflect.Constructor<?> constructor(String type, Class<?>... parameters) {
    try {
      java.lang.reflect.Constructor<?> c = Class.forName(type).getDeclaredConstructor(parameters);
      c.setAccessible(true);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Excel module changed: " + e, e);
    }
  }

  /** POI's object model: the workbook loaded, every cell formatted. */
  static long workbook(byte[] bytes) throws Exception {
    DataFormatter formatter = new DataFormatter();
    long n = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            n += formatter.formatCellValue(cell).length();
          }
        }
      }
    }
    return n;
  }

  /** POI's event API with the read-only shared strings and a DataFormatter. */
  static long poiEvent(byte[] bytes) throws Exception {
    long[] n = {0};
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
        @Override
        public void startRow(int rowNum) {
          // rows are not needed
        }

        @Override
        public void endRow(int rowNum) {
          // rows are not needed
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
          n[0] += formatted.length();
        }
      };
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      for (Iterator<InputStream> sheets = reader.getSheetsData(); sheets.hasNext(); ) {
        try (InputStream sheet = sheets.next()) {
          XMLReader xml = factory.newSAXParser().getXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, cells, new DataFormatter(), false));
          xml.parse(new InputSource(sheet));
        }
      }
    }
    return n[0];
  }

  /** fastexcel-reader: every cell's text, with its number format read. */
  static long fastexcel(byte[] bytes) throws Exception {
    long n = 0;
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : (Iterable<org.dhatim.fastexcel.reader.Sheet>) book.getSheets()::iterator) {
        try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
          for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
            for (org.dhatim.fastexcel.reader.Cell cell : row) {
              if (cell != null) {
                n += cell.getText().length();
              }
            }
          }
        }
      }
    }
    return n;
  }
}

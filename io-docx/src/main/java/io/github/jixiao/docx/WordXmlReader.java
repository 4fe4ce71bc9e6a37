package io.github.jixiao.docx;

import io.github.jixiao.docx.Blocks.Block;
import io.github.jixiao.docx.Blocks.Paragraph;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls the body of {@code word/document.xml} as blocks — paragraphs and tables — with StAX, never
 * building a DOM. Text is read as a person reads it: runs joined, tabs and breaks kept, fields and
 * hyperlinks included, deleted revisions, field codes, drawings and content-control properties
 * skipped; whitespace at the ends of a cell or paragraph trimmed unless it was inserted as a symbol
 * ({@link SymbolSpace}). Nested tables are emitted after the table that holds them. DTDs are
 * refused, depth, text length and cell count are limited.
 *
 * <p>The parser's failures are classified by state, never by the parser's wording (which differs
 * between StAX implementations and JDK versions): a failure after the document element has ended is
 * {@code TRAILING_CONTENT}; one after the parser asked for more input than the entry holds is
 * {@code TRUNCATED} (the document ended before it was complete); bytes the parser cannot decode
 * (its {@link CharConversionException}) are {@code INVALID_ENCODING}; any other is {@code
 * MALFORMED}. A DTD or an entity reference is {@code HOSTILE} by its event type; a failure of the
 * stream below the parser (a limit of the zip, a damaged entry) keeps the reason it was raised with.
 */
final class WordXmlReader implements AutoCloseable {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** Elements whose whole subtree holds no text a reader of the form sees. */
  private static final Set<String> SKIPPED =
      Set.of("del", "delText", "instrText", "delInstrText", "sdtPr", "drawing", "pict", "object", "rPr", "pPr",
          "tblPr", "footnoteReference", "endnoteReference", "commentReference", "moveFrom", "customXmlDelRangeStart",
          "tcBorders", "tcMar", "shd", "tblPrEx", "trHeight", "cnfStyle");

  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private final EndWatch input;
  private final ReadOptions options;
  private final int maxCells;
  private final DocxZip zip;
  private final Deque<TableBuilder> tables = new ArrayDeque<>();
  private final List<Block> ready = new ArrayList<>();
  private final List<Block> nestedTables = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  /** Where the body paragraph being read has whitespace inserted as a symbol ({@link SymbolSpace}). */
  private final BitSet paragraphSymbols = new BitSet();
  private int depth;
  private int tableCount;
  private int cellCount;
  private boolean inText;
  private boolean end;
  /** An element has started; with {@code depth} back at 0, the document element has ended. */
  private boolean started;

  WordXmlReader(InputStream document, ReadOptions options, DocxZip zip) {
    this.options = options;
    this.maxCells = DocxReadOptions.of(options).getMaxCells();
    this.zip = zip;
    this.input = new EndWatch(document);
    try {
      this.xml = FACTORY.createXMLStreamReader(input);
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  /** The next block of the body, or null at its end. */
  Block next() {
    while (ready.isEmpty() && !end) {
      step();
    }
    return ready.isEmpty() ? null : ready.remove(0);
  }

  private void step() {
    int event;
    try {
      if (!xml.hasNext()) {
        finishDocument();
        return;
      }
      event = xml.next();
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT:
        start();
        break;
      case XMLStreamConstants.END_ELEMENT:
        end();
        break;
      case XMLStreamConstants.CHARACTERS:
      case XMLStreamConstants.CDATA:
      case XMLStreamConstants.SPACE:
        if (inText) {
          append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
        break;
      case XMLStreamConstants.DTD:
      case XMLStreamConstants.ENTITY_REFERENCE:
      case XMLStreamConstants.ENTITY_DECLARATION:
        throw new FormatException(Reason.HOSTILE, here(), "the document declares a DTD or entities, which Word never writes");
      case XMLStreamConstants.END_DOCUMENT:
        finishDocument();
        break;
      default:
        break;
    }
  }

  private void finishDocument() {
    end = true;
    if (!tables.isEmpty()) {
      throw new FormatException(Reason.TRUNCATED, here(), "the document ends inside a table");
    }
  }

  private void start() {
    depth++;
    started = true;
    if (depth > options.getMaxDepth()) {
      throw new FormatException(Reason.TOO_DEEP, here(), "elements nest deeper than the limit of " + options.getMaxDepth());
    }
    String ns = xml.getNamespaceURI();
    String name = xml.getLocalName();
    if (MC.equals(ns) && name.equals("Fallback")) {
      skipSubtree();
      return;
    }
    if (!W.equals(ns)) {
      return;
    }
    if (SKIPPED.contains(name)) {
      skipSubtree();
      return;
    }
    TableBuilder table = tables.peek();
    switch (name) {
      case "tbl":
        if (tables.size() >= options.getMaxDepth()) {
          throw new FormatException(Reason.TOO_DEEP, here(), "tables nest deeper than the limit");
        }
        tables.push(new TableBuilder(tableCount++));
        break;
      case "gridCol":
        if (table != null && table.rowCount() == 0 && !table.inCell()) {
          table.gridColumn();
        }
        break;
      case "tr":
        if (table != null) {
          table.startRow();
        }
        break;
      case "tblHeader":
        if (table != null && !table.inCell() && isOn(xml.getAttributeValue(W, "val"))) {
          table.headerRow();
        }
        break;
      case "gridBefore":
        if (table != null) {
          table.gridBefore(intValue(table, 0));
        }
        break;
      case "tc":
        if (table != null) {
          if (++cellCount > maxCells) {
            throw new FormatException(Reason.TOO_LARGE, table.location(-1),
                "the document has more than " + maxCells + " table cells");
          }
          table.startCell();
        }
        break;
      case "gridSpan":
        if (table != null && table.inCell()) {
          table.cell().span = intValue(table, 1);
        }
        break;
      case "vMerge":
        if (table != null && table.inCell()) {
          table.cell().vertical = merge(xml.getAttributeValue(W, "val"));
        }
        break;
      case "hMerge":
        if (table != null && table.inCell()) {
          table.cell().horizontal = merge(xml.getAttributeValue(W, "val"));
        }
        break;
      case "p":
        if (table != null && table.inCell() && table.cell().text.length() > 0) {
          separator('\n'); // paragraphs of one cell are lines of its text
        }
        break;
      case "t":
        inText = true;
        break;
      case "tab":
        separator('\t');
        break;
      case "br":
      case "cr":
        separator('\n');
        break;
      case "noBreakHyphen":
        separator('-');
        break;
      case "sym":
        symbol(SymbolSpace.spaceOf(xml.getAttributeValue(W, "char")));
        break;
      default:
        break;
    }
  }

  /** An on/off property: bare, "1", "true" or "on" is on. */
  private static boolean isOn(String value) {
    return value == null || value.equals("1") || value.equals("true") || value.equals("on");
  }

  /** A bare vMerge / hMerge means continue. */
  private static TableBuilder.Merge merge(String value) {
    return "restart".equals(value) ? TableBuilder.Merge.RESTART : TableBuilder.Merge.CONTINUE;
  }

  private int intValue(TableBuilder table, int fallback) {
    String value = xml.getAttributeValue(W, "val");
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new FormatException(Reason.MALFORMED, table.location(table.currentColumn()),
          "\"" + value + "\" is not a number of grid columns");
    }
  }

  private void separator(char ch) {
    append(new char[] {ch}, 0, 1);
  }

  /** Whitespace inserted as a symbol: kept where trimming would drop typed whitespace; other symbols are not text. */
  private void symbol(int space) {
    if (space < 0) {
      return;
    }
    TableBuilder table = tables.peek();
    boolean inCell = table != null && table.inCell();
    int at = inCell ? table.cell().text.length() : paragraph.length();
    separator((char) space);
    (inCell ? table.cell().symbols : paragraphSymbols).set(at);
  }

  private void append(char[] chars, int start, int length) {
    TableBuilder table = tables.peek();
    StringBuilder sink = table != null && table.inCell() ? table.cell().text : paragraph;
    if (sink.length() + length > options.getMaxStringLength()) {
      FormatLocation at = table != null ? table.location(table.currentColumn()) : here();
      throw new FormatException(Reason.STRING_TOO_LONG, at,
          "text longer than the limit of " + options.getMaxStringLength() + " characters");
    }
    sink.append(chars, start, length);
  }

  private void end() {
    depth--;
    if (!W.equals(xml.getNamespaceURI())) {
      return;
    }
    TableBuilder table = tables.peek();
    switch (xml.getLocalName()) {
      case "t":
        inText = false;
        break;
      case "tc":
        if (table != null) {
          table.endCell();
        }
        break;
      case "tr":
        if (table != null) {
          table.endRow();
        }
        break;
      case "tbl":
        TableBuilder done = tables.pop();
        Blocks.Table built = done.build();
        if (tables.isEmpty()) {
          ready.add(built);
          ready.addAll(nestedTables);
          nestedTables.clear();
        } else {
          nestedTables.add(built);
        }
        break;
      case "p":
        if (tables.isEmpty()) {
          String text = SymbolSpace.trim(paragraph, paragraphSymbols);
          paragraph.setLength(0);
          paragraphSymbols.clear();
          if (!text.isEmpty()) {
            ready.add(new Paragraph(text));
          }
        }
        break;
      default:
        break;
    }
  }

  /** Skips the current element and everything in it, still counting depth. */
  private void skipSubtree() {
    int level = 1;
    try {
      while (level > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          level++;
          if (depth + level > options.getMaxDepth()) {
            throw new FormatException(Reason.TOO_DEEP, here(), "elements nest deeper than the limit of " + options.getMaxDepth());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          level--;
        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new FormatException(Reason.HOSTILE, here(), "the document declares a DTD or entities");
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new FormatException(Reason.TRUNCATED, here(), "the document ends inside an element");
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    depth--;
  }

  private FormatLocation here() {
    FormatLocation.Builder b = FormatLocation.builder().entry(DocxZip.DOCUMENT);
    Location l = xml == null ? null : xml.getLocation();
    if (l != null && l.getLineNumber() > 0) {
      b.line(l.getLineNumber());
      if (l.getColumnNumber() > 0) {
        b.column(l.getColumnNumber());
      }
    }
    TableBuilder table = tables.peek();
    if (table != null) {
      b.table(table.index()).row(table.rowCount());
    }
    return b.build();
  }

  /** The parser's failure, classified by the reader's state (see the class comment). */
  private FormatException translate(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof DocxZip.FormatIoException) {
      return ((DocxZip.FormatIoException) cause).formatException;
    }
    if (cause instanceof IOException && !(cause instanceof CharConversionException)) {
      return zip.translate((IOException) cause);
    }
    String message = String.valueOf(e.getMessage());
    Reason reason;
    String what;
    if (started && depth == 0) {
      reason = Reason.TRAILING_CONTENT;
      what = "content after the end of word/document.xml's document element: ";
    } else if (input.ended) {
      reason = Reason.TRUNCATED;
      what = "word/document.xml ends before the document does: ";
    } else if (cause instanceof CharConversionException) {
      reason = Reason.INVALID_ENCODING;
      what = "word/document.xml has bytes that are not valid in its encoding: ";
    } else {
      reason = Reason.MALFORMED;
      what = "word/document.xml is not well-formed: ";
    }
    FormatLocation.Builder b = FormatLocation.builder().entry(DocxZip.DOCUMENT);
    if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
      b.line(e.getLocation().getLineNumber()).column(Math.max(1, e.getLocation().getColumnNumber()));
    }
    return new FormatException(reason, b.build(), what + withoutPosition(message), e);
  }

  /**
   * The parser's message without its position line ("ParseError at [row,col]:[3,5]", already in
   * the location), one line of at most 300 characters.
   */
  static String withoutPosition(String message) {
    String rest = message;
    if (rest.startsWith("ParseError at") && rest.indexOf('\n') >= 0) {
      rest = rest.substring(rest.indexOf('\n') + 1);
    }
    rest = rest.strip();
    if (rest.startsWith("Message:")) {
      rest = rest.substring("Message:".length()).strip();
    }
    int nl = rest.indexOf('\n');
    String line = nl < 0 ? rest : rest.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing after a failure
    }
  }

  /**
   * The entry as the parser reads it, noting when the parser asked for bytes after the last one.
   * The parser reads further only when it needs more to go on, so a failure after that is the
   * input ending before the document did, wherever it was cut. An {@link EOFException} from below
   * (a zip cut inside the entry's data) is the input ending too: the JDK's parser reports it as
   * its own "premature end of file", without the exception.
   */
  static final class EndWatch extends FilterInputStream {
    /** The parser asked for more and there was none. */
    boolean ended;

    EndWatch(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        int b = super.read();
        if (b < 0) {
          ended = true;
        }
        return b;
      } catch (EOFException e) {
        ended = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
          ended = true;
        }
        return n;
      } catch (EOFException e) {
        ended = true;
        throw e;
      }
    }
  }
}

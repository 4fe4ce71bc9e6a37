package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * 包部件 XML (package part XML): one part of an Office package (Word or Excel) read with StAX under
 * the reader's limits: no DTD and no entities (OPC forbids them), elements no deeper than {@code
 * maxDepth}, markup bounded by the {@link MarkupGuard}, text read in pieces by the caller. Every
 * failure of the parser or the zip below it is a {@link FormatException} naming the part, line and
 * column: a limit keeps its reason, bad bytes are {@code INVALID_ENCODING}, input that ends early
 * {@code TRUNCATED}, a damaged entry as {@link OfficeZip#translate} says, anything else {@code
 * MALFORMED}. Not API.
 */
public final class XmlPart implements AutoCloseable {
  private static final XMLInputFactory FACTORY = newFactory();
  /**
   * Whether the parser is the JDK's, whose factory can hand out again a reader its last part has
   * closed (its "reuse-instance" property): a reader costs more to build than a small part costs
   * to parse, and a read parses a dozen parts or more. Another StAX implementation on the class
   * path is used as it is.
   */
  private static final boolean JDK_PARSER = FACTORY.getClass() == XMLInputFactory.newDefaultFactory().getClass();

  private final String part;
  private final OfficeZip zip;
  private final XmlInput input;
  private final XMLStreamReader reader;
  private final int maxDepth;
  private int depth;

  /**
   * Opens a part of a package.
   *
   * @param zip the package
   * @param entry the part's entry
   * @param limits the markup limits of the reader
   * @param maxDepth how deep elements may nest
   * @throws FormatException if the part cannot be opened or its first bytes parsed
   */
  public XmlPart(OfficeZip zip, OfficeZip.Entry entry, OfficeLimits limits, int maxDepth) {
    this.part = entry.name;
    this.zip = zip;
    this.maxDepth = maxDepth;
    this.input = limits.xml(zip.open(entry), part);
    try {
      this.reader = zip.parsers().createXMLStreamReader(input);
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /**
   * The parsers of one read, whose parts are read one after the other: with the JDK's parser, a
   * factory of its own that builds one reader and resets it for each part (not to be shared
   * between threads); otherwise the shared factory.
   */
  static XMLInputFactory perRead() {
    if (!JDK_PARSER) {
      return FACTORY;
    }
    XMLInputFactory f = newFactory();
    try {
      f.setProperty("reuse-instance", Boolean.TRUE);
    } catch (IllegalArgumentException e) {
      return FACTORY; // a JDK without it: a reader per part
    }
    return f;
  }

  /**
   * A StAX factory as OPC wants it: no DTD, no external or replaced entities, namespace-aware, text
   * in pieces.
   *
   * @return a new factory
   */
  public static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  /**
   * The part's name.
   *
   * @return the name
   */
  public String part() {
    return part;
  }

  /**
   * The parser, for the current event's name, attributes and text.
   *
   * @return the parser
   */
  public XMLStreamReader reader() {
    return reader;
  }

  /**
   * Current element depth.
   *
   * @return 1 inside the document element
   */
  public int depth() {
    return depth;
  }

  /**
   * The next event, with the depth and DTD checks.
   *
   * @return the event, one of {@link XMLStreamConstants}
   * @throws FormatException if the part cannot be read on
   */
  public int next() {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
        throw new FormatException(Reason.TOO_DEEP, location(), "elements nest deeper than the limit of " + maxDepth);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new FormatException(Reason.HOSTILE, location(), "the part declares a DTD or entities, which OPC forbids");
      }
      return event;
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /**
   * The text of the current element up to its end, nested elements' text included; the reader is
   * left on the element's end tag.
   *
   * @param max the most characters
   * @return the text
   * @throws FormatException if the text is longer or the part cannot be read on
   */
  public String text(int max) {
    StringBuilder b = new StringBuilder();
    int start = depth;
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        append(b, max);
      } else if (event == XMLStreamConstants.END_ELEMENT && depth < start) {
        return b.toString();
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        return b.toString();
      }
    }
  }

  /**
   * Appends the current text event.
   *
   * @param b the text so far
   * @param max the most characters in total
   * @throws FormatException past {@code max} characters
   */
  public void append(StringBuilder b, int max) {
    int length = reader.getTextLength();
    if (b.length() + (long) length > max) {
      throw new FormatException(Reason.STRING_TOO_LONG, location(), "a text longer than the limit of " + max + " characters");
    }
    b.append(reader.getTextCharacters(), reader.getTextStart(), length);
  }

  /** Skips the current element with everything in it; the reader is left on its end tag. */
  public void skip() {
    int start = depth;
    while (depth >= start) {
      if (next() == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /**
   * Where the parser is: the part, line and column.
   *
   * @return the location
   */
  public FormatLocation location() {
    FormatLocation.Builder b = FormatLocation.builder().entry(part);
    if (reader != null && reader.getLocation() != null && reader.getLocation().getLineNumber() > 0) {
      b.line(reader.getLocation().getLineNumber()).column(Math.max(1, reader.getLocation().getColumnNumber()));
    }
    return b.build();
  }

  private FormatException translate(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    FormatException f = OfficeZip.carried(cause);
    if (f != null) {
      if (f.reason() != Reason.INVALID_ENCODING) {
        return f;
      }
      if (!input.ended) {
        return new FormatException(Reason.INVALID_ENCODING, f.location(),
            part + " has bytes that are not valid in its encoding: " + f.detail(), e);
      }
    }
    if (input.ended) {
      return new FormatException(Reason.TRUNCATED, location(), part + " ends before its XML does", e);
    }
    if (cause instanceof IOException io) {
      return zip.translate(io);
    }
    return new FormatException(Reason.MALFORMED, location(), part + " is not well-formed: " + firstLine(e.getMessage()), e);
  }

  /**
   * The parser's message without its position line ("ParseError at [row,col]:[3,5]", already in
   * the location), one line of at most 300 characters.
   *
   * @param message the parser's message
   * @return its first line
   */
  public static String firstLine(String message) {
    String rest = String.valueOf(message);
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
      reader.close();
    } catch (XMLStreamException e) {
      // closing after a failure
    }
    try {
      input.close();
    } catch (IOException e) {
      // nothing left to read
    }
  }
}

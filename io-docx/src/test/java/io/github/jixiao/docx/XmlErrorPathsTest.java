package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.OfficeZip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * Each reason of a broken {@code word/document.xml} comes from the path meant for it — the
 * reader's state when the parser fails (input exhausted, document element ended), the parser's
 * exception type, the event type, the stream below the parser — and not from the words of the
 * parser's message: documents whose messages contain the words the reader once looked for
 * ("EOF", "DOCTYPE", "entity") are classified by what they are.
 */
class XmlErrorPathsTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + Zips.W + "><w:body>";
  private static final String TAIL = "</w:body></w:document>";

  private static FormatException fails(byte[] documentXml) {
    byte[] docx = Zips.word().entry("word/document.xml", documentXml).bytes();
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.FORMAT.reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e).as("a FormatException").isNotNull();
    assertThat(e.location().getEntry()).as(e.getMessage()).contains("word/document.xml");
    return e;
  }

  private static FormatException fails(String documentXml) {
    return fails(documentXml.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String) {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static byte[] fixtureDocumentXml() {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Zips.fixture()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return zip.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("the fixture has no word/document.xml");
  }

  // ------------------------------------------------------------------------------ truncation

  @Test
  void aRealDocumentCutAnywhereIsTruncated() {
    byte[] xml = fixtureDocumentXml();
    String text = new String(xml, StandardCharsets.UTF_8);
    int rootEnd = text.lastIndexOf("</w:document>");
    int end = text.substring(0, rootEnd).getBytes(StandardCharsets.UTF_8).length + "</w:document>".length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, 1, 5, 30, 60, end - 1, end - 5, end - 13, end - 14));
    for (int i = 1; i < 40; i++) {
      cuts.add((int) ((long) end * i / 40));
    }
    int chinese = text.indexOf("项目名称");
    int at = text.substring(0, chinese).getBytes(StandardCharsets.UTF_8).length;
    cuts.addAll(List.of(at + 1, at + 2, at + 4)); // inside a character
    for (int cut : cuts) {
      FormatException e = fails(Arrays.copyOf(xml, cut));
      assertThat(e.reason()).as("cut at " + cut + " of " + end + ": " + e.getMessage()).isEqualTo(Reason.TRUNCATED);
      assertThat(e.getCause()).as("cut at " + cut).isInstanceOf(XMLStreamException.class);
    }
  }

  @Test
  void anEndTagCutShortIsTruncatedNotMismatched() {
    // the parser reports a mismatched end tag here; the input ran out first
    FormatException e = fails(HEAD + "</w:bo");
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.TRUNCATED);
  }

  // ------------------------------------------------------------------------------- malformed

  @Test
  void errorsBeforeTheEndOfInputAreMalformed() {
    for (String body : List.of("<w:p></w:r>", "<w:p>&#xZZ;</w:p>", "<w:p>\u0001</w:p>", "<w:p w:val=1/>", "<w:p <",
        "<w:p w:val=\"&foo;\"/>", "<w:p>&amp</w:p>")) {
      FormatException e = fails(HEAD + body + TAIL);
      assertThat(e.reason()).as(body + ": " + e.getMessage()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getCause()).isInstanceOf(XMLStreamException.class);
      assertThat(e.detail()).startsWith("word/document.xml is not well-formed: ");
      assertThat(e.location().getLine()).isPresent();
    }
  }

  @Test
  void messagesNoLongerDecide() {
    // the parser's messages quote these names; the words once meant truncation and a DTD
    for (String name : List.of("w:EOF", "w:DOCTYPE", "w:entity")) {
      FormatException e = fails(HEAD + "<w:p " + name + "=\"1\" " + name + "=\"2\"/>" + TAIL);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains(name.substring("w:".length()));
    }
  }

  // ------------------------------------------------------------------------ trailing content

  @Test
  void contentAfterTheDocumentElementIsTrailing() {
    for (String after : List.of("<w:p/>", "junk", "<!DOCTYPE x>", "<")) {
      FormatException e = fails(HEAD + TAIL + after);
      assertThat(e.reason()).as(after + ": " + e.getMessage()).isEqualTo(Reason.TRAILING_CONTENT);
      assertThat(e.getCause()).isInstanceOf(XMLStreamException.class);
    }
  }

  // -------------------------------------------------------------------------------- encoding

  @Test
  void bytesTheParserCannotDecodeAreAnInvalidEncoding() {
    for (byte[] xml : List.of(bytes(HEAD + "<w:p><w:r><w:t>ab", 0xC3, 0x28, "</w:t></w:r></w:p>" + TAIL),
        bytes(HEAD + "<w:p><w:r><w:t>ab", 0x80, "</w:t></w:r></w:p>" + TAIL))) {
      FormatException e = fails(xml);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.INVALID_ENCODING);
      assertThat(e.getCause()).isInstanceOf(XMLStreamException.class);
      // carried through the parser as an IOException, not a CharConversionException (which it prints)
      assertThat(OfficeZip.carried(((XMLStreamException) e.getCause()).getNestedException())).isNotNull();
    }
    FormatException cut = fails(bytes(HEAD + "<w:p><w:r><w:t>ab", 0xE4, 0xB8));
    assertThat(cut.reason()).as("cut inside a character: " + cut.getMessage()).isEqualTo(Reason.TRUNCATED);
  }

  /**
   * The review's file: invalid UTF-8 inside a number of the sample document. The decoder names
   * the bytes' offset, line and column; the JDK parser, which never sees the bytes, prints nothing.
   */
  @Test
  void invalidUtf8IsAnInvalidEncodingAtItsByteOffsetAndNothingIsPrinted() {
    byte[] xml = fixtureDocumentXml();
    String text = new String(xml, StandardCharsets.UTF_8);
    int at = text.substring(0, text.indexOf(">105.2<") + 1).getBytes(StandardCharsets.UTF_8).length;
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.write(xml, 0, at);
    bad.write(0xC3);
    bad.write(0x28);
    bad.write(xml, at, xml.length - at);
    String[] printed = new String[1];
    FormatException e = withStandardError(printed, () -> fails(bad.toByteArray()));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(e.location().getByteOffset()).hasValue(at);
    assertThat(e.location().getLine()).hasValue(2);
    assertThat(e.location().getColumn()).isPresent();
    assertThat(e.detail()).contains("C3").doesNotContain("xerces").doesNotContain("Exception");
    assertThat(printed[0]).as("standard error").isEmpty();
  }

  @Test
  void noFailureOfAnyPartPrintsAnything() {
    String[] printed = new String[1];
    withStandardError(printed, () -> {
      fails(HEAD + "<w:p></w:r>" + TAIL);
      fails(bytes(HEAD + "<w:p><w:r><w:t>ab", 0x80, "</w:t></w:r></w:p>" + TAIL));
      fails("<?xml version=\"1.0\"?><!DOCTYPE w:document><w:document " + Zips.W + "><w:body/></w:document>");
      byte[] badRels = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES)
          .entry("_rels/.rels", bytes("<Relationships>", 0xC3, 0x28, "</Relationships>")).entry("word/document.xml", HEAD + TAIL).bytes();
      FormatException rels = catchThrowableOfType(FormatException.class, () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(badRels)));
      assertThat(rels.reason()).isEqualTo(Reason.INVALID_ENCODING);
      assertThat(rels.location().getEntry()).hasValue("_rels/.rels");
      byte[] brokenTypes = Zips.create().entry("[Content_Types].xml", "<Types><Default").entry("_rels/.rels", Zips.RELS)
          .entry("word/document.xml", HEAD + TAIL).bytes();
      FormatException types = catchThrowableOfType(FormatException.class, () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(brokenTypes)));
      assertThat(types.reason()).isIn(Reason.TRUNCATED, Reason.MALFORMED);
      assertThat(types.location().getEntry()).hasValue("[Content_Types].xml");
      return null;
    });
    assertThat(printed[0]).as("standard error").isEmpty();
  }

  @Test
  void onlyUtf8AndUtf16AreRead() {
    FormatException latin = fails("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document " + Zips.W + "><w:body/></w:document>");
    assertThat(latin.reason()).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(latin.detail()).contains("ISO-8859-1");
    // UTF-16 with its byte-order mark is read (here: to the form reader, which finds no sheet)
    byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + "<w:document " + Zips.W + "><w:body>"
        + "<w:p><w:r><w:t>会议纪要</w:t></w:r></w:p>" + TAIL).getBytes(StandardCharsets.UTF_16LE);
    byte[] docx = Zips.word().entry("word/document.xml", utf16).bytes();
    FormatException e = catchThrowableOfType(FormatException.class, () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.UNEXPECTED_LAYOUT);
  }

  private static <T> T withStandardError(String[] printed, java.util.function.Supplier<T> action) {
    java.io.PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return action.get();
    } finally {
      System.setErr(original);
      printed[0] = captured.toString(StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------------ hostile, by event

  @Test
  void aDtdOrAnEntityReferenceIsHostileByItsEvent() {
    for (String xml : List.of("<?xml version=\"1.0\"?><!DOCTYPE w:document><w:document " + Zips.W + "><w:body/></w:document>",
        HEAD + "<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>" + TAIL)) {
      FormatException e = fails(xml);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.HOSTILE);
      assertThat(e.getCause()).as("no parser failure").isNull();
    }
  }

  // ---------------------------------------------------------------- below the parser: the zip

  @Test
  void aZipCutInsideTheDocumentsDataIsTruncatedBeforeAnyXmlIsRead() {
    // the zip is read from its central directory, at the end: a cut file has none, and no part is parsed
    byte[] fixture = Zips.fixture();
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(Arrays.copyOf(fixture, fixture.length / 2))));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.getCause()).isNull();
    assertThat(e.location().getByteOffset()).hasValue(fixture.length / 2);
  }

  @Test
  void aLimitReachedWhileTheParserReadsKeepsItsReason() {
    byte[] bomb = Zips.word().entry("word/document.xml", "<w:document " + Zips.W + "><w:body>", " ", 50L << 20, TAIL).bytes();
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(bomb)));
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.getCause()).as("raised by the zip, carried through the parser unchanged").isNull();
  }
}

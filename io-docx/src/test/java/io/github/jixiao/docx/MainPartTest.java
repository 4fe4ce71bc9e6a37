package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The main document part is the one the package relationships name, as in every word processor;
 * a part named word/document.xml that no relationship names is a decoy and is never read.
 */
class MainPartTest {
  private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private static FormatException fails(byte[] docx) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  private static String text(Map<String, byte[]> parts, String name) {
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }

  private static void put(Map<String, byte[]> parts, String name, String text) {
    parts.put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The review's package: the relationships name word/real.xml; word/document.xml holds a passing copy. */
  @Test
  void theMainPartIsTheOneTheRelationshipsName() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Zips.fixtureParts().forEach((name, data) -> {
      String s = new String(data, StandardCharsets.UTF_8);
      switch (name) {
        case "_rels/.rels" -> put(parts, name, s.replace("word/document.xml", "word/real.xml"));
        case "[Content_Types].xml" -> put(parts, name, s.replace("/word/document.xml", "/word/real.xml"));
        case "word/_rels/document.xml.rels" -> parts.put("word/_rels/real.xml.rels", data);
        case "word/document.xml" -> {
          parts.put("word/real.xml", data);
          put(parts, name, s.replace(">105.2<", ">95.2<"));
        }
        default -> parts.put(name, data);
      }
    });
    Disclosure read = DocxTesting.read(Zips.zip(parts));
    assertThat(read).isEqualTo(DocxTesting.read(Zips.fixture()));
    assertThat(read.toString()).doesNotContain("95.2");
  }

  @Test
  void aMainPartWithAnotherNameKeepsItsNameInLocations() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    put(parts, "[Content_Types].xml", Zips.CONTENT_TYPES.replace("/word/document.xml", "/word/main.xml"));
    put(parts, "_rels/.rels", Zips.RELS.replace("word/document.xml", "/word/./main.xml"));
    put(parts, "word/main.xml", Zips.document("<w:p>"));
    FormatException e = fails(Zips.zip(parts));
    assertThat(e.location().getEntry()).as(e.getMessage()).hasValue("word/main.xml");
    assertThat(e.detail()).startsWith("word/main.xml");
  }

  @Test
  void noRelationshipsIsNotAWordDocument() {
    byte[] zip = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES).entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    FormatException e = fails(zip);
    assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
    assertThat(e.detail()).contains("_rels/.rels");
    byte[] noMain = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES)
        .entry("_rels/.rels", Zips.RELS.replace("officeDocument/2006/relationships/officeDocument", "x/y"))
        .entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    assertThat(fails(noMain).reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
  }

  @Test
  void twoMainDocumentsAreRefused() {
    String two = Zips.RELS.replace("</Relationships>", "<Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/other.xml\"/></Relationships>");
    byte[] zip = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES).entry("_rels/.rels", two)
        .entry("word/document.xml", Zips.document(Xml.p("x"))).entry("word/other.xml", Zips.document(Xml.p("y"))).bytes();
    FormatException e = fails(zip);
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.detail()).contains("two main documents");
    assertThat(e.location().getEntry()).hasValue("_rels/.rels");
  }

  @Test
  void anExternalOrMissingMainPartIsRefused() {
    String external = Zips.RELS.replace("Target=\"word/document.xml\"", "Target=\"http://example.com/d.xml\" TargetMode=\"External\"");
    byte[] zip = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES).entry("_rels/.rels", external)
        .entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    assertThat(fails(zip).reason()).isEqualTo(Reason.HOSTILE);
    String missing = Zips.RELS.replace("word/document.xml", "word/gone.xml");
    byte[] gone = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES).entry("_rels/.rels", missing)
        .entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    FormatException e = fails(gone);
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.detail()).contains("word/gone.xml");
  }

  @Test
  void theContentTypeMustBeAWordMainPart() {
    byte[] sheet = Zips.create().entry("[Content_Types].xml", Zips.CONTENT_TYPES.replace(MAIN,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
        .entry("_rels/.rels", Zips.RELS).entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    FormatException e = fails(sheet);
    assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
    assertThat(e.location().getEntry()).hasValue("[Content_Types].xml");
    String contradictory = Zips.CONTENT_TYPES.replace("</Types>",
        "<Override PartName=\"/WORD/document.xml\" ContentType=\"application/xml\"/></Types>");
    byte[] two = Zips.create().entry("[Content_Types].xml", contradictory).entry("_rels/.rels", Zips.RELS)
        .entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    FormatException c = fails(two);
    assertThat(c.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(c.detail()).contains("two content types");
    byte[] none = Zips.create().entry("_rels/.rels", Zips.RELS).entry("word/document.xml", Zips.document(Xml.p("x"))).bytes();
    assertThat(fails(none).detail()).contains("[Content_Types].xml");
  }

  @Test
  void aDefaultContentTypeServesWhenNoOverrideNamesThePart() {
    String byDefault = Zips.CONTENT_TYPES.replaceAll("<Override[^>]*/>", "")
        .replace("ContentType=\"application/xml\"", "ContentType=\"" + MAIN + "\"");
    byte[] zip = Zips.create().entry("[Content_Types].xml", byDefault).entry("_rels/.rels", Zips.RELS)
        .entry("word/document.xml", Zips.document(Xml.p("会议纪要"))).bytes();
    // read through to the form reader, which finds no target sheet in it
    assertThat(fails(zip).reason()).isEqualTo(Reason.UNEXPECTED_LAYOUT);
  }
}

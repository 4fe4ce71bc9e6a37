package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;

/** {@link XmlPart}: a package part read under the limits, every failure a located FormatException. */
class XmlPartTest {
  private static final OfficeLimits LIMITS = OfficeLimits.checked("O", 1 << 20, 10, 500, 1 << 20, 1 << 10, 1 << 8);

  private static OfficeZip zipOf(byte[] part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("x/part.xml"));
      zip.write(part);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OfficeZip(ZipBytes.of(new ByteArrayInputStream(out.toByteArray()), 1 << 20), LIMITS.zip(), "a test package");
  }

  /** Reads the part to its end and gives the failure. */
  private static FormatException failure(String xml) {
    return failure(xml.getBytes(StandardCharsets.UTF_8), 5);
  }

  private static FormatException failure(byte[] xml, int maxDepth) {
    OfficeZip zip = zipOf(xml);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
      try (XmlPart part = new XmlPart(zip, zip.find("x/part.xml"), LIMITS, maxDepth)) {
        while (part.next() != XMLStreamConstants.END_DOCUMENT) {
          // reads on
        }
      }
    });
    assertThat(thrown).isInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  @Test
  void readsTextAndSkipsElementsWithTheirDepth() {
    OfficeZip zip = zipOf("<a><b>一<c>二</c></b><d><e/></d><f>三</f></a>".getBytes(StandardCharsets.UTF_8));
    try (XmlPart part = new XmlPart(zip, zip.find("x/part.xml"), LIMITS, 5)) {
      assertThat(part.part()).isEqualTo("x/part.xml");
      assertThat(part.next()).isEqualTo(XMLStreamConstants.START_ELEMENT);
      assertThat(part.depth()).isEqualTo(1);
      part.next(); // <b>
      assertThat(part.text(10)).isEqualTo("一二");
      assertThat(part.depth()).isEqualTo(1);
      part.next(); // <d>
      part.skip();
      assertThat(part.reader().getLocalName()).isEqualTo("d");
      part.next(); // <f>
      assertThatThrownBy(() -> part.text(0))
          .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STRING_TOO_LONG));
    }
  }

  @Test
  void aCutPartIsTruncatedAndNamed() {
    FormatException e = failure("<a><b>text");
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.location().getEntry()).contains("x/part.xml");
  }

  @Test
  void badBytesAreInvalidEncoding() {
    byte[] xml = {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'};
    assertThat(failure(xml, 5).reason()).isEqualTo(Reason.INVALID_ENCODING);
  }

  @Test
  void brokenMarkupIsMalformedWithALineAndTheParsersMessageWithoutItsPosition() {
    FormatException e = failure("<a>\n<b></c></a>");
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.location().getLine()).hasValue(2);
    assertThat(e.detail()).startsWith("x/part.xml is not well-formed: ").doesNotContain("ParseError at");
  }

  @Test
  void theLimitsAndADtdKeepTheirReasons() {
    assertThat(failure("<a><b><c/></b></a>".getBytes(StandardCharsets.UTF_8), 2).reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(failure("<a b=\"" + "x".repeat(300) + "\"/>").reason()).isEqualTo(Reason.STRING_TOO_LONG);
    assertThat(failure("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>").reason()).isEqualTo(Reason.HOSTILE);
  }

  @Test
  void firstLineDropsThePositionAndCutsLongMessages() {
    assertThat(XmlPart.firstLine("ParseError at [row,col]:[3,5]\nMessage: bad tag\nmore")).isEqualTo("bad tag");
    assertThat(XmlPart.firstLine("x".repeat(400))).hasSize(300);
  }
}

package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people see is what is validated: the zip is read through its central directory, as Word,
 * LibreOffice, POI and zip tools read it, and an archive whose local headers say something else is
 * refused as HOSTILE, naming the entry, instead of being read one way here and another way there.
 */
class ZipDirectoryTest {
  private static final String SHOWN = ">105.2<";
  private static final String SMUGGLED = ">95.2<";

  private static FormatException fails(byte[] docx) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  private static String fixtureDocument() {
    return new String(Zips.fixtureParts().get("word/document.xml"), StandardCharsets.UTF_8);
  }

  /**
   * The review's archive: the document the directory lists hides inside a stored entry it does not
   * list; a second document.xml, only in local headers, holds the smuggled value.
   */
  @Test
  void aDocumentSmuggledPastTheCentralDirectoryIsRefused() {
    String shown = fixtureDocument();
    RawZip.Entry listedDocument = new RawZip.Entry("word/document.xml", shown.getBytes(StandardCharsets.UTF_8));
    RawZip zip = new RawZip();
    RawZip.Entry carrier = zip.add("word/media/image1.bin", RawZip.localBytes(listedDocument)).stored().unlisted();
    zip.add("word/document.xml", shown.replace(SHOWN, SMUGGLED)).unlisted();
    Zips.fixtureParts().forEach((name, data) -> {
      if (!name.equals("word/document.xml")) {
        zip.add(name, data);
      }
    });
    zip.add("word/document.xml", shown).centralOnly(30 + carrier.name.length());
    FormatException e = fails(zip.bytes());
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("central directory does not list");
    assertThat(e.location().getEntry()).hasValue("word/media/image1.bin");
    assertThat(e.location().getByteOffset()).hasValue(0);
  }

  @Test
  void anEntryOnlyLocalHeadersKnowIsRefused() {
    RawZip zip = new RawZip().word(Zips.document(Xml.p("shown")));
    zip.add("word/hidden.xml", Zips.document(Xml.p("hidden"))).unlisted();
    zip.add("word/styles.xml", "<w:styles " + Zips.W + "/>");
    FormatException e = fails(zip.bytes());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.location().getEntry()).hasValue("word/hidden.xml");
  }

  @Test
  void anEntryInsideAnotherIsRefused() {
    RawZip.Entry inner = new RawZip.Entry("word/document.xml", Zips.document(Xml.p("inner")).getBytes(StandardCharsets.UTF_8));
    RawZip zip = new RawZip();
    zip.add("[Content_Types].xml", Zips.CONTENT_TYPES);
    zip.add("_rels/.rels", Zips.RELS);
    RawZip.Entry carrier = zip.add("word/media/image1.bin", RawZip.localBytes(inner)).stored();
    long carrierOffset = RawZip.localBytes(new RawZip.Entry("[Content_Types].xml", Zips.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8))).length
        + RawZip.localBytes(new RawZip.Entry("_rels/.rels", Zips.RELS.getBytes(StandardCharsets.UTF_8))).length;
    zip.add("word/document.xml", Zips.document(Xml.p("inner"))).centralOnly(carrierOffset + 30 + carrier.name.length());
    FormatException e = fails(zip.bytes());
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("inside entry word/media/image1.bin");
    assertThat(e.location().getEntry()).hasValue("word/document.xml");
  }

  @Test
  void localAndCentralNamesThatDifferAreRefused() {
    RawZip zip = new RawZip().word(Zips.document(Xml.p("x")));
    zip.add("word/a.xml", "<a/>").centralName("word/b.xml");
    FormatException e = fails(zip.bytes());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("word/a.xml").contains("word/b.xml");
    assertThat(e.location().getEntry()).hasValue("word/b.xml");
  }

  @Test
  void localAndCentralSizesThatDifferAreRefused() {
    RawZip zip = new RawZip().word(Zips.document(Xml.p("x")));
    zip.add("word/a.xml", "<a/>").centralSize(5);
    FormatException e = fails(zip.bytes());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("disagree");
    assertThat(e.location().getEntry()).hasValue("word/a.xml");
  }

  @Test
  void aStoredEntryWithADataDescriptorIsReadAsLibreOfficeReadsIt() {
    Map<String, byte[]> parts = Zips.fixtureParts();
    RawZip zip = new RawZip();
    parts.forEach((name, data) -> zip.add(name, data).stored().withDescriptor());
    Disclosure read = DocxTesting.read(zip.bytes());
    assertThat(read).isEqualTo(DocxTesting.read(Zips.fixture()));
    RawZip unsigned = new RawZip();
    parts.forEach((name, data) -> unsigned.add(name, data).withDescriptor().signedDescriptor = false);
    assertThat(DocxTesting.read(unsigned.bytes())).isEqualTo(read);
  }

  @Test
  void anArchiveCutInsideItsCentralDirectoryIsTruncated() {
    for (int cut : new int[] {0, 10, 46, 60}) {
      byte[] cutShort = new RawZip().word(Zips.document(Xml.p("x"))).cutInCentralDirectory(cut).bytes();
      FormatException e = fails(cutShort);
      assertThat(e.reason()).as("cut " + cut + ": " + e.getMessage()).isEqualTo(Reason.TRUNCATED);
      assertThat(e.location().getByteOffset()).hasValue(cutShort.length);
    }
  }

  @Test
  void aBombTheDirectoryDeclaresIsRefusedWithoutInflatingIt() {
    byte[] bomb = Zips.word().entry("word/document.xml", Zips.document(Xml.p("x")))
        .entry("word/media/big.bin", "", "\u0000", 50L << 20, "").bytes();
    FormatException e = fails(bomb);
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("zip bomb");
    assertThat(e.location().getEntry()).hasValue("word/media/big.bin");
  }

  @Test
  void aFileIsReadInPlaceLikeAStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("怀远县.docx");
    Files.write(file, Zips.fixture());
    assertThat(DocxTesting.READER.read(file).value()).isEqualTo(DocxTesting.read(Zips.fixture()));
    RawZip smuggled = new RawZip().word(Zips.document(Xml.p("shown")));
    smuggled.add("word/hidden.xml", "<x/>").unlisted();
    smuggled.add("word/styles.xml", "<x/>");
    Path hostile = dir.resolve("hostile.docx");
    Files.write(hostile, smuggled.bytes());
    FormatException e = catchThrowableOfType(FormatException.class, () -> DocxTesting.READER.read(hostile));
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.location().getSource()).hasValue(hostile.toString());
    ReadOptions small = ReadOptions.builder().maxDocumentBytes(1000).build();
    FormatException tooLarge = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.FORMAT.reader(small).read(file));
    assertThat(tooLarge.reason()).isEqualTo(Reason.TOO_LARGE);
  }

}

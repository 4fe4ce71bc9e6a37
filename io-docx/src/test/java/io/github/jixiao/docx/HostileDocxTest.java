package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: each gets the typed exception with its reason (and table, row and
 * column where they apply). This class also runs in a 64 MB JVM (surefire's small-heap
 * execution), so that the inputs that inflate to hundreds of megabytes show memory stays bounded.
 */
class HostileDocxTest {
  private static final String SHEET_ROW = "<w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc>"
      + "<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>";

  /** Options that take the ratio check out of the way, so that the next limit is reached. */
  private static final ReadOptions NO_RATIO_LIMIT =
      ReadOptions.builder().with(DocxReadOptions.builder().maxInflateRatio(1_000_000).build()).build();

  private static FormatException fails(byte[] docx) {
    return fails(docx, ReadOptions.defaults());
  }

  private static FormatException fails(byte[] docx, ReadOptions options) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> DocxTesting.FORMAT.reader(options).readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  private static byte[] docx(String body) {
    return Zips.word().entry("word/document.xml", Zips.document(body)).bytes();
  }

  private static String table(String grid, String rows) {
    return "<w:tbl><w:tblGrid>" + grid + "</w:tblGrid>" + rows + "</w:tbl>";
  }

  @Test
  void notAZip() {
    assertThat(fails("这不是一个Word文件".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
    assertThat(fails(new byte[0]).reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
  }

  @Test
  void aTruncatedZip() {
    byte[] fixture = Zips.fixture();
    FormatException e = fails(Arrays.copyOf(fixture, fixture.length / 2));
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.location().getByteOffset()).hasValue(fixture.length / 2);
    assertThat(e.detail()).contains("before its central directory is complete");
  }

  @Test
  void aZipBombByRatio() {
    byte[] bomb = Zips.word().entry("word/document.xml", "<w:document " + Zips.W + "><w:body>", " ", 50L << 20, "</w:body></w:document>").bytes();
    assertThat(bomb.length).isLessThan(200_000);
    FormatException e = fails(bomb);
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("zip bomb");
    assertThat(e.location().getEntry()).contains("word/document.xml");
  }

  @Test
  void aZipBombByTotal() {
    Zips zips = Zips.word().entry("word/document.xml", Zips.document(table("<w:gridCol/><w:gridCol/>", SHEET_ROW)));
    for (int i = 0; i < 300; i++) {
      zips.entry("word/media/pad" + i + ".bin", "", "\u0000", 1_000_000, ""); // under the ratio threshold each
    }
    byte[] bomb = zips.bytes();
    assertThat(bomb.length).isLessThan(2_000_000);
    FormatException e = fails(bomb);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("inflates past");
  }

  @Test
  void moreEntriesThanTheLimit() {
    Zips zips = Zips.word().entry("word/document.xml", Zips.document(table("<w:gridCol/><w:gridCol/>", SHEET_ROW)));
    for (int i = 0; i < 1001; i++) {
      zips.entry("e" + i, "");
    }
    assertThat(fails(zips.bytes()).reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void theWordLimitsAreThoseTheReadOptionsCarry() {
    Zips zips = Zips.word().entry("word/document.xml", Zips.document(table("<w:gridCol/><w:gridCol/>", SHEET_ROW)));
    for (int i = 0; i < 10; i++) {
      zips.entry("e" + i, "");
    }
    byte[] eleven = zips.bytes();
    ReadOptions tenEntries = ReadOptions.builder().with(DocxReadOptions.builder().maxZipEntries(10).build()).build();
    FormatException e = fails(eleven, tenEntries);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("more than 10 entries");
    ReadOptions twoCells = ReadOptions.builder().with(DocxReadOptions.builder().maxCells(2).build()).build();
    byte[] threeCells = docx(table("<w:gridCol/><w:gridCol/>", SHEET_ROW + "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"));
    assertThat(fails(threeCells, twoCells).detail()).contains("more than 2 table cells");
  }

  @Test
  void duplicateEntryNames() {
    byte[] zip = Zips.word().entry("word/document.xml", Zips.document(table("<w:gridCol/><w:gridCol/>", SHEET_ROW)))
        .entry("word/documenX.xml", Zips.document("")).bytes();
    byte[] same = replaceAll(zip, "word/documenX.xml", "word/document.xml");
    FormatException e = fails(same);
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("two entries");
    byte[] caseOnly = Zips.word().entry("word/document.xml", Zips.document(table("<w:gridCol/><w:gridCol/>", SHEET_ROW)))
        .entry("WORD/DOCUMENT.XML", "").bytes();
    assertThat(fails(caseOnly).reason()).isEqualTo(Reason.HOSTILE);
  }

  @Test
  void entryNamesThatClimbOut() {
    byte[] zip = Zips.word().entry("../../evil.sh", "rm -rf /").entry("word/document.xml", Zips.document("")).bytes();
    FormatException e = fails(zip);
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.location().getEntry()).contains("../../evil.sh");
  }

  @Test
  void noDocumentXml() {
    byte[] zip = Zips.create().entry("[Content_Types].xml", "<Types/>").entry("xl/workbook.xml", "<workbook/>").bytes();
    assertThat(fails(zip).reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
  }

  @Test
  void aDoctype() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document><w:document " + Zips.W + "><w:body/></w:document>";
    assertThat(fails(Zips.word().entry("word/document.xml", xml).bytes()).reason()).isEqualTo(Reason.HOSTILE);
  }

  @Test
  void externalEntities() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + Zips.W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    FormatException e = fails(Zips.word().entry("word/document.xml", xml).bytes());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @Test
  void entityExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = "<?xml version=\"1.0\"?>" + dtd + "<w:document " + Zips.W + "><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
    assertThat(fails(Zips.word().entry("word/document.xml", xml).bytes()).reason()).isEqualTo(Reason.HOSTILE);
  }

  @Test
  void xmlNested100000Deep() {
    byte[] zip = Zips.word().entry("word/document.xml", "<w:document " + Zips.W + "><w:body>", "<w:customXml>", 100_000, "").bytes();
    // the central directory declares a ratio over the limit: a bomb, refused before it is read
    assertThat(fails(zip).reason()).isEqualTo(Reason.HOSTILE);
    FormatException e = fails(zip, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.location().getLine()).isPresent();
  }

  @Test
  void tablesNested5000Deep() {
    String open = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>";
    String close = "<w:p/></w:tc></w:tr></w:tbl>";
    byte[] zip = docx(open.repeat(5000) + close.repeat(5000));
    FormatException e = fails(zip);
    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.location().getTable()).isPresent();
  }

  @Test
  void aTextRunOf100Megabytes() {
    String prefix = "<w:document " + Zips.W + "><w:body><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>";
    byte[] zip = Zips.word().entry("word/document.xml", prefix, "a", 100L << 20, "</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>").bytes();
    assertThat(fails(zip).reason()).isIn(Reason.HOSTILE, Reason.STRING_TOO_LONG);
    // with the ratio check out of the way, the text limit stops it, at the cell
    FormatException e = fails(zip, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.STRING_TOO_LONG);
    assertThat(e.location().getTable()).hasValue(0);
    assertThat(e.location().getRow()).hasValue(0);
    assertThat(e.location().getColumn()).hasValue(1);
  }

  @Test
  void tenMillionEmptyCells() {
    String prefix = "<w:document " + Zips.W + "><w:body><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>";
    byte[] zip = Zips.word().entry("word/document.xml", prefix, "<w:tr><w:tc/></w:tr>", 10_000_000, "</w:tbl></w:body></w:document>").bytes();
    assertThat(fails(zip).reason()).isIn(Reason.HOSTILE, Reason.TOO_LARGE);
    FormatException e = fails(zip, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("table cells");
    assertThat(e.location().getTable()).hasValue(0);
  }

  @Test
  void vMergeContinueWithoutStart() {
    String rows = SHEET_ROW + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>";
    FormatException e = fails(docx(table("<w:gridCol/><w:gridCol/>", rows)));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.detail()).contains("vMerge");
    assertThat(e.location().getTable()).hasValue(0);
    assertThat(e.location().getRow()).hasValue(1);
    assertThat(e.location().getColumn()).hasValue(0);
  }

  @Test
  void gridSpanZeroNegativeOrWiderThanTheGrid() {
    for (String span : new String[] {"0", "-3", "5", "many"}) {
      String rows = SHEET_ROW + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"" + span + "\"/></w:tcPr><w:p/></w:tc></w:tr>";
      FormatException e = fails(docx(table("<w:gridCol/><w:gridCol/>", rows)));
      assertThat(e.reason()).as(span).isEqualTo(Reason.MALFORMED);
      assertThat(e.location().getTable()).as(span).hasValue(0);
      assertThat(e.location().getRow()).as(span).hasValue(1);
    }
  }

  @Test
  void aDocumentWithNoSheet() {
    FormatException e = fails(docx("<w:p><w:r><w:t>会议纪要</w:t></w:r></w:p>"));
    assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED_LAYOUT);
    assertThat(e.detail()).contains("no target sheet");
  }

  @Test
  void malformedXml() {
    FormatException cut = fails(Zips.word().entry("word/document.xml", "<w:document " + Zips.W + "><w:body><w:p>").bytes());
    assertThat(cut.reason()).as(cut.getMessage()).isEqualTo(Reason.TRUNCATED);
    assertThat(cut.location().getEntry()).as(cut.getMessage()).contains("word/document.xml");
    FormatException crossed =
        fails(Zips.word().entry("word/document.xml", "<w:document " + Zips.W + ">\n<w:body><w:p></w:r></w:body></w:document>").bytes());
    assertThat(crossed.reason()).as(crossed.getMessage()).isEqualTo(Reason.MALFORMED);
    assertThat(crossed.location().getEntry()).as(crossed.getMessage()).contains("word/document.xml");
    assertThat(crossed.location().getLine()).as(crossed.getMessage()).hasValue(2);
  }

  /**
   * The review's 3 MB files (here 64 MiB of markup, 1 MB compressed, inflating 63:1): inside every
   * zip limit, but the parser would hold the attribute, comment or processing instruction whole.
   * In the 64 MB JVM they run in, only the markup limits keep them from exhausting the heap.
   */
  @Test
  void hugeAttributesCommentsAndProcessingInstructionsStopAtTheirLimits() {
    String document = new String(Zips.fixtureParts().get("word/document.xml"), StandardCharsets.UTF_8);
    int cut = document.indexOf("<w:body>") + "<w:body>".length();
    String[][] kinds = {{"<w:p w:rsidR=\"", "\"/>"}, {"<!--", "-->"}, {"<?x ", "?>"}};
    Reason[] reasons = {Reason.STRING_TOO_LONG, Reason.TOO_LARGE, Reason.TOO_LARGE};
    String[] details = {"an attribute value longer than", "a comment longer than", "a processing instruction longer than"};
    for (int k = 0; k < kinds.length; k++) {
      java.util.Random random = new java.util.Random(1);
      Zips zips = Zips.create();
      Zips.fixtureParts().forEach((name, data) -> {
        if (!name.equals("word/document.xml")) {
          zips.entry(name, data);
        }
      });
      byte[] docx = zips.entry("word/document.xml", document.substring(0, cut) + kinds[k][0], i -> {
        StringBuilder b = new StringBuilder("a".repeat(4000));
        for (int j = 0; j < 96; j++) {
          b.append((char) ('b' + random.nextInt(16)));
        }
        return b.toString();
      }, 16_384, kinds[k][1] + document.substring(cut)).bytes();
      assertThat(docx.length).as("compressed size").isLessThan(2_000_000);
      FormatException e = fails(docx);
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(reasons[k]);
      assertThat(e.detail()).contains(details[k]);
      assertThat(e.location().getEntry()).hasValue("word/document.xml");
      assertThat(e.location().getLine()).hasValue(2);
    }
  }

  @Test
  void theMarkupLimitsAreThoseTheReadOptionsCarry() {
    ReadOptions small = ReadOptions.builder()
        .with(DocxReadOptions.builder().maxAttributeLength(100).maxMarkupLength(200).build()).build();
    FormatException attribute = fails(docx(table("<w:gridCol/><w:gridCol/>", SHEET_ROW) + "<w:p w:rsidR=\"" + "0".repeat(150) + "\"/>"), small);
    assertThat(attribute.reason()).isEqualTo(Reason.STRING_TOO_LONG);
    assertThat(attribute.detail()).contains("limit of 100 characters");
    FormatException comment = fails(docx("<!--" + "x".repeat(300) + "-->" + table("<w:gridCol/><w:gridCol/>", SHEET_ROW)), small);
    assertThat(comment.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(comment.detail()).contains("a comment longer than the limit of 200");
  }

  /** Cells each within the text limit, a table beyond its own: a table is held until it ends. */
  @Test
  void aTableWithMoreTextThanItsLimit() {
    String cell = "<w:tc><w:p><w:r><w:t>" + "字".repeat(10_000) + "</w:t></w:r></w:p></w:tc>";
    String prefix = "<w:document " + Zips.W + "><w:body><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" + SHEET_ROW;
    byte[] zip = Zips.word().entry("word/document.xml", prefix, "<w:tr>" + cell + cell + "</w:tr>", 1_000, "</w:tbl></w:body></w:document>").bytes();
    FormatException e = fails(zip, NO_RATIO_LIMIT);
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("a table with more than 4194304 characters");
    assertThat(e.location().getTable()).hasValue(0);
    assertThat(e.location().getRow()).isPresent();
  }

  private static byte[] replaceAll(byte[] data, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    byte[] out = data.clone();
    for (int i = 0; i + f.length <= out.length; i++) {
      if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, out, i, t.length);
      }
    }
    return out;
  }
}

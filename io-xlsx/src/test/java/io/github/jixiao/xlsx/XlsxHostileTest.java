package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken workbooks: each gets the typed exception with its reason, or is read with what
 * it shows. This class also runs in a 64 MB JVM (surefire's small-heap execution), so the inputs
 * that inflate to hundreds of megabytes, or would hold millions of strings, show memory stays bounded.
 */
class XlsxHostileTest {
  private static final String SHEET = "<sheetData>" + row(1, "项目名称", "某项目");
  /** Options that take the ratio check out of the way, so that the next limit is reached. */
  private static final ReadOptions NO_RATIO_LIMIT =
      ReadOptions.builder().with(XlsxReadOptions.builder().maxInflateRatio(1_000_000).build()).build();

  private static FormatException fails(byte[] xlsx, ReadOptions options) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> new XlsxFormat().reader(options).readDisclosure(new ByteArrayInputStream(xlsx)));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  @Test
  void notAZip() {
    assertThat(fails("这不是一个Excel文件".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()).reason())
        .isEqualTo(Reason.NOT_THIS_FORMAT);
  }

  @Test
  void aSharedStringsBombByCount() {
    byte[] xlsx = new TestWorkbook().sharedStrings("<si><t>x</t></si>", 1_100_000)
        .sheet("表", SHEET + "</sheetData>").build();
    assertThat(xlsx.length).isLessThan(1_000_000);
    FormatException e = fails(xlsx, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("shares more than 1000000 strings");
  }

  @Test
  void aSharedStringsBombByLength() {
    String big = "<si><t>" + "长".repeat(500_000) + "</t></si>";
    byte[] xlsx = new TestWorkbook().sharedStrings(big, 20).sheet("表", SHEET + "</sheetData>").build();
    FormatException e = fails(xlsx, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("characters");
  }

  @Test
  void aMillionEmptyRowsAreReadPastInBoundedMemory() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET, "<row/>", 1_000_000, "</sheetData>").build();
    ReadResult<Disclosure> read = new XlsxFormat().reader(NO_RATIO_LIMIT).read(new ByteArrayInputStream(xlsx));
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
  }

  @Test
  void moreRowsThanTheLimit() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET, "<row/>", 200_000, "</sheetData>").build();
    FormatException e = fails(xlsx, ReadOptions.builder()
        .with(XlsxReadOptions.builder().maxInflateRatio(1_000_000).maxRows(100_000).build()).build());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("rows");
  }

  @Test
  void aGiantCellIsRefusedWithoutBeingHeld() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "大",
        3_000_000, "</t></is></c></row></sheetData>").build();
    FormatException e = fails(xlsx, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.STRING_TOO_LONG);
    assertThat(e.location().getEntry()).contains("xl/worksheets/sheet1.xml");
  }

  @Test
  void deeplyNestedRichTextIsTooDeep() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + "<r>".repeat(100_000)
        + "</c></row></sheetData>").build();
    FormatException e = fails(xlsx, ReadOptions.defaults());
    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
  }

  @Test
  void aZipBombByRatio() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET, " ", 20L << 20, "</sheetData>").build();
    FormatException e = fails(xlsx, ReadOptions.defaults());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("zip bomb");
  }

  @Test
  void aZipBombByTotal() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET, "<row/>", 3_000_000, "</sheetData>").build();
    FormatException e = fails(xlsx, ReadOptions.builder()
        .with(XlsxReadOptions.builder().maxInflateRatio(1_000_000).maxInflatedBytes(8L << 20).build()).build());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("inflates past the limit");
  }

  @Test
  void tooManyCellsWithText() {
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET, "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", 250_000,
        "</sheetData>").build();
    FormatException e = fails(xlsx, NO_RATIO_LIMIT);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("cells with text than the limit of 200000");
  }

  @Test
  void manyLargeMergedRegionsAreCheckedWithoutExpandingThem() {
    StringBuilder merges = new StringBuilder("<mergeCells>");
    for (int i = 0; i < 2_000; i++) {
      merges.append("<mergeCell ref=\"A").append(10 + i * 500).append(":XFD").append(10 + i * 500 + 499).append("\"/>");
    }
    byte[] xlsx = new TestWorkbook().sheet("表", SHEET + "</sheetData>" + merges + "</mergeCells>").build();
    ReadResult<Disclosure> read = new XlsxFormat().reader(ReadOptions.defaults()).read(new ByteArrayInputStream(xlsx));
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
  }

  @Test
  void aDoctypeIsRefused() {
    // a DOCTYPE inside a worksheet part: the parser refuses DTDs and entities
    byte[] dtd = new TestWorkbook().sheet("表", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + SHEET + "</sheetData>").build();
    FormatException e = fails(dtd, ReadOptions.defaults());
    assertThat(e.reason()).isIn(Reason.HOSTILE, Reason.MALFORMED);
    assertThat(e.location().getEntry()).contains("xl/worksheets/sheet1.xml");
  }

  @Test
  void anEncryptedWorkbookIsRefusedClearly() throws Exception {
    byte[] plain = new TestWorkbook().sheet("表", SHEET + "</sheetData>").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("口令");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(out);
    }
    FormatException e = fails(out.toByteArray(), ReadOptions.defaults());
    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
    assertThat(e.detail()).contains("encrypted").contains("password");
  }
}

package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** What the Excel reader takes from a worksheet, and what it leaves to the warnings. */
class XlsxReaderTest {
  private static final String STYLES = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
      + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs>";

  private static ReadResult<Disclosure> read(byte[] xlsx) {
    return new XlsxFormat().reader(ReadOptions.defaults()).read(new ByteArrayInputStream(xlsx));
  }

  @Test
  void aNumberShowsThroughItsFormatNotThroughADouble() {
    byte[] xlsx = new TestWorkbook().styles(STYLES)
        .sheet("表", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
            + "<c r=\"B1\" s=\"1\"><v>18</v></c></row></sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("18.00");
  }

  @Test
  void sharedStringsAreReadAsShownWithoutPhoneticGuidesAndWithEscapesDecoded() {
    byte[] xlsx = new TestWorkbook()
        .sharedStrings("项目名称", "<si><r><t>某</t></r><r><rPr><b/></rPr><t>项目</t></r><rPh sb=\"0\" eb=\"1\"><t>mou</t></rPh></si>",
            "<si><t>备_x005F_x0020_注</t></si>")
        .sheet("表", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row></sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
    assertThat(read.warnings()).extracting(ReadWarning::getText).containsExactly("备_x0020_注");
  }

  @Test
  void hiddenRowsColumnsAndWorksheetsAreWarningsNotContent() {
    byte[] xlsx = new TestWorkbook()
        .sheet("表", "<cols><col min=\"3\" max=\"3\" hidden=\"1\"/></cols><sheetData>" + row(1, "项目名称", "某项目", "隐藏列")
            + "<row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"inlineStr\"><is><t>隐藏行</t></is></c></row></sheetData>")
        .hiddenSheet("底稿", "<sheetData>" + row(1, "项目名称", "另一个项目") + "</sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.value().getItems()).extracting(i -> i.getName()).containsExactly("某项目");
    assertThat(read.warnings()).extracting(ReadWarning::getKind).containsOnly(ReadWarning.Kind.HIDDEN);
    assertThat(read.warnings()).extracting(ReadWarning::getText)
        .containsExactlyInAnyOrder("隐藏列", "隐藏行", "项目名称 | 另一个项目");
    assertThat(read.warnings().stream().filter(w -> w.getText().equals("隐藏列")).findFirst().orElseThrow().getDetail())
        .contains("C1");
  }

  @Test
  void aHiddenBlankRowDoesNotSplitATableButAShownOneDoes() {
    byte[] xlsx = new TestWorkbook()
        .sheet("表", "<sheetData>" + row(1, "项目名称", "某项目") + "<row r=\"2\" hidden=\"1\"/>" + row(3, "主管部门", "某局")
            + "</sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
  }

  @Test
  void aCellUnderAMergedRegionIsHidden() {
    byte[] xlsx = new TestWorkbook()
        .sheet("表", "<sheetData>" + row(1, "项目名称", "某项目", "被合并") + "</sheetData>"
            + "<mergeCells count=\"1\"><mergeCell ref=\"B1:C1\"/></mergeCells>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.HIDDEN);
      assertThat(w.getText()).isEqualTo("被合并");
    });
  }

  @Test
  void aFormulaIsItsCachedValueAndOneWithoutIsAWarning() {
    byte[] xlsx = new TestWorkbook()
        .sheet("表", "<sheetData>" + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
            + "<c r=\"B1\" t=\"str\"><f>CONCATENATE(\"某\",\"项目\")</f><v>某项目</v></c>"
            + "<c r=\"C1\"><f>1+1</f></c></row></sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.AMBIGUOUS);
      assertThat(w.getText()).isEqualTo("=1+1");
      assertThat(w.getDetail()).contains("C1").contains("cached value");
    });
  }

  @Test
  void theStrictReaderRefusesHiddenContent() {
    byte[] xlsx = new TestWorkbook()
        .sheet("表", "<sheetData>" + row(1, "项目名称", "某项目") + "<row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"inlineStr\">"
            + "<is><t>隐藏行</t></is></c></row></sheetData>").build();
    FormatException e = catchThrowableOfType(FormatException.class, () -> new XlsxFormat()
        .reader(ReadOptions.builder().strict(true).build()).read(new ByteArrayInputStream(xlsx)));
    assertThat(e.reason()).isEqualTo(Reason.UNPLACED_CONTENT);
    assertThat(e.getMessage()).contains("隐藏行");
  }

  @Test
  void datesCountFrom1904WhenTheWorkbookSaysSo() {
    byte[] xlsx = new TestWorkbook().date1904()
        .styles("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>")
        .sheet("表", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
            + "<c r=\"B1\" s=\"1\"><v>43538</v></c></row></sheetData>").build();
    assertThat(read(xlsx).value().getItems().get(0).getName()).isEqualTo("2023-03-15");
  }

  @Test
  void aWordDocumentIsNotAWorkbook() {
    byte[] xlsx = new TestWorkbook()
        .workbookType("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        .sheet("表", "<sheetData/>").build();
    FormatException e = catchThrowableOfType(FormatException.class, () -> read(xlsx));
    assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORMAT);
  }

  @Test
  void aSharedStringIndexOutsideTheTableIsMalformed() {
    byte[] xlsx = new TestWorkbook().sharedStrings("项目名称")
        .sheet("表", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>").build();
    FormatException e = catchThrowableOfType(FormatException.class, () -> read(xlsx));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.getMessage()).contains("A1").contains("shared string 7");
  }

  @Test
  void aMacroWorkbookIsReadWithoutOpeningItsMacros() {
    byte[] xlsx = new TestWorkbook().workbookType("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        .part("xl/vbaProject.bin", new byte[] {1, 2, 3}, "<Relationship Id=\"rIdV\" Type=\"http://schemas.microsoft.com/"
            + "office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>")
        .sheet("表", "<sheetData>" + row(1, "项目名称", "某项目") + "</sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
  }

  @Test
  void externalLinksAreNeverFollowed() {
    byte[] xlsx = new TestWorkbook()
        .part("xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "externalLink\" Target=\"externalLinks/externalLink1.xml\"/>"
                + "<Relationship Id=\"rIdY\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>")
        .sheet("表", "<sheetData>" + row(1, "项目名称", "某项目") + "</sheetData>").build();
    ReadResult<Disclosure> read = read(xlsx);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getItems().get(0).getName()).isEqualTo("某项目");
  }
}

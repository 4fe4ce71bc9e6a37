package io.github.jixiao.docx.zoo;

import static io.github.jixiao.docx.zoo.LayoutDocxRenderer.W_NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.docx.zoo.LayoutDocxRenderer.Style;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The test renderer writes what the layout says: the grid ({@code w:gridCol}, {@code w:gridSpan},
 * {@code w:hMerge}, {@code w:vMerge}) and every cell's text survive in word/document.xml as the JDK's
 * DOM parser reads it, the parts are valid against the WordprocessingML schema, POI opens the file as
 * a .docx, and whatever the {@link Style}, the text POI reads from each cell is the layout's.
 */
class LayoutDocxRendererTest {
  private static final FormatLocation HERE = FormatLocation.unknown();

  // ---- hand-made layouts

  /**
   * A 4x4 table with merges both ways: a header of two rows (项目 spans them, 金额 spans three
   * columns), a two-line cell, a 2x2 block, an empty cell and an uncovered position.
   */
  private static LayoutTable spans() {
    return new LayoutTable(HERE, List.of(
        new LayoutCell(0, 0, 2, 1, "项目"),
        new LayoutCell(0, 1, 1, 3, "金额（万元）"),
        LayoutCell.of(1, 1, "2023年"),
        LayoutCell.of(1, 2, "2024年"),
        LayoutCell.of(1, 3, "增减"),
        LayoutCell.of(2, 0, "合计\n其中：小计"),
        new LayoutCell(2, 1, 2, 2, "1 & <2> \"3\""),
        LayoutCell.of(2, 3, ""),
        LayoutCell.of(3, 3, "  x\ty  ")), 2);
  }

  /** A table with uncovered positions, an empty cell spanning all rows and a column span. */
  private static LayoutTable ragged() {
    return LayoutTable.of(HERE, List.of(
        LayoutCell.of(0, 0, "a"),
        new LayoutCell(1, 1, 1, 2, "b]]>c"),
        new LayoutCell(2, 0, 1, 1, "d"),
        new LayoutCell(0, 3, 3, 1, "")));
  }

  private static LayoutTable single() {
    return LayoutTable.of(HERE, List.of(LayoutCell.of(0, 0, "𠀀 only")));
  }

  /** Paragraphs (one with a line break), then three tables, the last two adjacent. */
  private static List<LayoutBlock> handMade() {
    return List.of(
        new LayoutParagraph("2024年部门预算", HERE),
        spans(),
        new LayoutParagraph("注：\n单位为万元\t(含 & 不含)", HERE),
        ragged(),
        single());
  }

  @Test
  void plainStyleWritesTheGridAsWordDoes() {
    Document doc = documentXml(LayoutDocxRenderer.render(handMade(), Style.plain()));
    Element body = child(doc.getDocumentElement(), "body");
    List<Element> tables = children(body, "tbl");
    assertThat(tables).hasSize(3);
    assertThat(children(body, "p")).hasSize(3); // two paragraphs and the one between adjacent tables

    Element t = tables.get(0);
    assertThat(children(child(t, "tblGrid"), "gridCol")).hasSize(4);
    assertThat(child(t, "tblPr")).isNotNull();
    List<Element> rows = children(t, "tr");
    assertThat(rows).hasSize(4);
    assertThat(rows).extracting(LayoutDocxRendererTest::isHeader).containsExactly(true, true, false, false);

    List<Element> r0 = cellsOf(rows.get(0));
    assertThat(r0).hasSize(2);
    assertThat(raw(r0.get(0))).isEqualTo(new RawTc(1, null, "restart", "项目"));
    assertThat(raw(r0.get(1))).isEqualTo(new RawTc(3, null, null, "金额（万元）"));

    List<Element> r1 = cellsOf(rows.get(1));
    assertThat(r1).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, "continue", ""),
        new RawTc(1, null, null, "2023年"),
        new RawTc(1, null, null, "2024年"),
        new RawTc(1, null, null, "增减"));
    assertBareContinuation(r1.get(0));

    List<Element> r2 = cellsOf(rows.get(2));
    assertThat(r2).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, null, "合计\n其中：小计"),
        new RawTc(2, null, "restart", "1 & <2> \"3\""),
        new RawTc(1, null, null, ""));
    assertThat(children(r2.get(0), "p")).hasSize(2);

    List<Element> r3 = cellsOf(rows.get(3));
    assertThat(r3).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, null, ""),
        new RawTc(2, null, "continue", ""),
        new RawTc(1, null, null, "  x\ty  "));
    assertBareContinuation(r3.get(1));

    Element t1 = tables.get(1);
    assertThat(children(child(t1, "tblGrid"), "gridCol")).hasSize(4);
    assertThat(children(t1, "tr")).hasSize(3).noneMatch(LayoutDocxRendererTest::isHeader);
    assertThat(cellsOf(children(t1, "tr").get(2))).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, null, "d"),
        new RawTc(1, null, null, ""),
        new RawTc(1, null, null, ""),
        new RawTc(1, null, "continue", ""));

    assertDomMatches(doc, handMade());
    assertSchemaValid(LayoutDocxRenderer.render(handMade(), Style.plain()));
  }

  @Test
  void legacyHorizontalMergesSpellTheSameGrid() {
    Style style = new Style(false, false, false, false, false, false, false, true, 1);
    Document doc = documentXml(LayoutDocxRenderer.render(handMade(), style));
    assertThat(doc.getElementsByTagNameNS(W_NS, "gridSpan").getLength()).isZero();
    Element t = children(child(doc.getDocumentElement(), "body"), "tbl").get(0);
    List<Element> rows = children(t, "tr");
    assertThat(cellsOf(rows.get(0))).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, "restart", "项目"),
        new RawTc(1, "restart", null, "金额（万元）"),
        new RawTc(1, "continue", null, ""),
        new RawTc(1, "continue", null, ""));
    assertThat(cellsOf(rows.get(3))).extracting(LayoutDocxRendererTest::raw).containsExactly(
        new RawTc(1, null, null, ""),
        new RawTc(1, "restart", "continue", ""),
        new RawTc(1, "continue", "continue", ""),
        new RawTc(1, null, null, "  x\ty  "));
    assertDomMatches(doc, handMade());
  }

  @Test
  void everyStyleSpellsTheSameTextAndGrid() {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (long seed = 0; seed < 40; seed++) {
      Style style = seed < 20 ? Style.messy(seed) : Style.random(new Random(seed));
      byte[] docx = LayoutDocxRenderer.render(handMade(), style);
      Document doc = documentXml(docx);
      assertDomMatches(doc, handMade());
      assertPoiMatches(docx, handMade());
      assertSchemaValid(docx);
      for (String name : List.of("sdt", "proofErr", "bookmarkStart", "hMerge", "rPr", "br", "tab")) {
        seen.merge(name, doc.getElementsByTagNameNS(W_NS, name).getLength(), Integer::sum);
      }
      seen.merge("split runs", Math.max(0, doc.getElementsByTagNameNS(W_NS, "r").getLength() - 30), Integer::sum);
    }
    // The styles do vary the spelling.
    assertThat(seen).allSatisfy((name, count) -> assertThat(count).as(name).isPositive());
  }

  @Test
  void poiOpensTheFileWithItsTablesAndParagraphs() throws IOException {
    for (Style style : List.of(Style.plain(), Style.messy(7))) {
      byte[] docx = LayoutDocxRenderer.render(handMade(), style);
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
        assertThat(doc.getTables()).hasSize(3);
        assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
            .containsExactly("2024年部门预算", "注：\n单位为万元\t(含 & 不含)", "");
        XWPFTable first = doc.getTables().get(0);
        assertThat(first.getRows()).hasSize(4);
        assertThat(first.getRow(0).isRepeatHeader()).isTrue();
        assertThat(first.getRow(1).isRepeatHeader()).isTrue();
        assertThat(first.getRow(2).isRepeatHeader()).isFalse();
      }
      assertPoiMatches(docx, handMade());
    }
  }

  @Test
  void theZipHoldsTheParts() {
    Map<String, byte[]> parts = unzip(LayoutDocxRenderer.render(handMade(), Style.plain()));
    assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels");
    assertThat(new String(parts.get("_rels/.rels"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("/officeDocument\" Target=\"word/document.xml\"");
  }

  @Test
  void refusesWhatCannotBeWritten() {
    assertThatThrownBy(() -> LayoutDocxRenderer.render(List.of(new LayoutParagraph("a\rb", HERE)), Style.plain()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LayoutDocxRenderer.render(List.of(new LayoutParagraph("a\u0001", HERE)), Style.plain()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LayoutDocxRenderer.render(List.of(LayoutTable.of(HERE, List.of())), Style.plain()))
        .isInstanceOf(IllegalArgumentException.class);
    LayoutTable overlapping = LayoutTable.of(HERE, List.of(new LayoutCell(0, 0, 2, 2, "a"), LayoutCell.of(1, 1, "b")));
    assertThatThrownBy(() -> LayoutDocxRenderer.render(List.of(overlapping), Style.plain()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final String[] PIECES = {
    "收入", "支出", "合计", "（万元）", "a", "B", "1", "2.5", " ", "  ", "&", "<", ">", "\"", "'", "]]>", "\t", "\n",
    "𠀀", "\u3000",
  };

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  static List<LayoutBlock> randomLayout(Random random) {
    List<LayoutBlock> blocks = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      blocks.add(random.nextInt(3) == 0 ? new LayoutParagraph(randomText(random), HERE) : randomTable(random));
    }
    return blocks;
  }

  static LayoutTable randomTable(Random random) {
    int rows = 1 + random.nextInt(5);
    int columns = 1 + random.nextInt(5);
    boolean[][] taken = new boolean[rows][columns];
    List<LayoutCell> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (taken[r][c] || random.nextInt(6) == 0) {
          continue;
        }
        int rowSpan = random.nextInt(3) == 0 ? 1 + random.nextInt(Math.min(3, rows - r)) : 1;
        int columnSpan = random.nextInt(3) == 0 ? 1 + random.nextInt(Math.min(3, columns - c)) : 1;
        while (!free(taken, r, c, rowSpan, columnSpan)) {
          if (columnSpan > 1) {
            columnSpan--;
          } else {
            rowSpan--;
          }
        }
        for (int i = r; i < r + rowSpan; i++) {
          for (int j = c; j < c + columnSpan; j++) {
            taken[i][j] = true;
          }
        }
        cells.add(new LayoutCell(r, c, rowSpan, columnSpan, randomText(random)));
      }
    }
    if (cells.isEmpty()) {
      cells.add(LayoutCell.of(0, 0, randomText(random)));
    }
    return new LayoutTable(HERE, cells, random.nextInt(3) == 0 ? random.nextInt(rows + 1) : 0);
  }

  private static boolean free(boolean[][] taken, int row, int column, int rowSpan, int columnSpan) {
    for (int i = row; i < row + rowSpan; i++) {
      for (int j = column; j < column + columnSpan; j++) {
        if (taken[i][j]) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- reading back with the JDK's DOM parser

  /** What a layout should look like once read back: 1x1 empty cells are the same as no cell. */
  static List<LayoutCell> visible(Collection<LayoutCell> cells) {
    return cells.stream()
        .filter(c -> c.rowSpan() > 1 || c.columnSpan() > 1 || !c.text().isEmpty())
        .sorted(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::column))
        .collect(Collectors.toList());
  }

  /** The blocks as a body should hold them: an empty paragraph between adjacent tables. */
  private static List<LayoutBlock> asWritten(List<LayoutBlock> blocks) {
    List<LayoutBlock> written = new ArrayList<>();
    for (LayoutBlock block : blocks) {
      boolean afterTable = !written.isEmpty() && written.get(written.size() - 1) instanceof LayoutTable;
      if (block instanceof LayoutTable && afterTable) {
        written.add(new LayoutParagraph("", HERE));
      }
      written.add(block);
    }
    return written;
  }

  static void assertDomMatches(Document doc, List<LayoutBlock> blocks) {
    NodeList tcs = doc.getElementsByTagNameNS(W_NS, "tc");
    for (int i = 0; i < tcs.getLength(); i++) {
      assertThat(children((Element) tcs.item(i), "p")).as("paragraphs of w:tc %d", i).isNotEmpty();
    }
    NodeList ts = doc.getElementsByTagNameNS(W_NS, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      Element t = (Element) ts.item(i);
      String text = t.getTextContent();
      if (text.startsWith(" ") || text.endsWith(" ") || text.contains("  ")) {
        assertThat(t.getAttributeNS(XMLConstants.XML_NS_URI, "space")).as("xml:space of w:t '%s'", text)
            .isEqualTo("preserve");
      }
    }
    Element body = child(doc.getDocumentElement(), "body");
    List<Element> elements = new ArrayList<>();
    for (Element e : children(body, null)) {
      if (!e.getLocalName().equals("sectPr")) {
        elements.add(e);
      }
    }
    List<LayoutBlock> expected = asWritten(blocks);
    assertThat(elements).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Element e = elements.get(i);
      if (expected.get(i) instanceof LayoutParagraph p) {
        assertThat(e.getLocalName()).isEqualTo("p");
        assertThat(paragraphText(e)).as("body element %d", i).isEqualTo(p.text());
      } else {
        LayoutTable t = (LayoutTable) expected.get(i);
        assertThat(e.getLocalName()).isEqualTo("tbl");
        int columns = children(child(e, "tblGrid"), "gridCol").size();
        assertThat(columns).as("grid columns of body element %d", i).isEqualTo(t.columnCount());
        List<Element> trs = children(e, "tr");
        assertThat(trs).hasSize(t.rowCount());
        assertThat(trs).extracting(LayoutDocxRendererTest::isHeader)
            .containsExactlyElementsOf(headerFlags(t));
        List<List<RawTc>> rows = new ArrayList<>();
        for (Element tr : trs) {
          rows.add(cellsOf(tr).stream().map(LayoutDocxRendererTest::raw).collect(Collectors.toList()));
        }
        assertThat(visible(assemble(rows, columns))).as("cells of body element %d", i)
            .containsExactlyElementsOf(visible(t.cells()));
      }
    }
  }

  private static List<Boolean> headerFlags(LayoutTable t) {
    List<Boolean> flags = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      flags.add(r < t.headerRows());
    }
    return flags;
  }

  private static void assertBareContinuation(Element tc) {
    List<Element> paragraphs = children(tc, "p");
    assertThat(paragraphs).hasSize(1);
    assertThat(children(paragraphs.get(0), null)).isEmpty();
    Element vMerge = child(child(tc, "tcPr"), "vMerge");
    assertThat(vMerge.hasAttributeNS(W_NS, "val")).isFalse();
  }

  private static boolean isHeader(Element tr) {
    Element trPr = child(tr, "trPr");
    return trPr != null && child(trPr, "tblHeader") != null;
  }

  /** The cells of a row, also those inside content controls. */
  private static List<Element> cellsOf(Element parent) {
    List<Element> cells = new ArrayList<>();
    for (Element e : children(parent, null)) {
      if (e.getLocalName().equals("tc")) {
        cells.add(e);
      } else if (e.getLocalName().equals("sdt")) {
        cells.addAll(cellsOf(child(e, "sdtContent")));
      }
    }
    return cells;
  }

  private static RawTc raw(Element tc) {
    Element tcPr = child(tc, "tcPr");
    Element gridSpan = tcPr == null ? null : child(tcPr, "gridSpan");
    String text = children(tc, "p").stream().map(LayoutDocxRendererTest::paragraphText)
        .collect(Collectors.joining("\n"));
    return new RawTc(gridSpan == null ? 1 : Integer.parseInt(gridSpan.getAttributeNS(W_NS, "val")),
        merge(tcPr, "hMerge"), merge(tcPr, "vMerge"), text);
  }

  private static String merge(Element tcPr, String name) {
    Element e = tcPr == null ? null : child(tcPr, name);
    if (e == null) {
      return null;
    }
    String val = e.getAttributeNS(W_NS, "val");
    return val.isEmpty() ? "continue" : val;
  }

  /** A paragraph's text as shown: {@code w:t} of runs, {@code \n} for breaks, {@code \t} for tabs. */
  private static String paragraphText(Element p) {
    StringBuilder b = new StringBuilder();
    NodeList all = p.getElementsByTagNameNS(W_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      Node parent = e.getParentNode();
      if (!W_NS.equals(parent.getNamespaceURI()) || !parent.getLocalName().equals("r")) {
        continue;
      }
      switch (e.getLocalName()) {
        case "t" -> b.append(e.getTextContent());
        case "br" -> b.append('\n');
        case "tab" -> b.append('\t');
        default -> { }
      }
    }
    return b.toString();
  }

  /**
   * Word/document.xml is valid against the WordprocessingML schema POI's XMLBeans classes carry (POI's
   * lite schema jar cannot validate settings.xml's {@code w:rsids}, so that part is only parsed).
   */
  static void assertSchemaValid(byte[] docx) {
    Map<String, byte[]> parts = unzip(docx);
    try {
      assertValid("word/document.xml", DocumentDocument.Factory.parse(part(parts, "word/document.xml")));
      SettingsDocument.Factory.parse(part(parts, "word/settings.xml"));
    } catch (XmlException | IOException e) {
      throw new AssertionError("a part does not parse", e);
    }
  }

  private static ByteArrayInputStream part(Map<String, byte[]> parts, String name) {
    assertThat(parts).as("parts").containsKey(name);
    return new ByteArrayInputStream(parts.get(name));
  }

  private static void assertValid(String part, XmlObject xml) {
    List<XmlError> errors = new ArrayList<>();
    xml.validate(new XmlOptions().setErrorListener(errors));
    assertThat(errors).as("schema errors in %s", part).isEmpty();
  }

  // ---- reading back with POI

  static void assertPoiMatches(byte[] docx, List<LayoutBlock> blocks) {
    List<LayoutBlock> expected = asWritten(blocks);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      long tables = expected.stream().filter(b -> b instanceof LayoutTable).count();
      assertThat(doc.getTables()).hasSize((int) tables);
      assertThat(doc.getParagraphs()).hasSize(expected.size() - (int) tables);
      List<IBodyElement> elements = doc.getBodyElements();
      assertThat(elements).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        IBodyElement e = elements.get(i);
        if (expected.get(i) instanceof LayoutParagraph p) {
          assertThat(e.getElementType()).isEqualTo(BodyElementType.PARAGRAPH);
          assertThat(((XWPFParagraph) e).getText()).as("POI paragraph %d", i).isEqualTo(p.text());
        } else {
          LayoutTable t = (LayoutTable) expected.get(i);
          assertThat(e.getElementType()).isEqualTo(BodyElementType.TABLE);
          XWPFTable table = (XWPFTable) e;
          int columns = table.getCTTbl().getTblGrid().sizeOfGridColArray();
          assertThat(columns).isEqualTo(t.columnCount());
          assertThat(table.getRows()).hasSize(t.rowCount());
          assertThat(table.getRows()).extracting(XWPFTableRow::isRepeatHeader)
              .containsExactlyElementsOf(headerFlags(t));
          List<List<RawTc>> rows = new ArrayList<>();
          for (XWPFTableRow row : table.getRows()) {
            List<RawTc> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
              if (cell instanceof XWPFTableCell tc) {
                cells.add(raw(tc));
              } else if (cell instanceof XWPFSDTCell sdt) {
                for (CTTc tc : sdt.getCTSdtCell().getSdtContent().getTcList()) {
                  cells.add(raw(new XWPFTableCell(tc, row, table.getBody())));
                }
              }
            }
            rows.add(cells);
          }
          assertThat(visible(assemble(rows, columns))).as("POI cells of table at body element %d", i)
              .containsExactlyElementsOf(visible(t.cells()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawTc raw(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    int gridSpan = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    String hMerge = pr == null || !pr.isSetHMerge() ? null
        : pr.getHMerge().isSetVal() ? pr.getHMerge().getVal().toString() : "continue";
    String vMerge = pr == null || !pr.isSetVMerge() ? null
        : pr.getVMerge().isSetVal() ? pr.getVMerge().getVal().toString() : "continue";
    assertThat(cell.getParagraphs()).as("paragraphs of a cell").isNotEmpty();
    String text = cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    return new RawTc(gridSpan, hMerge, vMerge, text);
  }

  // ---- from w:tc to layout cells

  /**
   * One {@code w:tc} as written.
   *
   * @param gridSpan the grid columns it covers
   * @param hMerge null, "restart" or "continue"
   * @param vMerge null, "restart" or "continue"
   * @param text its paragraphs' text joined with {@code \n}
   */
  record RawTc(int gridSpan, String hMerge, String vMerge, String text) {}

  /** The layout cells a word processor shows for rows of {@code w:tc}s on a grid of the given width. */
  static List<LayoutCell> assemble(List<List<RawTc>> rows, int columns) {
    final class Open {
      final int row;
      final int column;
      int rowSpan = 1;
      int columnSpan;
      final String text;
      final boolean vMerged;

      Open(int row, int column, int columnSpan, String text, boolean vMerged) {
        this.row = row;
        this.column = column;
        this.columnSpan = columnSpan;
        this.text = text;
        this.vMerged = vMerged;
      }
    }
    List<Open> all = new ArrayList<>();
    Open[] above = new Open[columns];
    for (int r = 0; r < rows.size(); r++) {
      // Horizontal merges first: hMerge continuations widen the cell before them.
      List<Object[]> merged = new ArrayList<>(); // {column, span, vMerge, text}
      int column = 0;
      for (RawTc tc : rows.get(r)) {
        assertThat(tc.gridSpan()).isPositive();
        if ("continue".equals(tc.hMerge()) && !merged.isEmpty()) {
          assertThat(tc.text()).as("text of an hMerge continuation in row %d", r).isEmpty();
          Object[] last = merged.get(merged.size() - 1);
          last[1] = (int) last[1] + tc.gridSpan();
        } else {
          merged.add(new Object[] {column, tc.gridSpan(), tc.vMerge(), tc.text()});
        }
        column += tc.gridSpan();
      }
      assertThat(column).as("grid columns covered by row %d", r).isEqualTo(columns);
      Open[] here = new Open[columns];
      for (Object[] m : merged) {
        int c = (int) m[0];
        int span = (int) m[1];
        Open cell;
        if ("continue".equals(m[2])) {
          cell = above[c];
          assertThat(cell).as("cell above a vMerge continuation at row %d, column %d", r, c).isNotNull();
          assertThat(cell.vMerged).isTrue();
          assertThat(cell.column).isEqualTo(c);
          assertThat(cell.columnSpan).as("span of a vMerge continuation at row %d, column %d", r, c).isEqualTo(span);
          assertThat((String) m[3]).as("text of a vMerge continuation at row %d, column %d", r, c).isEmpty();
          cell.rowSpan++;
        } else {
          cell = new Open(r, c, span, (String) m[3], m[2] != null);
          all.add(cell);
        }
        for (int k = c; k < c + span; k++) {
          here[k] = cell;
        }
      }
      above = here;
    }
    return all.stream().map(o -> new LayoutCell(o.row, o.column, o.rowSpan, o.columnSpan, o.text))
        .collect(Collectors.toList());
  }

  // ---- zip and DOM plumbing

  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        entries.put(e.getName(), out.toByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static Document documentXml(byte[] docx) {
    byte[] xml = unzip(docx).get("word/document.xml");
    assertThat(xml).as("word/document.xml").isNotNull();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("word/document.xml does not parse", e);
    }
  }

  /** The child elements in the w: namespace with the given local name (any, if null). */
  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && W_NS.equals(e.getNamespaceURI())
          && (localName == null || localName.equals(e.getLocalName()))) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }
}

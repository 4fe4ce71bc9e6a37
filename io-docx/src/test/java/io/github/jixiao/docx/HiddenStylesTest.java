package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.ZipBytes;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text hidden by its style (a w:vanish in the run properties of a character or paragraph style,
 * inherited through w:basedOn, or in the document defaults) is not shown by a word processor, so
 * it is not content: it is left out and reported as HIDDEN, as text hidden directly is. A run's own
 * w:vanish w:val="0" shows it again.
 */
class HiddenStylesTest {
  private static final String STYLES_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
      + " Target=\"styles.xml\"/></Relationships>";

  private static String styles(String defaults, String styles) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + Zips.W + ">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>" + defaults + "</w:rPr></w:rPrDefault></w:docDefaults>"
        + styles + "</w:styles>";
  }

  private static String style(String type, String id, String basedOn, String runProperties) {
    return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\">"
        + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
        + "<w:rPr>" + runProperties + "</w:rPr></w:style>";
  }

  private static String run(String properties, String text) {
    return "<w:r><w:rPr>" + properties + "</w:rPr><w:t>" + text + "</w:t></w:r>";
  }

  private static String paragraph(String style, String runs) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + runs + "</w:p>";
  }

  /** The paragraphs of a body read with the styles part, and the hidden text reported. */
  private static List<String> read(String stylesXml, String body, List<String> hidden) {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(body))
        .entry("word/_rels/document.xml.rels", STYLES_RELS).entry("word/styles.xml", stylesXml).bytes();
    ReadOptions options = ReadOptions.defaults();
    List<String> out = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    try (DocxZip zip = new DocxZip(ZipBytes.of(new ByteArrayInputStream(docx), Long.MAX_VALUE), options);
        WordXmlReader xml = new WordXmlReader(zip, OpcPackage.mainPart(zip, options), options, warnings::add)) {
      for (Blocks.Block b = xml.next(); b != null; b = xml.next()) {
        if (b instanceof Blocks.Paragraph p) {
          out.add(p.text());
        }
      }
    }
    warnings.stream().filter(w -> w.getKind() == ReadWarning.Kind.HIDDEN).forEach(w -> hidden.add(w.getText()));
    return out;
  }

  @Test
  void aCharacterStyleThatHidesHidesItsRuns() {
    List<String> hidden = new ArrayList<>();
    List<String> texts = read(styles("", style("character", "Secret", null, "<w:vanish/>")),
        "<w:p>" + run("", "可见") + run("<w:rStyle w:val=\"Secret\"/>", "隐藏") + "</w:p>", hidden);

    assertThat(texts).containsExactly("可见");
    assertThat(hidden).containsExactly("隐藏");
  }

  @Test
  void aParagraphStyleHidesThroughBasedOnAndARunsOwnSettingWins() {
    List<String> hidden = new ArrayList<>();
    String styles = styles("", style("paragraph", "Base", null, "<w:vanish/>") + style("paragraph", "Note", "Base", "<w:b/>"));
    List<String> texts = read(styles,
        paragraph("Note", run("", "注释") + run("<w:vanish w:val=\"0\"/>", "显示")) + "<w:p>" + run("", "正文") + "</w:p>", hidden);

    // the hidden paragraph mark joins what is shown of the paragraph to the next one
    assertThat(texts).containsExactly("显示正文");
    assertThat(hidden).containsExactly("注释");
  }

  @Test
  void aCharacterStyleThatShowsOverridesAParagraphStyleThatHides() {
    List<String> hidden = new ArrayList<>();
    String styles = styles("", style("paragraph", "Hidden", null, "<w:vanish/>")
        + style("character", "Shown", null, "<w:vanish w:val=\"false\"/>"));
    List<String> texts = read(styles, paragraph("Hidden", run("<w:rStyle w:val=\"Shown\"/>", "看得见") + run("", "看不见"))
        + "<w:p>" + run("", "下一段") + "</w:p>", hidden);

    assertThat(texts).containsExactly("看得见下一段");
    assertThat(hidden).containsExactly("看不见");
  }

  @Test
  void documentDefaultsThatHideHideUnstyledText() {
    List<String> hidden = new ArrayList<>();
    List<String> texts = read(styles("<w:vanish/>", style("character", "Shown", null, "<w:vanish w:val=\"0\"/>")),
        "<w:p>" + run("", "默认隐藏") + run("<w:rStyle w:val=\"Shown\"/>", "样式显示") + "</w:p>", hidden);

    assertThat(texts).containsExactly("样式显示");
    assertThat(hidden).containsExactly("默认隐藏");
  }

  @Test
  void aCycleOfBasedOnAndUnknownStylesHideNothing() {
    List<String> hidden = new ArrayList<>();
    String styles = styles("", style("character", "A", "B", "<w:b/>") + style("character", "B", "A", "<w:i/>"));
    List<String> texts = read(styles,
        "<w:p>" + run("<w:rStyle w:val=\"A\"/>", "甲") + run("<w:rStyle w:val=\"Missing\"/>", "乙") + "</w:p>", hidden);

    assertThat(texts).containsExactly("甲乙");
    assertThat(hidden).isEmpty();
  }

  @Test
  void theSampleReadsAsBeforeWithItsOwnStyles() {
    assertThat(DocxTesting.read(Zips.fixture()).getItems()).isNotEmpty();
    assertThat(DocxTesting.READER.read(new ByteArrayInputStream(Zips.fixture())).warnings()).isEmpty();
  }
}

package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.ZipBytes;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Text is read as a word processor shows it: hidden text is no content (it is a HIDDEN warning),
 * of alternative content only the alternative shown is read, and a symbol is its character. The
 * sample document edited as in the review reads as the sample itself.
 */
class VisibleTextTest {
  private static final Disclosure SAMPLE = DocxTesting.read(Zips.fixture());

  private static ReadResult<Disclosure> read(byte[] docx) {
    return DocxTesting.READER.read(new ByteArrayInputStream(docx));
  }

  /** The paragraphs and cell texts of a body, with the warnings of the XML reader. */
  private static List<String> texts(String body, List<ReadWarning> warnings) {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(body)).bytes();
    ReadOptions options = ReadOptions.defaults();
    List<String> out = new ArrayList<>();
    try (DocxZip zip = new DocxZip(ZipBytes.of(new ByteArrayInputStream(docx), Long.MAX_VALUE), options);
        WordXmlReader xml = new WordXmlReader(zip, OpcPackage.mainPart(zip, options), options, warnings::add)) {
      for (Blocks.Block b = xml.next(); b != null; b = xml.next()) {
        if (b instanceof Blocks.Paragraph p) {
          out.add(p.text());
        } else if (b instanceof Blocks.Table t) {
          t.rows().forEach(r -> r.cells().forEach(c -> out.add(c.text())));
        }
      }
    }
    return out;
  }

  private static String run(String properties, String text) {
    return "<w:r><w:rPr>" + properties + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  @Test
  void aHiddenDotInsideANumberIsNotRead() {
    ReadResult<Disclosure> read = read(Zips.fixtureWithDocument(d -> d.replace("<w:t>105.2</w:t>",
        "<w:t>10</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>.</w:t></w:r><w:r><w:t>5.2</w:t>")));
    assertThat(read.value()).isEqualTo(SAMPLE);
    List<ReadWarning> hidden = read.warnings().stream().filter(w -> w.getKind() == ReadWarning.Kind.HIDDEN).collect(Collectors.toList());
    assertThat(hidden).hasSize(1);
    assertThat(hidden.get(0).getText()).isEqualTo(".");
    assertThat(hidden.get(0).getLocation().getTable()).isPresent();
    assertThat(hidden.get(0).getLocation().getRow()).isPresent();
    assertThat(hidden.get(0).getLocation().getColumn()).isPresent();
  }

  @Test
  void hiddenRunsAreLeftOutAndReported() {
    List<ReadWarning> warnings = new ArrayList<>();
    List<String> texts = texts("<w:p>" + run("", "可见") + run("<w:vanish/>", "隐藏") + run("<w:vanish w:val=\"0\"/>", "也可见")
        + run("<w:specVanish/>", "特殊") + run("<w:vanish w:val=\"false\"/>", "!") + "</w:p>", warnings);
    assertThat(texts).containsExactly("可见也可见!");
    assertThat(warnings).extracting(ReadWarning::getKind).containsExactly(ReadWarning.Kind.HIDDEN);
    assertThat(warnings.get(0).getText()).isEqualTo("隐藏特殊");
    assertThat(warnings.get(0).getLocation().getParagraph()).hasValue(0);
  }

  @Test
  void anEarlierRevisionOfTheRunPropertiesDoesNotHide() {
    List<ReadWarning> warnings = new ArrayList<>();
    List<String> texts = texts("<w:p>" + run("<w:b/><w:rPrChange w:id=\"1\"><w:rPr><w:vanish/></w:rPr></w:rPrChange>", "shown")
        + "</w:p>", warnings);
    assertThat(texts).containsExactly("shown");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aHiddenParagraphMarkJoinsTheParagraphToTheNext() {
    String hiddenMark = "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + run("", "105") + "</w:p>";
    List<String> body = texts(hiddenMark + "<w:p>" + run("", ".2万元") + "</w:p>" + Xml.p("next"), new ArrayList<>());
    assertThat(body).containsExactly("105.2万元", "next");
    List<String> cell = texts(Xml.tbl(1, Xml.tr("<w:tc>" + hiddenMark + "<w:p>" + run("", ".2") + "</w:p></w:tc>")), new ArrayList<>());
    assertThat(cell).containsExactly("105.2");
    // a hidden mark before a table: the paragraph still shows, before it
    assertThat(texts(hiddenMark + Xml.tbl(1, Xml.tr(Xml.tc("cell"))), new ArrayList<>())).containsExactly("105", "cell");
  }

  @Test
  void anUnknownChoiceGivesWayToTheFallback() {
    ReadResult<Disclosure> read = read(Zips.fixtureWithDocument(d -> d.replace("<w:t>105.2</w:t></w:r>",
        "</w:r><mc:AlternateContent xmlns:x9=\"urn:example:unknown\"><mc:Choice Requires=\"x9\"><w:r><w:t>95.2</w:t></w:r></mc:Choice>"
            + "<mc:Fallback><w:r><w:t>105.2</w:t></w:r></mc:Fallback></mc:AlternateContent>")));
    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.warnings()).anySatisfy(w -> {
      assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.HIDDEN);
      assertThat(w.getText()).isEqualTo("95.2");
      assertThat(w.getDetail()).contains("x9");
      assertThat(w.getLocation().getTable()).isPresent();
      assertThat(w.getLocation().getLine()).as("a cell's column is its grid column, not the XML's").isEmpty();
    });
  }

  @Test
  void ofTwoChoicesOnlyTheFirstIsRead() {
    ReadResult<Disclosure> read = read(Zips.fixtureWithDocument(d -> d.replace("<w:t>105.2</w:t></w:r>",
        "</w:r><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>105.2</w:t></w:r></mc:Choice>"
            + "<mc:Choice Requires=\"w15\"><w:r><w:t>105.2</w:t></w:r></mc:Choice>"
            + "<mc:Fallback><w:r><w:t>105.2</w:t></w:r></mc:Fallback></mc:AlternateContent>")));
    assertThat(read.value()).isEqualTo(SAMPLE);
    List<ReadWarning> warnings = new ArrayList<>();
    assertThat(texts("<w:p><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<mc:Choice Requires=\"w\">" + run("", "A") + "</mc:Choice><mc:Choice Requires=\"w\">" + run("", "B") + "</mc:Choice>"
        + "<mc:Fallback>" + run("", "C") + "</mc:Fallback></mc:AlternateContent></w:p>", warnings)).containsExactly("A");
    assertThat(warnings).extracting(ReadWarning::getText).containsExactly("B", "C");
  }

  @Test
  void aSymbolFontCharacterIsItsUnicodeCharacter() {
    ReadResult<Disclosure> read = read(Zips.fixtureWithDocument(d -> d.replace("<w:t>≥</w:t>",
        "<w:sym w:font=\"Symbol\" w:char=\"F0B3\"/>")));
    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.warnings()).noneMatch(w -> w.getKind() == ReadWarning.Kind.AMBIGUOUS);
    List<ReadWarning> warnings = new ArrayList<>();
    assertThat(texts("<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0A3\"/><w:sym w:font=\"Symbol\" w:char=\"B1\"/>"
        + "<w:sym w:font=\"Symbol\" w:char=\"F061\"/><w:sym w:font=\"Times New Roman\" w:char=\"2265\"/></w:r></w:p>", warnings))
        .containsExactly("≤±α≥");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aSymbolWithoutAKnownCharacterIsAnAmbiguousWarning() {
    List<ReadWarning> warnings = new ArrayList<>();
    assertThat(texts("<w:p><w:r><w:t>得分</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>", warnings))
        .containsExactly("得分");
    assertThat(warnings).extracting(ReadWarning::getKind).containsExactly(ReadWarning.Kind.AMBIGUOUS);
    assertThat(warnings.get(0).getDetail()).contains("Wingdings");
  }

  @Test
  void privateUseTextInTheSymbolFontIsMapped() {
    List<ReadWarning> warnings = new ArrayList<>();
    String symbolRun = "<w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr><w:t>\uF0B3</w:t></w:r>";
    assertThat(texts("<w:p>" + symbolRun + run("", "90%") + "</w:p>", warnings)).containsExactly("≥90%");
    assertThat(warnings).isEmpty();
    assertThat(texts("<w:p><w:r><w:t>\uF0B3</w:t></w:r></w:p>", warnings)).containsExactly("\uF0B3");
    assertThat(warnings).extracting(ReadWarning::getKind).containsExactly(ReadWarning.Kind.AMBIGUOUS);
  }

  @Test
  void aStrictReaderRefusesHiddenText() {
    byte[] docx = Zips.fixtureWithDocument(d -> d.replace("<w:t>105.2</w:t>",
        "<w:t>10</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>.</w:t></w:r><w:r><w:t>5.2</w:t>"));
    FormatException e = catchThrowableOfType(FormatException.class, () -> DocxTesting.FORMAT
        .reader(ReadOptions.builder().strict(true).build()).readDisclosure(new ByteArrayInputStream(docx)));
    assertThat(e.reason()).isEqualTo(Reason.UNPLACED_CONTENT);
    assertThat(e.location().getTable()).isPresent();
  }

  @Test
  void theSymbolTableHoldsTheMathSigns() {
    assertThat(SymbolFont.toUnicode(0xF0B3)).isEqualTo('≥');
    assertThat(SymbolFont.toUnicode(0xA3)).isEqualTo('≤');
    assertThat(SymbolFont.toUnicode(0xF0B9)).isEqualTo('≠');
    assertThat(SymbolFont.toUnicode(0xF0B4)).isEqualTo('×');
    assertThat(SymbolFont.toUnicode(0xF0D6)).isEqualTo('√');
    assertThat(SymbolFont.toUnicode(0xF0E5)).isEqualTo('∑');
    assertThat(SymbolFont.toUnicode(0xF07E)).isEqualTo('∼');
    assertThat(SymbolFont.toUnicode(0xF057)).isEqualTo('Ω');
    assertThat(SymbolFont.toUnicode(0xF0BE)).isEqualTo((char) 0);
    assertThat(SymbolFont.toUnicode(0x10)).isEqualTo((char) 0);
  }
}

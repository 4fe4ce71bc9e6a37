package io.github.jixiao.xlsx.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.layout.LayoutZoo;
import io.github.jixiao.testkit.layout.NoisyCase;
import io.github.jixiao.testkit.layout.ZooCase;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The layout zoo read back through Excel: documents generated in structurally different layouts,
 * rendered to .xlsx by the test renderer in a random spreadsheet style, read by the Excel reader
 * into exactly the generated document with no warning; noise lands in warnings and nowhere else.
 * The reader has never seen these layouts: this is the proof that it extracts what a person sees
 * and leaves the rest to the form reader.
 */
class LayoutZooProperties {
  private static final XlsxFormat EXCEL = new XlsxFormat();

  @Provide
  Arbitrary<ZooCase> zoo() {
    return LayoutZoo.cases();
  }

  @Provide
  Arbitrary<NoisyCase> noisy() {
    return LayoutZoo.noisyCases();
  }

  private static ReadResult<Disclosure> readAsExcel(ZooCase c, long styleSeed) {
    byte[] xlsx = LayoutXlsxRenderer.render(c.blocks(), LayoutXlsxRenderer.Style.random(new Random(styleSeed)));
    return EXCEL.reader(ReadOptions.defaults()).read(new ByteArrayInputStream(xlsx));
  }

  @Property
  void everyZooLayoutReadsExactlyThroughExcel(@ForAll("zoo") ZooCase c, @ForAll long styleSeed) {
    ReadResult<Disclosure> read = readAsExcel(c, styleSeed);
    String why = c.family() + " " + LayoutXlsxRenderer.Style.random(new Random(styleSeed)) + "\n" + c.layoutText();
    assertThat(read.warnings()).as(why).isEmpty();
    assertThat(read.value()).as(why).isEqualTo(c.expected());
  }

  /**
   * Titles, headings, year and unit lines, captions and footers written directly on their tables,
   * as rows of them (the random style does this half of the time; here always).
   */
  @Property(tries = 300)
  void linesDirectlyOnTheirTablesReadExactly(@ForAll("zoo") ZooCase c, @ForAll long styleSeed) {
    LayoutXlsxRenderer.Style s = LayoutXlsxRenderer.Style.random(new Random(styleSeed));
    LayoutXlsxRenderer.Style adjoined = new LayoutXlsxRenderer.Style(s.sharedStrings(), s.numbers(), s.explicitReferences(),
        s.firstColumn(), s.blankRows(), s.hiddenBlankRows(), s.hiddenColumn(), s.worksheets(), s.widenParagraphs(), true);
    byte[] xlsx = LayoutXlsxRenderer.render(c.blocks(), adjoined);
    ReadResult<Disclosure> read = EXCEL.reader(ReadOptions.defaults()).read(new ByteArrayInputStream(xlsx));
    String why = c.family() + " " + adjoined + "\n" + c.layoutText();
    assertThat(read.warnings()).as(why).isEmpty();
    assertThat(read.value()).as(why).isEqualTo(c.expected());
  }

  @Property
  void noiseLandsInWarningsNeverInAField(@ForAll("noisy") NoisyCase noisy, @ForAll long styleSeed) {
    ReadResult<Disclosure> read = readAsExcel(noisy.zooCase(), styleSeed);
    List<String> warned = read.warnings().stream().map(ReadWarning::getText).collect(Collectors.toList());
    String why = noisy.zooCase().family() + " " + LayoutXlsxRenderer.Style.random(new Random(styleSeed));
    assertThat(warned).as(why).containsExactlyInAnyOrderElementsOf(noisy.noiseTexts());
    assertThat(read.value()).as(why).isEqualTo(noisy.zooCase().expected());
  }
}

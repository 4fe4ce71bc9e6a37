package io.github.jixiao.docx.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.layout.LayoutZoo;
import io.github.jixiao.testkit.layout.NoisyCase;
import io.github.jixiao.testkit.layout.ZooCase;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The layout zoo read back: documents generated in structurally different layouts (where fields
 * sit, funding shapes, goal arrangements, indicator columns, captions and page splits, lists,
 * several sheets), rendered to .docx by the test renderer in a random word-processor style, read
 * by the Word reader into exactly the generated document with no warning; noise lands in warnings
 * and nowhere else; and what is read gets no finding from the catalogue.
 */
class LayoutZooProperties {
  private static final DocxFormat WORD = new DocxFormat();

  private Random random;

  @BeforeTry
  void seed() {
    random = new Random(17);
  }

  @Provide
  Arbitrary<ZooCase> zoo() {
    return LayoutZoo.cases();
  }

  @Provide
  Arbitrary<NoisyCase> noisy() {
    return LayoutZoo.noisyCases();
  }

  private ReadResult<Disclosure> readAsWord(ZooCase c, long styleSeed) {
    byte[] docx = LayoutDocxRenderer.render(c.blocks(), LayoutDocxRenderer.Style.random(new Random(styleSeed)));
    return WORD.reader(ReadOptions.defaults()).read(new ByteArrayInputStream(docx));
  }

  @Property
  void everyZooLayoutReadsExactlyThroughWord(@ForAll("zoo") ZooCase c, @ForAll long styleSeed) {
    ReadResult<Disclosure> read = readAsWord(c, styleSeed);
    assertThat(read.warnings()).as(c.family()).isEmpty();
    assertThat(read.value()).as(c.family()).isEqualTo(c.expected());
  }

  @Property
  void everyZooLayoutReadsExactlyFromTheLayout(@ForAll("zoo") ZooCase c) {
    ReadResult<Disclosure> read = FormReader.of(ReadOptions.defaults()).read(c.blocks());
    assertThat(read.warnings()).as(c.family()).isEmpty();
    assertThat(read.value()).as(c.family()).isEqualTo(c.expected());
  }

  @Property
  void noiseLandsInWarningsNeverInAField(@ForAll("noisy") NoisyCase noisy, @ForAll long styleSeed) {
    ReadResult<Disclosure> read = readAsWord(noisy.zooCase(), styleSeed);
    List<String> warned = read.warnings().stream().map(ReadWarning::getText).collect(Collectors.toList());
    assertThat(warned).as(noisy.zooCase().family()).containsExactlyInAnyOrderElementsOf(noisy.noiseTexts());
    assertThat(read.value()).as(noisy.zooCase().family()).isEqualTo(noisy.zooCase().expected());
  }

  @Property
  void aValidDocumentReadThroughAnyLayoutGetsNoFinding(@ForAll("zoo") ZooCase c) {
    Disclosure read = FormReader.of(ReadOptions.defaults()).read(c.blocks()).value();
    assertThat(RuleSet.catalogue().evaluate(read, Policy.defaults()).getFindings()).as(c.family()).isEmpty();
  }
}

package io.github.jixiao.docx.zoo;

import io.github.jixiao.docx.zoo.LayoutDocxRenderer.Style;
import io.github.jixiao.layout.LayoutBlock;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random layouts in every style: POI and the DOM read each cell's text, and the file is valid WordprocessingML. */
class LayoutDocxRendererProperties {

  // Each try also validates the document against the WordprocessingML schema, the slow part.
  @Property(tries = 150)
  void poiReadsTheLayoutsTextFromEveryCell(@ForAll("layouts") List<LayoutBlock> blocks, @ForAll("styles") Style style) {
    byte[] docx = LayoutDocxRenderer.render(blocks, style);
    LayoutDocxRendererTest.assertPoiMatches(docx, blocks);
    LayoutDocxRendererTest.assertDomMatches(LayoutDocxRendererTest.documentXml(docx), blocks);
    LayoutDocxRendererTest.assertSchemaValid(docx);
  }

  @Provide
  Arbitrary<Style> styles() {
    return Arbitraries.randomValue(Style::random);
  }

  @Provide
  Arbitrary<List<LayoutBlock>> layouts() {
    return Arbitraries.randomValue(LayoutDocxRendererTest::randomLayout);
  }
}

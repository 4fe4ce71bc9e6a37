package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.zoo.LayoutDocxRenderer;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.layout.LayoutZoo;
import io.github.jixiao.testkit.layout.ZooCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * A sample of the layout zoo, rendered by the test renderer (not our writer) and saved again by
 * LibreOffice, reads back into exactly the generated documents with no warning: the layouts hold up
 * in a real word processor's encoding of merges and runs. One try of four documents (one soffice
 * run); jqwik prints the seed of a failing run, and {@code -Djqwik.seeds.whenfixed=…} or the
 * property's {@code seed} repeats it. Skipped without LibreOffice unless {@code
 * JIXIAO_REQUIRE_LIBREOFFICE} is set.
 */
class LibreOfficeZooProperties {

  @Provide
  Arbitrary<ZooCase> zoo() {
    return LayoutZoo.cases();
  }

  @Property(tries = 1, shrinking = ShrinkingMode.OFF)
  void zooLayoutsReadBackAfterLibreOfficeSavesThem(@ForAll @Size(4) List<@net.jqwik.api.From("zoo") ZooCase> cases,
      @ForAll long styleSeed) throws Exception {
    String soffice = LibreOffice.sofficeOrNothingToTry();
    if (soffice == null) {
      return;
    }
    Path dir = Files.createTempDirectory("jixiao-lo-zoo");
    Random styles = new Random(styleSeed);
    List<String> files = new ArrayList<>();
    Path written = Files.createDirectories(dir.resolve("written"));
    for (int i = 0; i < cases.size(); i++) {
      Path file = written.resolve("zoo" + i + ".docx");
      LayoutDocxRenderer.Style style = LayoutDocxRenderer.Style.random(styles);
      // LibreOffice's import copies the text of a content control around a vertically merged cell
      // into every row of the merge (seen with 7.4): it would test LibreOffice, not us.
      style = new LayoutDocxRenderer.Style(style.splitRuns(), style.runProperties(), style.proofErrors(), style.bookmarks(),
          style.preserveSpace(), style.rsids(), false, style.legacyHMerge(), style.seed());
      Files.write(file, LayoutDocxRenderer.render(cases.get(i).blocks(), style));
      files.add(file.toString());
    }
    Path resaved = Files.createDirectories(dir.resolve("resaved"));
    LibreOffice.convert(soffice, dir, "docx:MS Word 2007 XML", resaved, files);
    for (int i = 0; i < cases.size(); i++) {
      ReadResult<Disclosure> back = new DocxFormat().reader(ReadOptions.defaults()).read(resaved.resolve("zoo" + i + ".docx"));
      assertThat(back.warnings()).as("case %d: %s", i, cases.get(i).family()).isEmpty();
      assertThat(back.value()).as("case %d: %s", i, cases.get(i).family()).isEqualTo(cases.get(i).expected());
    }
  }
}

package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import io.github.jixiao.testkit.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * The collection table (汇总表) as LibreOffice Calc saves it reads back the same: the sample and two
 * generated documents, written as collection tables, saved again as .xlsx by Calc (which rewrites
 * the merged project cells, the styles and the shared strings its own way). One try (one soffice
 * run). Nothing to try where Calc is not installed, unless {@code JIXIAO_REQUIRE_LIBREOFFICE} is set.
 */
class CollectionTableLibreOfficeProperties {

  @Provide
  Arbitrary<Disclosure> generated() {
    return JixiaoArbitraries.disclosures().map(CollectionTableProperties::collectable);
  }

  @Property(tries = 1, shrinking = ShrinkingMode.OFF)
  void calcSavesOurCollectionTablesBackTheSame(@ForAll @Size(2) List<@From("generated") Disclosure> generated) throws Exception {
    String soffice = LibreOffice.calcOrNothingToTry();
    if (soffice == null) {
      return;
    }
    Path dir = Files.createTempDirectory("jixiao-lo-collection");
    List<Disclosure> documents = new ArrayList<>();
    documents.add(SampleDocuments.huaiyuan2024());
    documents.addAll(generated);
    Path written = Files.createDirectories(dir.resolve("written"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Path file = written.resolve("collection" + i + ".xlsx");
      Files.write(file, CollectionTableTest.write(documents.get(i)));
      files.add(file.toString());
    }
    Path resaved = Files.createDirectories(dir.resolve("resaved"));
    LibreOffice.convert(soffice, dir, "xlsx:Calc MS Excel 2007 XML", resaved, files);
    for (int i = 0; i < documents.size(); i++) {
      var back = XlsxTesting.READER.read(resaved.resolve("collection" + i + ".xlsx"));
      assertThat(back.warnings()).as("warnings of collection table %d as saved by Calc", i).isEmpty();
      assertThat(back.value()).as("collection table %d as saved by LibreOffice Calc", i).isEqualTo(documents.get(i));
    }
  }
}

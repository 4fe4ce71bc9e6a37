package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.JixiaoArbitraries;
import io.github.jixiao.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
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
 * A real spreadsheet application opens what we write: LibreOffice Calc converts our workbooks — the
 * sample and two generated ones — to PDF without error, and the .xlsx it saves from them reads back
 * to the same model. One try (one soffice run per target format). Nothing to try where LibreOffice
 * Calc is not installed, unless {@code JIXIAO_REQUIRE_LIBREOFFICE} is set (as CI does): then it fails.
 */
class LibreOfficeRoundTripProperties {

  @Provide
  Arbitrary<Disclosure> generated() {
    return JixiaoArbitraries.disclosures();
  }

  @Property(tries = 1, shrinking = ShrinkingMode.OFF)
  void calcOpensOurWorkbooksAndSavesThemBackTheSame(@ForAll @Size(2) List<@From("generated") Disclosure> generated)
      throws Exception {
    String soffice = LibreOffice.calcOrNothingToTry();
    if (soffice == null) {
      return;
    }
    Path dir = Files.createTempDirectory("jixiao-lo-xlsx");
    List<Disclosure> documents = new ArrayList<>();
    documents.add(SampleDocuments.huaiyuan2024());
    documents.addAll(generated);

    Path written = Files.createDirectories(dir.resolve("written"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Path file = written.resolve("book" + i + ".xlsx");
      Files.write(file, XlsxTesting.write(documents.get(i)));
      files.add(file.toString());
    }

    Path pdf = Files.createDirectories(dir.resolve("pdf"));
    LibreOffice.convert(soffice, dir, "pdf", pdf, files);
    Path resaved = Files.createDirectories(dir.resolve("resaved"));
    LibreOffice.convert(soffice, dir, "xlsx:Calc MS Excel 2007 XML", resaved, files);

    for (int i = 0; i < documents.size(); i++) {
      Path pdfFile = pdf.resolve("book" + i + ".pdf");
      assertThat(pdfFile).exists();
      byte[] head = Files.readAllBytes(pdfFile);
      assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
      Disclosure back = XlsxTesting.read(Files.readAllBytes(resaved.resolve("book" + i + ".xlsx")));
      assertThat(back).as("workbook %d as saved by LibreOffice Calc", i).isEqualTo(documents.get(i));
    }
  }
}

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The done-when of the PDF reader: the seed document, written by our Word writer and printed to PDF
 * by LibreOffice, reads back into exactly the document written, and validates with exactly the
 * findings of the Word original. Skipped without LibreOffice unless {@code
 * JIXIAO_REQUIRE_LIBREOFFICE} is set (as CI does): then it fails.
 */
class LibreOfficeSeedTest {

  @Test
  void theSeedPrintedToPdfReadsBackTheSameAndHasTheWordFindings() throws Exception {
    String soffice = LibreOffice.sofficeOrNothingToTry();
    Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
    Disclosure seed = SampleDocuments.huaiyuan2024();
    Path dir = Files.createTempDirectory("jixiao-pdf-seed");
    Path docx = dir.resolve("seed.docx");
    Files.write(docx, PdfTesting.docx(seed));
    LibreOffice.convert(soffice, dir, "pdf", dir, List.of(docx.toString()));
    byte[] pdf = Files.readAllBytes(dir.resolve("seed.pdf"));

    ReadResult<Disclosure> back = PdfTesting.read(pdf);

    String layout = PdfTesting.show(PdfTesting.layout(pdf));
    assertThat(back.warnings()).as("warnings; layout:\n%s", layout).extracting(ReadWarning::describe).isEmpty();
    assertThat(back.value()).as("layout:\n%s", layout).isEqualTo(seed);
    Disclosure word = PdfTesting.readDocx(Files.readAllBytes(docx));
    Report fromWord = RuleSet.catalogue().evaluate(word, Policy.defaults());
    Report fromPdf = RuleSet.catalogue().evaluate(back.value(), Policy.defaults());
    assertThat(fromPdf.getFindings()).isNotEmpty().isEqualTo(fromWord.getFindings());
  }
}

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The second producer: the seed document, written by our Excel writer (one worksheet per form, A4
 * portrait, one page wide) and printed to PDF by LibreOffice Calc, reads back into exactly the
 * document written, with no warning. Skipped without LibreOffice unless {@code
 * JIXIAO_REQUIRE_LIBREOFFICE} is set (as CI does): then it fails.
 */
class LibreOfficeCalcSeedTest {

  @Test
  void theSeedWrittenByTheExcelWriterAndPrintedByCalcReadsBackTheSame() throws Exception {
    String soffice = LibreOffice.sofficeOrNothingToTry();
    Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
    Disclosure seed = SampleDocuments.huaiyuan2024();
    Path dir = Files.createTempDirectory("jixiao-pdf-calc-seed");
    Path xlsx = dir.resolve("seed.xlsx");
    Files.write(xlsx, PdfTesting.xlsx(seed));
    LibreOffice.convert(soffice, dir, "pdf", dir, List.of(xlsx.toString()));
    byte[] pdf = Files.readAllBytes(dir.resolve("seed.pdf"));

    ReadResult<Disclosure> back = PdfTesting.read(pdf);

    String layout = PdfTesting.show(PdfTesting.layout(pdf));
    assertThat(back.warnings()).as("warnings; layout:\n%s", layout).extracting(ReadWarning::describe).isEmpty();
    assertThat(back.value()).as("layout:\n%s", layout).isEqualTo(seed);
  }
}

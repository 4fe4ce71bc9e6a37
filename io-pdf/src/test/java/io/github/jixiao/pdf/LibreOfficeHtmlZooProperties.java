package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.layout.LayoutZoo;
import io.github.jixiao.testkit.layout.ZooCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A sample of the layout zoo written as HTML tables and printed to PDF by LibreOffice — a producer
 * other than our Word writer, so that the reader is not tuned to one — reads back into exactly the
 * generated documents. One try of several documents (one soffice run: each conversion costs
 * seconds); jqwik prints the seed of a failing try. Nothing to try without LibreOffice unless
 * {@code JIXIAO_REQUIRE_LIBREOFFICE} is set: then it fails.
 */
@Disabled("with the LibreOffice that .ci/run installs (Writer and Calc, Debian), the HTML export leaves the page's first "
    + "paragraph out of the text layer — PDFBox's own text extraction finds nothing there either — so every draw fails on the "
    + "document title; the producer needs another rendering of that paragraph (docs/pdf.md)")
class LibreOfficeHtmlZooProperties {

  @Provide
  Arbitrary<ZooCase> zoo() {
    return LayoutZoo.cases();
  }

  @Property(tries = 1)
  void zooLayoutsPrintedFromHtmlReadBack(@ForAll @Size(6) List<@From("zoo") ZooCase> cases) throws Exception {
    readBack(cases);
  }

  private static void readBack(List<ZooCase> cases) throws Exception {
    String soffice = LibreOffice.sofficeOrNothingToTry();
    if (soffice == null) {
      return;
    }
    Path dir = Files.createTempDirectory("jixiao-pdf-html");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Path file = dir.resolve("zoo" + i + ".html");
      Files.writeString(file, HtmlRenderer.render(cases.get(i).blocks()), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    LibreOffice.convert(soffice, dir, "pdf:writer_web_pdf_Export", dir, files);
    for (int i = 0; i < cases.size(); i++) {
      byte[] pdf = Files.readAllBytes(dir.resolve("zoo" + i + ".pdf"));
      ReadResult<Disclosure> back = PdfTesting.read(pdf);
      String why = cases.get(i) + "\nread as:\n" + PdfTesting.show(PdfTesting.layout(pdf));
      assertThat(back.warnings()).as("case %d: %s", i, why).isEmpty();
      assertThat(back.value()).as("case %d: %s", i, why).isEqualTo(cases.get(i).expected());
    }
  }
}

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.layout.LayoutBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile PDFs, refused by the limits with their reasons — and, in the surefire execution {@code
 * small-heap}, in a 64 MB JVM: a compression bomb in a content stream (alone and in a filter
 * array), a cyclic page tree, a page tree nested without end, a cross-reference table announcing
 * millions of objects, 10 000 pages.
 */
class PdfHostileTest {
  private static FormatException refusal(byte[] pdf, ReadOptions options) {
    try {
      new PdfFormat().reader(options).readDisclosure(new ByteArrayInputStream(pdf));
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("read without an error");
  }

  private static FormatException refusal(byte[] pdf) {
    return refusal(pdf, ReadOptions.defaults());
  }

  /** 256 MiB of spaces, deflated to a few hundred kilobytes. */
  private static byte[] bomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      for (int i = 0; i < 256; i++) {
        z.write(spaces);
      }
    }
    return out.toByteArray();
  }

  private static byte[] onePage(byte[] contentStream) {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
    pdf.add(contentStream);
    return pdf.bytes();
  }

  @Test
  void aCompressionBombInAContentStreamIsRefusedUninflated() throws Exception {
    byte[] bomb = bomb();
    for (String filter : new String[] {"/FlateDecode", "[/FlateDecode]"}) {
      FormatException e = refusal(onePage(RawPdf.stream("/Filter " + filter, bomb)));
      assertThat(e.reason()).as(filter).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.location().getPage()).hasValue(1);
      assertThat(e.detail()).contains("PdfReadOptions.maxStreamBytes");
    }
  }

  @Test
  void aCyclicPageTreeIsRefused() {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");
    FormatException e = refusal(pdf.bytes());
    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    assertThat(e.detail()).contains("cycle");
  }

  @Test
  void aPageTreeNestedBeyondTheLimitIsRefused() {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    int depth = 100;
    for (int i = 0; i < depth; i++) {
      pdf.add("<< /Type /Pages /Kids [" + (i + 3) + " 0 R] /Count 1 >>");
    }
    pdf.add("<< /Type /Page /MediaBox [0 0 595 842] >>");
    FormatException e = refusal(pdf.bytes());
    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.detail()).contains("PdfReadOptions.maxPageTreeDepth");
  }

  @Test
  void aCrossReferenceTableAnnouncingMillionsOfObjectsIsRefusedBeforeItIsBuilt() {
    byte[] honest = onePage(RawPdf.stream("", "BT ET".getBytes(StandardCharsets.US_ASCII)));
    String text = new String(honest, StandardCharsets.ISO_8859_1);
    // the same file with a subsection that claims 50 million entries, and a trailer that agrees
    byte[] lying = text.replace("xref\n0 5\n", "xref\n0 50000000\n").replace("/Size 5", "/Size 50000000")
        .getBytes(StandardCharsets.ISO_8859_1);
    FormatException e = refusal(lying);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("50000000 objects").contains("PdfReadOptions.maxObjects");
  }

  private static byte[] pages(int count) {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    int tree = pdf.add("");
    int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    int content = pdf.add(RawPdf.stream("", "BT /F1 10 Tf 50 700 Td (page) Tj ET".getBytes(StandardCharsets.US_ASCII)));
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int page = pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + font
          + " 0 R >> >> /Contents " + content + " 0 R >>");
      kids.append(page).append(" 0 R ");
    }
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
    return pdf.bytes();
  }

  @Test
  void tenThousandPagesAreRefusedByThePageLimit() {
    FormatException e = refusal(pages(10_000));
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.detail()).contains("more than 2000 pages");
  }

  @Test
  void tenThousandPagesReadInASmallHeapWhenTheLimitAllowsThem() {
    ReadOptions options = ReadOptions.builder().with(PdfReadOptions.builder().maxPages(10_000).build()).build();
    List<LayoutBlock> blocks = new PdfDocumentReader(options).layout(pages(10_000), w -> { });
    assertThat(blocks).hasSize(10_000);
  }
}

package io.github.jixiao.pdf;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * PDF 格式 (the PDF format): id {@code pdf}, extension {@code pdf}, reading only. The reader finds
 * the ruled tables of each page from their ruling lines and the paragraphs between them (Apache
 * PDFBox 3), joins tables that run over pages, leaves out page headers, footers and page numbers,
 * and hands the layout to the format-neutral form reader, which finds the fields by their labels.
 * Found through {@link java.util.ServiceLoader}, or create it directly.
 *
 * <p>Its own limits are a {@link PdfReadOptions} carried in the {@link ReadOptions}. PDF is written
 * by word processors, not here: {@link #writer(WriteOptions)} is not supported.
 */
public final class PdfFormat implements FormatProvider {
  /** The media type of PDF files. */
  public static final String MEDIA_TYPE = "application/pdf";

  private static final Set<Capability> CAPABILITIES =
      Collections.unmodifiableSet(EnumSet.of(Capability.READ_DISCLOSURE, Capability.READ_ITEMS, Capability.READ_ITEM));

  /** Creates the format; it holds no state. */
  public PdfFormat() {}

  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public List<String> extensions() {
    return List.of("pdf");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of(MEDIA_TYPE);
  }

  /** Reading only: disclosures, batches of items (the sheets of one file) and single items. */
  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /** The PDF header {@code %PDF-} at the start. */
  @Override
  public boolean matches(byte[] head) {
    return head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-';
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new PdfDocumentReader(options);
  }

  /**
   * Not supported: PDF is read, never written.
   *
   * @throws UnsupportedOperationException always (the capabilities hold no writing)
   */
  @Override
  public DocumentWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    throw new UnsupportedOperationException("the pdf format reads only; write docx and print it to PDF");
  }
}

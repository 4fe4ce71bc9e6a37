package io.github.jixiao.docx;

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
 * Word 格式 (the Word format): id {@code docx}, extension {@code docx}. The reader streams the zip
 * and {@code word/document.xml} (no POI, no DOM) and finds the fields of the form by their labels,
 * so documents from Word, WPS, LibreOffice or generators read alike; the writer (Apache POI)
 * produces the standard form. Found through {@link java.util.ServiceLoader}, or create it directly.
 *
 * <p>A .docx holds a disclosure; read as a batch, its sheets are the items, and a batch written is
 * a document of sheets. The reader's own limits (zip, cells) are a {@link DocxReadOptions} carried
 * in the {@link ReadOptions}; the writer's document properties (creator, title, dates) are a
 * {@link DocxWriteOptions} carried in the {@link WriteOptions}.
 */
public final class DocxFormat implements FormatProvider {
  /** The media type of .docx files. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

  /** Creates the format; it holds no state. */
  public DocxFormat() {}

  @Override
  public String id() {
    return "docx";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of(MEDIA_TYPE);
  }

  /**
   * Everything: disclosures, batches of items (the sheets of one document) and single items (a
   * document of one sheet), read and written.
   */
  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /** A zip archive (the first bytes of every .docx, but also of .xlsx and .zip: check the extension too). */
  @Override
  public boolean matches(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new DocxDocumentReader(options);
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return new DocxDocumentWriter(options);
  }
}

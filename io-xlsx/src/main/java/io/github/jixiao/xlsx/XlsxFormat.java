package io.github.jixiao.xlsx;

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
 * Excel 格式 (the Excel format): id {@code xlsx}, extensions {@code xlsx} and {@code xlsm}. The
 * reader streams the zip and the worksheet XML (no workbook object model), takes every cell as a
 * person sees it and hands each worksheet's layout to the shared form reader, so workbooks exported
 * by budget systems, filled in by hand or saved by WPS or LibreOffice read alike; macros are never
 * run and external links never followed. The writer (Apache POI) produces the standard form with
 * the Word writer's look, and refuses what would not read back the same. Found through {@link java.util.ServiceLoader}, or create it
 * directly.
 *
 * <p>The reader's own limits (zip, shared strings, cells, rows) are an {@link XlsxReadOptions}
 * carried in the {@link ReadOptions}.
 */
public final class XlsxFormat implements FormatProvider {
  /** The media type of .xlsx files. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

  /** Creates the format; it holds no state. */
  public XlsxFormat() {}

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public List<String> extensions() {
    return List.of("xlsx", "xlsm");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of(MEDIA_TYPE, "application/vnd.ms-excel.sheet.macroEnabled.12");
  }

  /**
   * Everything: disclosures, batches of items (the sheets of one workbook) and single items (a
   * workbook of one sheet), read and written.
   */
  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /** A zip archive (the first bytes of every .xlsx, but also of .docx and .zip: check the extension too). */
  @Override
  public boolean matches(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new XlsxDocumentReader(options);
  }

  /** The standard form as a workbook: the list on a front worksheet, one worksheet per target sheet. */
  @Override
  public DocumentWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return new XlsxDocumentWriter(options);
  }
}

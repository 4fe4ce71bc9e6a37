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
 * Excel 格式 (the Excel format): id {@code xlsx}, extensions {@code xlsx}, {@code xlsm} and
 * {@code xls} (legacy BIFF8 workbooks, read only, through POI's HSSF event API). The
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
  private static final Set<Capability> READ_ONLY = Collections.unmodifiableSet(
      EnumSet.of(Capability.READ_DISCLOSURE, Capability.READ_ITEMS, Capability.READ_ITEM));

  /** Creates the format; it holds no state. */
  public XlsxFormat() {}

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public List<String> extensions() {
    return List.of("xlsx", "xlsm", "xls");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of(MEDIA_TYPE, "application/vnd.ms-excel.sheet.macroEnabled.12", "application/vnd.ms-excel");
  }

  /**
   * Everything: disclosures, batches of items (the sheets of one workbook) and single items (a
   * workbook of one sheet), read and written.
   */
  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /**
   * Reading only for legacy .xls workbooks (the writer writes .xlsx); everything for .xlsx and .xlsm.
   *
   * @param extension a file extension, with or without its dot
   * @return what the format does with files of that extension; empty for other extensions
   */
  @Override
  public Set<Capability> capabilities(String extension) {
    String ext = Objects.requireNonNull(extension, "extension").toLowerCase(java.util.Locale.ROOT).replaceFirst("^\\.", "");
    if (ext.equals("xls")) {
      return READ_ONLY;
    }
    return extensions().contains(ext) ? capabilities() : Set.of();
  }

  /**
   * A zip archive (the first bytes of every .xlsx, but also of .docx and .zip: check the extension
   * too), or an OLE2 compound file (a legacy .xls, but also .doc and encrypted workbooks).
   */
  @Override
  public boolean matches(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 || XlsxZip.isCompound(head);
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new XlsxDocumentReader(options);
  }

  /**
   * The standard form as a workbook (the list on a front worksheet, one worksheet per target sheet),
   * or the collection table when the options carry {@link XlsxWriteOptions} asking for it.
   */
  @Override
  public DocumentWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return new XlsxDocumentWriter(options);
  }
}

package io.github.jixiao.docx;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.ZipBytes;

/**
 * The zip of a .docx, read through its central directory with the zip limits of the reader's
 * {@link DocxReadOptions}; the checks are the shared {@link OfficeZip}'s.
 */
final class DocxZip extends OfficeZip {
  /** The usual main part; the one read is the one the package relationships name. */
  static final String DOCUMENT = "word/document.xml";

  DocxZip(ZipBytes bytes, ReadOptions options) {
    super(bytes, DocxReadOptions.of(options).officeLimits().zip(), "a Word .docx file");
  }
}

package io.github.jixiao.xlsx;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.ItemReaders;
import io.github.jixiao.internal.ZipBytes;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads .xlsx files with the limits of one {@link ReadOptions} and the {@link XlsxReadOptions} it
 * carries: the zip (through its central directory), the package relationships (to the workbook and
 * its worksheets) and the worksheet XML give the layout, the {@link FormReader} makes the model of it. A file is read in
 * place; a stream is held in memory up to {@link ReadOptions#getMaxDocumentBytes()}, because a zip
 * is read from its end. Thread-safe, holds no state.
 */
final class XlsxDocumentReader implements DocumentReader {
  /** The usual workbook part, for the location of failures outside any part. */
  static final String WORKBOOK = "xl/workbook.xml";

  private final ReadOptions options;
  private final FormReader form;

  XlsxDocumentReader(ReadOptions options) {
    this.options = options;
    this.form = FormReader.of(options);
  }

  @Override
  public Disclosure readDisclosure(InputStream in) {
    return readDisclosure(in, warning -> { });
  }

  @Override
  public Disclosure readDisclosure(InputStream in, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    return read(ZipBytes.of(in, options.getMaxDocumentBytes()), warnings);
  }

  /** Reads the file in place, without copying it into memory. */
  @Override
  public Disclosure readDisclosure(Path file, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    try {
      return read(ZipBytes.of(file, options.getMaxDocumentBytes()), warnings);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    }
  }

  private Disclosure read(ZipBytes bytes, Consumer<? super ReadWarning> warnings) {
    if (XlsxZip.isCompound(bytes)) { // a legacy .xls, or an encrypted workbook
      try {
        return form.read(XlsLayout.blocks(bytes, options, warnings), warnings);
      } catch (FormatException e) {
        throw e;
      } catch (RuntimeException e) {
        throw unexpected(e);
      } finally {
        bytes.close();
      }
    }
    try (XlsxZip zip = new XlsxZip(bytes, options)) {
      return form.read(new XlsxLayout(zip, options, warnings), warnings);
    } catch (FormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unexpected(e);
    } finally {
      bytes.close();
    }
  }

  @Override
  public BudgetItem readItem(InputStream in) {
    Disclosure d = readDisclosure(in);
    if (d.getItems().size() != 1) {
      throw new FormatException(Reason.UNEXPECTED_LAYOUT, FormatLocation.builder().entry(WORKBOOK).build(),
          "expected one target sheet, found " + d.getItems().size() + "; read it as a disclosure or a batch");
    }
    return d.getItems().get(0);
  }

  @Override
  public ItemReader readItems(InputStream in) {
    return readItems(in, warning -> { });
  }

  @Override
  public ItemReader readItems(InputStream in, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    XlsxZip zip = null;
    Iterator<LayoutBlock> layout;
    try {
      ZipBytes bytes = ZipBytes.of(in, options.getMaxDocumentBytes());
      if (XlsxZip.isCompound(bytes)) {
        layout = XlsLayout.blocks(bytes, options, warnings);
      } else {
        zip = new XlsxZip(bytes, options);
        layout = new XlsxLayout(zip, options, warnings);
      }
    } catch (RuntimeException e) {
      if (zip != null) {
        zip.close();
      }
      close(in);
      throw e instanceof FormatException ? (FormatException) e : unexpected(e);
    }
    XlsxZip opened = zip;
    return ItemReaders.of(form.items(layout, warnings), () -> {
      if (opened != null) {
        opened.close();
      }
      close(in);
    }, XlsxDocumentReader::unexpected);
  }

  /**
   * A failure of ours the checks did not foresee: still a FormatException, with its cause, but
   * never a verdict such as MALFORMED that a test of hostile input could take for the intended one.
   */
  private static FormatException unexpected(RuntimeException e) {
    return new FormatException(Reason.READER_BUG, FormatLocation.builder().entry(WORKBOOK).build(),
        "the document could not be read because of a bug in the reader (please report it with the document): " + e, e);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to do with a source that fails to close
    }
  }
}

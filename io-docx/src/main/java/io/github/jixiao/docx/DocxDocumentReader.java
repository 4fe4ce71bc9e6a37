package io.github.jixiao.docx;

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
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads .docx files with the limits of one {@link ReadOptions} and the {@link DocxReadOptions} it
 * carries: the zip (through its central directory), the package relationships (to the main part)
 * and the XML give the layout, the {@link FormReader} makes the model of it. A file is read in
 * place; a stream is held in memory up to {@link ReadOptions#getMaxDocumentBytes()}, because a zip
 * is read from its end. Thread-safe, holds no state.
 */
final class DocxDocumentReader implements DocumentReader {
  private final ReadOptions options;
  private final FormReader form;

  DocxDocumentReader(ReadOptions options) {
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
    try (DocxZip zip = new DocxZip(bytes, options);
        WordXmlReader xml = new WordXmlReader(zip, OpcPackage.mainPart(zip, options), options, warnings)) {
      return form.read(new WordLayout(xml), warnings);
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
    return single(readDisclosure(in));
  }

  /** Reads the file in place, without copying it into memory. */
  @Override
  public BudgetItem readItem(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return single(readDisclosure(file));
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    }
  }

  /** The one sheet of a document read as an item. */
  private static BudgetItem single(Disclosure d) {
    if (d.getItems().size() != 1) {
      throw new FormatException(Reason.UNEXPECTED_LAYOUT, FormatLocation.builder().entry(DocxZip.DOCUMENT).build(),
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
    DocxZip zip = null;
    WordXmlReader xml;
    try {
      zip = new DocxZip(ZipBytes.of(in, options.getMaxDocumentBytes()), options);
      xml = new WordXmlReader(zip, OpcPackage.mainPart(zip, options), options, warnings);
    } catch (RuntimeException e) {
      if (zip != null) {
        zip.close();
      }
      close(in);
      throw e instanceof FormatException ? (FormatException) e : unexpected(e);
    }
    DocxZip opened = zip;
    return ItemReaders.of(form.items(new WordLayout(xml), warnings), () -> {
      xml.close();
      opened.close();
      close(in);
    }, DocxDocumentReader::unexpected);
  }

  /**
   * A failure of ours the checks did not foresee: still a FormatException, with its cause, but
   * never a verdict such as MALFORMED that a test of hostile input could take for the intended one.
   */
  private static FormatException unexpected(RuntimeException e) {
    return new FormatException(Reason.READER_BUG, FormatLocation.builder().entry(DocxZip.DOCUMENT).build(),
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

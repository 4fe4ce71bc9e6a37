package io.github.jixiao.pdf;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.ItemReaders;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads PDF files with the limits of one {@link ReadOptions} and the {@link PdfReadOptions} it
 * carries: the file is held in memory (it is read from its end), opened and checked ({@link
 * PdfSource}), its pages scanned ({@link PageScanner}) and laid out ({@link PdfLayout}); the
 * {@link FormReader} makes the model of the layout. Thread-safe, holds no state.
 */
final class PdfDocumentReader implements DocumentReader {
  private final ReadOptions options;
  private final PdfReadOptions limits;
  private final FormReader form;

  PdfDocumentReader(ReadOptions options) {
    this.options = options;
    this.limits = PdfReadOptions.of(options);
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
    List<LayoutBlock> blocks = layout(PdfSource.bytes(in, options.getMaxDocumentBytes()), warnings);
    return form.read(blocks.iterator(), warnings);
  }

  @Override
  public Disclosure readDisclosure(Path file, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(warnings, "warnings");
    try (InputStream in = Files.newInputStream(file)) {
      return readDisclosure(in, warnings);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(),
          "cannot read: " + e, e);
    }
  }

  @Override
  public BudgetItem readItem(InputStream in) {
    Disclosure d = readDisclosure(in);
    if (d.getItems().size() != 1) {
      throw new FormatException(Reason.UNEXPECTED_LAYOUT, FormatLocation.unknown(),
          "expected one target sheet, found " + d.getItems().size() + "; read it as a disclosure or a batch");
    }
    return d.getItems().get(0);
  }

  @Override
  public ItemReader readItems(InputStream in) {
    return readItems(in, warning -> { });
  }

  /** The sheets one by one; the pages are laid out first (their memory is bounded by the limits). */
  @Override
  public ItemReader readItems(InputStream in, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(warnings, "warnings");
    List<LayoutBlock> blocks;
    try {
      blocks = layout(PdfSource.bytes(in, options.getMaxDocumentBytes()), warnings);
    } finally {
      close(in);
    }
    // the file was read whole and closed: closing the reader has nothing more to close
    return ItemReaders.of(form.items(blocks.iterator(), warnings), () -> { }, Failures::bug);
  }

  /** The layout of a PDF's bytes; every failure a FormatException. */
  List<LayoutBlock> layout(byte[] pdf, Consumer<? super ReadWarning> warnings) {
    PDDocument doc = PdfSource.open(pdf, limits);
    try {
      PdfSource.pages(doc, limits);
      List<PageContent> pages = new ArrayList<>();
      new PageScanner(limits, pages::add).scan(doc);
      return PdfLayout.of(pages, warnings);
    } catch (FormatException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      throw new FormatException(Reason.MALFORMED, FormatLocation.unknown(), "the PDF cannot be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw Failures.bug(e);
    } catch (StackOverflowError e) {
      throw Failures.of(Reason.TOO_DEEP, "the PDF nests its objects too deeply to be read");
    } finally {
      PdfSource.close(doc);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to do with a source that fails to close
    }
  }
}

package io.github.jixiao.format;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 文件写出器 (document writer) of one format, with its {@link WriteOptions}. Writers are
 * thread-safe; the methods taking a stream do not close it, except {@link
 * #openItems(OutputStream)}'s writer when closed. I/O failures of the output are {@link
 * UncheckedIOException}s; a {@code null} argument fails with a {@link NullPointerException} naming
 * the parameter. A value the format cannot write so that it reads back the same is refused with a
 * {@link FormatException} ({@code INVALID_VALUE}) whose location is the JSON Pointer of the field;
 * any other failure inside the writer (of a library it writes with) is a {@link FormatException}
 * too ({@code WRITER_BUG}), never that library's own exception.
 */
public interface DocumentWriter {
  /**
   * Writes a whole disclosure.
   *
   * @param disclosure the disclosure
   * @param out the output
   */
  void writeDisclosure(Disclosure disclosure, OutputStream out);

  /**
   * Writes a single budget item.
   *
   * @param item the item
   * @param out the output
   */
  void writeItem(BudgetItem item, OutputStream out);

  /**
   * Starts a batch of items, written one at a time.
   *
   * @param out the output; closed when the returned writer is closed
   * @return the item writer
   */
  ItemWriter openItems(OutputStream out);

  /**
   * Writes a whole disclosure to a file, replacing it.
   *
   * @param disclosure the disclosure
   * @param file the file
   */
  default void writeDisclosure(Disclosure disclosure, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeDisclosure(disclosure, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

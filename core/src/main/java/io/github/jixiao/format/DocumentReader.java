package io.github.jixiao.format;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 文件读取器 (document reader) of one format, with the limits of its {@link ReadOptions}. Every
 * failure is a {@link FormatException} saying where and why. Readers are thread-safe; the methods
 * taking a stream do not close it, except {@link #readItems(InputStream)}'s reader when closed.
 */
public interface DocumentReader {
  /**
   * Reads a whole disclosure.
   *
   * @param in the input
   * @return the disclosure
   * @throws FormatException if the input cannot be read
   */
  Disclosure readDisclosure(InputStream in);

  /**
   * Reads a single budget item.
   *
   * @param in the input
   * @return the item
   * @throws FormatException if the input cannot be read
   */
  BudgetItem readItem(InputStream in);

  /**
   * Reads a batch of budget items one at a time.
   *
   * @param in the input; closed when the returned reader is closed
   * @return the items, read lazily
   * @throws FormatException if the batch cannot be started
   */
  ItemReader readItems(InputStream in);

  /**
   * Reads a whole disclosure from a file.
   *
   * @param file the file
   * @return the disclosure
   * @throws FormatException if the file cannot be read; its location names the file
   */
  default Disclosure readDisclosure(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDisclosure(in);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    } catch (IOException e) {
      throw new FormatException(
          FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(), "cannot read: " + e, e);
    }
  }
}

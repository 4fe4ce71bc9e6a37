package io.github.jixiao.format;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * 文件读取器 (document reader) of one format, with the limits of its {@link ReadOptions}. Every
 * failure is a {@link FormatException} saying where and why. Readers are thread-safe; the methods
 * taking a stream never close it, and {@link #readItems(InputStream)}'s reader closes only what it
 * opened itself.
 *
 * <p>Content a reader cannot place in the model (a row of a template it does not fully understand)
 * is reported as {@link ReadWarning}s: {@link #read(InputStream)} returns them with the document,
 * the methods taking a {@code Consumer} hand them over as they are found (usable while
 * streaming), and a {@linkplain ReadOptions#isStrict() strict} reader fails instead. The methods
 * without either discard them.
 *
 * <p>A {@code null} argument is a programming error, not unreadable input: it fails with a {@link
 * NullPointerException} naming the parameter, not a {@link FormatException}.
 */
public interface DocumentReader {
  /**
   * Reads a whole disclosure, handing each warning to a listener as it is found.
   *
   * @param in the input
   * @param warnings receives the warnings in document order
   * @return the disclosure
   * @throws FormatException if the input cannot be read
   */
  default Disclosure readDisclosure(InputStream in, Consumer<? super ReadWarning> warnings) {
    return readDisclosure(in);
  }

  /**
   * Reads a whole disclosure with its warnings.
   *
   * @param in the input
   * @return the disclosure and what could not be placed in it
   * @throws FormatException if the input cannot be read
   */
  default ReadResult<Disclosure> read(InputStream in) {
    List<ReadWarning> warnings = new ArrayList<>();
    Disclosure d = readDisclosure(in, warnings::add);
    return ReadResult.of(d, warnings);
  }

  /**
   * Reads a whole disclosure from a file, with its warnings.
   *
   * @param file the file
   * @return the disclosure and what could not be placed in it
   * @throws FormatException if the file cannot be read; its location names the file
   */
  default ReadResult<Disclosure> read(Path file) {
    List<ReadWarning> warnings = new ArrayList<>();
    Disclosure d = readDisclosure(file, warnings::add);
    return ReadResult.of(d, warnings);
  }

  /**
   * Reads a batch of budget items one at a time, handing each warning to a listener as it is found.
   *
   * @param in the input; closed when the returned reader is closed
   * @param warnings receives the warnings in document order
   * @return the items, read lazily
   * @throws FormatException if the batch cannot be started
   */
  default ItemReader readItems(InputStream in, Consumer<? super ReadWarning> warnings) {
    return readItems(in);
  }

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
    return readDisclosure(file, warning -> { });
  }

  /**
   * Reads a single budget item from a file: a file of the format that holds one item (a JSON
   * item, a Word document of one sheet).
   *
   * @param file the file
   * @return the item
   * @throws FormatException if the file cannot be read, or holds no item or more than one; its
   *     location names the file
   */
  default BudgetItem readItem(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readItem(in);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    } catch (IOException e) {
      throw new FormatException(
          FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(), "cannot read: " + e, e);
    }
  }

  /**
   * Reads a whole disclosure from a file, handing each warning to a listener as it is found.
   *
   * @param file the file
   * @param warnings receives the warnings in document order
   * @return the disclosure
   * @throws FormatException if the file cannot be read; its location names the file
   */
  default Disclosure readDisclosure(Path file, Consumer<? super ReadWarning> warnings) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDisclosure(in, warnings);
    } catch (FormatException e) {
      throw e.withSource(file.toString());
    } catch (IOException e) {
      throw new FormatException(
          FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(), "cannot read: " + e, e);
    }
  }
}

package io.github.jixiao.format;

import java.io.InputStream;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * 格式提供者 (format provider): one document format — its id, file extensions and media types, how
 * to recognise it from its first bytes, what it can read and write ({@link Capability}), and
 * factories for its reader and writer. Found through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/io.github.jixiao.format.FormatProvider}) or registered by hand in a {@link
 * FormatRegistry}.
 *
 * <p>A format's own settings are a {@link FormatReadOptions} and a {@link FormatWriteOptions}
 * class of its module, which callers pass inside the {@link ReadOptions} and {@link WriteOptions}
 * that {@link #reader(ReadOptions)} and {@link #writer(WriteOptions)} take.
 *
 * <p>What the command line needs of a format is here: a module that puts a provider on the
 * class path is read by {@code jixiao validate} and read and written by {@code jixiao convert}
 * by its extensions and capabilities, with no change to the tool.
 */
public interface FormatProvider {
  /**
   * The stable id, such as {@code json} or {@code docx}.
   *
   * @return the id
   */
  String id();

  /**
   * File extensions without the dot, lower case, such as {@code json}, {@code jsonl}.
   *
   * @return the extensions
   */
  List<String> extensions();

  /**
   * Media types, such as {@code application/json}.
   *
   * @return the media types
   */
  List<String> mediaTypes();

  /**
   * Whether the first bytes of an input look like this format.
   *
   * @param head the first bytes (up to {@link FormatRegistry#SNIFF_BYTES}; fewer for short input)
   * @return true when the input is probably this format
   */
  boolean matches(byte[] head);

  /**
   * What the format can read and write, in any of its file types.
   *
   * <p>By default every capability, as the {@link DocumentReader} and {@link DocumentWriter}
   * interfaces oblige; a format that cannot do all (a read-only format, one without batches)
   * says less.
   *
   * @return the capabilities, unmodifiable
   */
  default Set<Capability> capabilities() {
    return Collections.unmodifiableSet(EnumSet.allOf(Capability.class));
  }

  /**
   * What the format can read and write in files with one extension; a format whose file types
   * differ (JSON: {@code .jsonl} holds only a batch of items, one a line) says so here.
   *
   * <p>By default {@link #capabilities()} for each of the format's {@link #extensions()}, none
   * for any other extension.
   *
   * @param extension with or without the dot, any case, such as {@code jsonl}
   * @return the capabilities, empty when the format does not claim the extension; unmodifiable
   * @throws NullPointerException if {@code extension} is null
   */
  default Set<Capability> capabilities(String extension) {
    String ext = Objects.requireNonNull(extension, "extension").toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
    return extensions().contains(ext) ? capabilities() : Set.of();
  }

  /**
   * Whether an input of this format holds a whole disclosure, rather than a batch of items or a
   * single item: tells a tool which of {@link DocumentReader#readDisclosure(InputStream)} and
   * {@link DocumentReader#readItems(InputStream)} to call.
   *
   * <p>By default whether the format {@linkplain Capability#READ_DISCLOSURE reads disclosures};
   * a format whose files hold either (JSON) looks at the input.
   *
   * @param in the input from its start; the format reads as far as it needs and does not close it
   * @return true for a disclosure
   * @throws FormatException if the input cannot be read
   */
  default boolean holdsDisclosure(InputStream in) {
    return capabilities().contains(Capability.READ_DISCLOSURE);
  }

  /**
   * A reader with the given options.
   *
   * @param options limits and leniency
   * @return the reader
   */
  DocumentReader reader(ReadOptions options);

  /**
   * A writer with the given options.
   *
   * @param options layout choices
   * @return the writer
   */
  DocumentWriter writer(WriteOptions options);

  /**
   * A writer for files with one extension: it writes what the extension names where a format has
   * more than one file type (JSON: one item a line for {@code jsonl}, one array for {@code json}),
   * unless the options carry the format's own settings, which win.
   *
   * <p>By default {@link #writer(WriteOptions)}.
   *
   * @param options layout choices
   * @param extension with or without the dot, any case, such as {@code jsonl}
   * @return the writer
   */
  default DocumentWriter writer(WriteOptions options, String extension) {
    return writer(options);
  }
}

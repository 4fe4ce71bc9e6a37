package io.github.jixiao.format;

import java.util.List;

/**
 * 格式提供者 (format provider): one document format — its id, file extensions and media types, how
 * to recognise it from its first bytes, and factories for its reader and writer. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.jixiao.format.FormatProvider})
 * or registered by hand in a {@link FormatRegistry}.
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
}

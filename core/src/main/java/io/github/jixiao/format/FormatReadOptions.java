package io.github.jixiao.format;

import java.io.Serializable;

/**
 * 格式读取选项 (format read options): the settings only one format's reader has, such as the zip
 * limits of the Word reader, carried in {@link ReadOptions} next to the limits every reader has.
 *
 * <p>A format defines one immutable, serializable class of them and its readers look it up with
 * {@link ReadOptions#find(Class)}, using the class's defaults when the options carry none:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder()
 *     .maxDocumentBytes(8L << 20)
 *     .with(DocxReadOptions.builder().maxZipEntries(200).build())
 *     .build();
 * DocxReadOptions word = options.find(DocxReadOptions.class).orElse(DocxReadOptions.defaults());
 * }</pre>
 *
 * <p>Readers of other formats ignore them, so one {@code ReadOptions} can carry the settings of
 * every format an application reads.
 */
public interface FormatReadOptions extends Serializable {
  /**
   * The class these settings are carried and looked up under: the format's public options class
   * (such as {@code DocxReadOptions.class}), of which this object is an instance.
   *
   * @return the class
   */
  Class<? extends FormatReadOptions> optionsType();
}

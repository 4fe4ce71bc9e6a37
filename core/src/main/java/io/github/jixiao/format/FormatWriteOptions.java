package io.github.jixiao.format;

import java.io.Serializable;

/**
 * 格式写出选项 (format write options): the settings only one format's writer has, such as how the
 * JSON writer lays out a batch, carried in {@link WriteOptions} next to the settings every writer
 * has.
 *
 * <p>A format defines one immutable, serializable class of them and its writers look it up with
 * {@link WriteOptions#find(Class)}, using the class's defaults when the options carry none:
 *
 * <pre>{@code
 * WriteOptions options = WriteOptions.builder()
 *     .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build())
 *     .build();
 * }</pre>
 *
 * <p>Writers of other formats ignore them, so one {@code WriteOptions} can carry the settings of
 * every format an application writes.
 */
public interface FormatWriteOptions extends Serializable {
  /**
   * The class these settings are carried and looked up under: the format's public options class
   * (such as {@code JsonWriteOptions.class}), of which this object is an instance.
   *
   * @return the class
   */
  Class<? extends FormatWriteOptions> optionsType();
}

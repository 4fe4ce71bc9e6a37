package io.github.jixiao.json;

import io.github.jixiao.format.FormatWriteOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import java.util.Objects;

/**
 * JSON 写出选项 (JSON write options): the settings only the JSON writer has — how a batch of items
 * is laid out, one item a line (JSON Lines) or one array — carried in the {@link WriteOptions} a
 * writer is made with; {@code pretty} stays there. A writer whose options carry none uses {@link
 * #defaults()}, except one made for a file extension ({@link JsonFormat#writer(WriteOptions,
 * String)}), which writes what the extension names.
 *
 * <pre>{@code
 * DocumentWriter arrays = new JsonFormat().writer(WriteOptions.builder()
 *     .with(JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build())
 *     .build());
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class JsonWriteOptions implements FormatWriteOptions {
  private static final long serialVersionUID = 1L;

  private static final JsonWriteOptions DEFAULTS = builder().build();

  /** @serial {@link #getBatchLayout()} */
  private final BatchLayout batchLayout;

  private JsonWriteOptions(Builder b) {
    this.batchLayout = b.batchLayout;
  }

  /** The layout of a batch of items. */
  public enum BatchLayout {
    /** One item per line (JSON Lines, {@code .jsonl}). */
    LINES,
    /** One array of items ({@code .json}). */
    ARRAY
  }

  /**
   * How a batch of items is written: one item a line, or one array.
   *
   * @return {@link BatchLayout#LINES} by default
   */
  public BatchLayout getBatchLayout() {
    return batchLayout;
  }

  /**
   * {@code JsonWriteOptions.class}: the JSON settings are carried and found under this class.
   *
   * @return {@code JsonWriteOptions.class}
   */
  @Override
  public Class<JsonWriteOptions> optionsType() {
    return JsonWriteOptions.class;
  }

  /**
   * The JSON settings that write options carry, or the defaults when they carry none.
   *
   * @param options the write options
   * @return the JSON settings
   */
  public static JsonWriteOptions of(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(JsonWriteOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static JsonWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A new builder, starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof JsonWriteOptions && batchLayout == ((JsonWriteOptions) o).batchLayout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(batchLayout);
  }

  @Override
  public String toString() {
    return "JsonWriteOptions{batchLayout=" + batchLayout + "}";
  }

  /** Builds {@link JsonWriteOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private BatchLayout batchLayout = BatchLayout.LINES;

    private Builder() {}

    /**
     * Copies every setting of other JSON settings.
     *
     * @param options the settings to copy
     * @return this builder
     */
    public Builder from(JsonWriteOptions options) {
      MissingValueException.require(options, "options");
      batchLayout = options.batchLayout;
      return this;
    }

    /**
     * Sets {@link JsonWriteOptions#getBatchLayout()}.
     *
     * @param batchLayout the layout
     * @return this builder
     * @throws MissingValueException if {@code batchLayout} is null
     */
    public Builder batchLayout(BatchLayout batchLayout) {
      this.batchLayout = MissingValueException.require(batchLayout, "batchLayout");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public JsonWriteOptions build() {
      return new JsonWriteOptions(this);
    }
  }
}

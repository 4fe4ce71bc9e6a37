package io.github.jixiao.json;

import io.github.jixiao.format.FormatWriteOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import java.util.Objects;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class JsonWriteOptions implements FormatWriteOptions {
  private static final long serialVersionUID = 1L;

  private static final JsonWriteOptions DEFAULTS = builder().build();

  JsonWriteOptions() {}

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
  @Value.Default
  public BatchLayout getBatchLayout() {
    return BatchLayout.LINES;
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

  /**
   * Builds {@link JsonWriteOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: {@code batchLayout(BatchLayout)} (throws {@link
   * MissingValueException} for null), {@code from(JsonWriteOptions)} (copies every setting) and
   * {@code build()}.
   */
  public static final class Builder extends ImmutableJsonWriteOptions.Builder {
    Builder() {}
  }
}

package io.github.jixiao.json;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.Limits;
import io.github.jixiao.model.ModelException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * JSON 读取选项 (JSON read options): the settings only the JSON reader has — the longest number
 * and whether unknown fields are skipped — carried in the {@link ReadOptions} a reader is made
 * with; the limits every reader has (document bytes, depth, string length) and {@code strict}
 * stay there. A reader whose options carry none uses {@link #defaults()}.
 *
 * <pre>{@code
 * DocumentReader lenient = new JsonFormat().reader(ReadOptions.builder()
 *     .with(JsonReadOptions.builder().ignoreUnknownFields(true).build())
 *     .build());
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class JsonReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final JsonReadOptions DEFAULTS = builder().build();

  JsonReadOptions() {}

  /**
   * The longest number (characters), in a number token or an amount written as a string.
   *
   * @return the limit, 64 by default
   */
  @Value.Default
  public int getMaxNumberLength() {
    return 64;
  }

  /**
   * Whether fields the format does not define are skipped instead of failing the read.
   *
   * @return false by default (unknown fields are errors)
   */
  @Value.Default
  public boolean isIgnoreUnknownFields() {
    return false;
  }

  /**
   * {@code JsonReadOptions.class}: the JSON settings are carried and found under this class.
   *
   * @return {@code JsonReadOptions.class}
   */
  @Override
  public Class<JsonReadOptions> optionsType() {
    return JsonReadOptions.class;
  }

  @Value.Check
  void checkLimits() {
    Limits.requirePositive(getMaxNumberLength(), "JsonReadOptions.maxNumberLength");
  }

  /**
   * The JSON settings that read options carry, or the defaults when they carry none.
   *
   * @param options the read options
   * @return the JSON settings
   */
  public static JsonReadOptions of(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(JsonReadOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static JsonReadOptions defaults() {
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
   * Builds {@link JsonReadOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: {@code maxNumberLength(int)}, {@code ignoreUnknownFields(boolean)},
   * {@code from(JsonReadOptions)} (copies every setting) and {@code build()} (throws {@link
   * ModelException} if the number length is not positive).
   */
  public static final class Builder extends ImmutableJsonReadOptions.Builder {
    Builder() {}
  }
}

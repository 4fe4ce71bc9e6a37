package io.github.jixiao.format;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 写出选项 (write options) of one writer: the settings every writer has, and the settings of
 * single formats ({@link FormatWriteOptions}, such as how the JSON writer lays out a batch),
 * carried with {@link Builder#with(FormatWriteOptions)} and looked up by the format's writers
 * with {@link #find(Class)}. Immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class WriteOptions implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final WriteOptions DEFAULTS = builder().build();

  WriteOptions() {}

  /**
   * Whether a text format is indented for people (single documents and batches written as one
   * document; a format writing one item per line keeps each item on its line).
   *
   * @return true by default
   */
  @Value.Default
  public boolean isPretty() {
    return true;
  }

  /**
   * Each format's settings by their {@linkplain FormatWriteOptions#optionsType() class}. Not API:
   * package-private, as are its generated builder methods, so that settings come in only through
   * {@link Builder#with(FormatWriteOptions)}, which checks them; {@link #find(Class)} reads them.
   *
   * @return the settings by class, in the order they were first added
   */
  abstract Map<Class<? extends FormatWriteOptions>, FormatWriteOptions> formatOptions();

  /**
   * The settings of one format that these options carry.
   *
   * @param <T> the class of the format's settings
   * @param type the class, such as {@code JsonWriteOptions.class}
   * @return the settings, or empty when the options carry none (the format then uses its defaults)
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends FormatWriteOptions> Optional<T> find(Class<T> type) {
    return CarriedOptions.find(formatOptions(), type);
  }

  /**
   * The default options.
   *
   * @return the defaults
   */
  public static WriteOptions defaults() {
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
   * Builds {@link WriteOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>{@code pretty(boolean)}, {@code from(WriteOptions)} (copies every setting, format settings
   * included) and {@code build()} are generated; {@link #with(FormatWriteOptions)} is declared
   * here.
   */
  public static final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}

    /**
     * Carries the settings of one format, replacing any earlier settings of the same {@linkplain
     * FormatWriteOptions#optionsType() class}.
     *
     * @param options the format's settings, such as a {@code JsonWriteOptions}
     * @return this builder
     * @throws MissingValueException if {@code options} or its class is null
     * @throws ModelException if {@code options} is not an instance of its {@code optionsType()}
     */
    public Builder with(FormatWriteOptions options) {
      return putFormatOption(CarriedOptions.typeOf(options, FormatWriteOptions::optionsType, "WriteOptions"), options);
    }
  }
}

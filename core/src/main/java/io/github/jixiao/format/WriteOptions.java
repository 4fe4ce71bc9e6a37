package io.github.jixiao.format;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 写出选项 (write options) of one writer: the settings every writer has, and the settings of
 * single formats ({@link FormatWriteOptions}, such as how the JSON writer lays out a batch),
 * carried with {@link Builder#with(FormatWriteOptions)} and looked up by the format's writers
 * with {@link #find(Class)}. Immutable, thread-safe and serializable.
 */
public final class WriteOptions implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final WriteOptions DEFAULTS = builder().build();

  /** @serial {@link #isPretty()} */
  private final boolean pretty;
  /** @serial each format's settings by their {@linkplain FormatWriteOptions#optionsType() class} */
  private final Map<Class<? extends FormatWriteOptions>, FormatWriteOptions> formatOptions;

  private WriteOptions(Builder b) {
    this.pretty = b.pretty;
    this.formatOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.formatOptions));
  }

  /**
   * Whether a text format is indented for people (single documents and batches written as one
   * document; a format writing one item per line keeps each item on its line).
   *
   * @return true by default
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * The settings of one format that these options carry.
   *
   * @param <T> the class of the format's settings
   * @param type the class, such as {@code JsonWriteOptions.class}
   * @return the settings, or empty when the options carry none (the format then uses its defaults)
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends FormatWriteOptions> Optional<T> find(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(type.cast(formatOptions.get(type)));
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WriteOptions)) {
      return false;
    }
    WriteOptions other = (WriteOptions) o;
    return pretty == other.pretty && formatOptions.equals(other.formatOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pretty, formatOptions);
  }

  @Override
  public String toString() {
    return "WriteOptions{pretty=" + pretty + ", formatOptions=" + formatOptions.values() + "}";
  }

  /** Builds {@link WriteOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private boolean pretty = true;
    private final Map<Class<? extends FormatWriteOptions>, FormatWriteOptions> formatOptions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Copies every setting of other options, format settings included.
     *
     * @param options the options to copy
     * @return this builder
     */
    public Builder from(WriteOptions options) {
      MissingValueException.require(options, "options");
      pretty = options.pretty;
      formatOptions.putAll(options.formatOptions);
      return this;
    }

    /**
     * Sets {@link WriteOptions#isPretty()}.
     *
     * @param pretty whether text is indented for people
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

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
      MissingValueException.require(options, "options");
      Class<? extends FormatWriteOptions> type = MissingValueException.require(options.optionsType(), "optionsType");
      if (!type.isInstance(options)) {
        throw new ModelException("WriteOptions.with: " + options.getClass().getName() + " is not a " + type.getName());
      }
      formatOptions.put(type, options);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}

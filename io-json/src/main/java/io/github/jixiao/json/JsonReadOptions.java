package io.github.jixiao.json;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.util.Objects;

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
public final class JsonReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final JsonReadOptions DEFAULTS = builder().build();

  /** @serial {@link #getMaxNumberLength()} */
  private final int maxNumberLength;
  /** @serial {@link #isIgnoreUnknownFields()} */
  private final boolean ignoreUnknownFields;

  private JsonReadOptions(Builder b) {
    this.maxNumberLength = b.maxNumberLength;
    this.ignoreUnknownFields = b.ignoreUnknownFields;
  }

  /**
   * The longest number (characters), in a number token or an amount written as a string.
   *
   * @return the limit, 64 by default
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Whether fields the format does not define are skipped instead of failing the read.
   *
   * @return false by default (unknown fields are errors)
   */
  public boolean isIgnoreUnknownFields() {
    return ignoreUnknownFields;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonReadOptions)) {
      return false;
    }
    JsonReadOptions other = (JsonReadOptions) o;
    return maxNumberLength == other.maxNumberLength && ignoreUnknownFields == other.ignoreUnknownFields;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNumberLength, ignoreUnknownFields);
  }

  @Override
  public String toString() {
    return "JsonReadOptions{maxNumberLength=" + maxNumberLength + ", ignoreUnknownFields=" + ignoreUnknownFields + "}";
  }

  /** Builds {@link JsonReadOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxNumberLength = 64;
    private boolean ignoreUnknownFields;

    private Builder() {}

    /**
     * Copies every setting of other JSON settings.
     *
     * @param options the settings to copy
     * @return this builder
     */
    public Builder from(JsonReadOptions options) {
      MissingValueException.require(options, "options");
      maxNumberLength = options.maxNumberLength;
      ignoreUnknownFields = options.ignoreUnknownFields;
      return this;
    }

    /**
     * Sets {@link JsonReadOptions#getMaxNumberLength()}.
     *
     * @param maxNumberLength the limit, positive
     * @return this builder
     */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
      return this;
    }

    /**
     * Sets {@link JsonReadOptions#isIgnoreUnknownFields()}.
     *
     * @param ignoreUnknownFields whether unknown fields are skipped
     * @return this builder
     */
    public Builder ignoreUnknownFields(boolean ignoreUnknownFields) {
      this.ignoreUnknownFields = ignoreUnknownFields;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws ModelException if the number length is not positive
     */
    public JsonReadOptions build() {
      if (maxNumberLength <= 0) {
        throw new ModelException("JsonReadOptions.maxNumberLength: must be positive, was " + maxNumberLength);
      }
      return new JsonReadOptions(this);
    }
  }
}

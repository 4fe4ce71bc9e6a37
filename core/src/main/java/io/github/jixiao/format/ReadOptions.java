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
 * 读取选项 (read options): limits and leniency of one reader. Limits protect the reading
 * process from hostile or broken input; they are set per reader, never JVM-wide. Defaults fit
 * real documents with a wide margin.
 *
 * <p>These are the settings every reader has. What only one format has (the zip limits of the
 * Word reader, the number length of the JSON reader) is that format's {@link FormatReadOptions},
 * carried here with {@link Builder#with(FormatReadOptions)} and looked up by the format's readers
 * with {@link #find(Class)}:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder()
 *     .strict(true)
 *     .with(DocxReadOptions.builder().maxZipEntries(200).build())
 *     .with(JsonReadOptions.builder().ignoreUnknownFields(true).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class ReadOptions implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final ReadOptions DEFAULTS = builder().build();

  /** @serial {@link #getMaxDocumentBytes()} */
  private final long maxDocumentBytes;
  /** @serial {@link #getMaxDepth()} */
  private final int maxDepth;
  /** @serial {@link #getMaxStringLength()} */
  private final int maxStringLength;
  /** @serial {@link #isStrict()} */
  private final boolean strict;
  /** @serial each format's settings by their {@linkplain FormatReadOptions#optionsType() class} */
  private final Map<Class<? extends FormatReadOptions>, FormatReadOptions> formatOptions;

  private ReadOptions(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxDepth = b.maxDepth;
    this.maxStringLength = b.maxStringLength;
    this.strict = b.strict;
    this.formatOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.formatOptions));
  }

  /**
   * The most bytes one document (or one item of a batch) may have; for zipped formats, the most
   * bytes of the file.
   *
   * @return the limit, 64 MiB by default
   */
  public long getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The deepest nesting of objects, arrays or XML elements.
   *
   * <p>The default admits every document the model admits: the deepest, a disclosure whose
   * funding sources nest {@link io.github.jixiao.model.FundingSource#MAX_DEPTH} levels, needs 36
   * levels of JSON. A lower limit refuses such documents as {@link FormatException.Reason#TOO_DEEP}.
   *
   * @return the limit, 64 by default
   */
  public int getMaxDepth() {
    return maxDepth;
  }

  /**
   * The longest string (characters).
   *
   * @return the limit, 1 000 000 by default
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Whether content the reader cannot place in the model fails the read ({@link
   * FormatException.Reason#UNPLACED_CONTENT}) instead of becoming a {@link ReadWarning}.
   *
   * @return false by default (unplaced content is reported as warnings)
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The settings of one format that these options carry.
   *
   * @param <T> the class of the format's settings
   * @param type the class, such as {@code DocxReadOptions.class}
   * @return the settings, or empty when the options carry none (the format then uses its defaults)
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends FormatReadOptions> Optional<T> find(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(type.cast(formatOptions.get(type)));
  }

  /**
   * The default options.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
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
    if (!(o instanceof ReadOptions)) {
      return false;
    }
    ReadOptions other = (ReadOptions) o;
    return maxDocumentBytes == other.maxDocumentBytes && maxDepth == other.maxDepth
        && maxStringLength == other.maxStringLength && strict == other.strict
        && formatOptions.equals(other.formatOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxDepth, maxStringLength, strict, formatOptions);
  }

  @Override
  public String toString() {
    return "ReadOptions{maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth
        + ", maxStringLength=" + maxStringLength + ", strict=" + strict
        + ", formatOptions=" + formatOptions.values() + "}";
  }

  /** Builds {@link ReadOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private long maxDocumentBytes = 64L << 20;
    private int maxDepth = 64;
    private int maxStringLength = 1_000_000;
    private boolean strict;
    private final Map<Class<? extends FormatReadOptions>, FormatReadOptions> formatOptions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Copies every setting of other options, format settings included.
     *
     * @param options the options to copy
     * @return this builder
     */
    public Builder from(ReadOptions options) {
      MissingValueException.require(options, "options");
      maxDocumentBytes = options.maxDocumentBytes;
      maxDepth = options.maxDepth;
      maxStringLength = options.maxStringLength;
      strict = options.strict;
      formatOptions.putAll(options.formatOptions);
      return this;
    }

    /**
     * Sets {@link ReadOptions#getMaxDocumentBytes()}.
     *
     * @param maxDocumentBytes the limit, positive
     * @return this builder
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
      return this;
    }

    /**
     * Sets {@link ReadOptions#getMaxDepth()}.
     *
     * @param maxDepth the limit, positive
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Sets {@link ReadOptions#getMaxStringLength()}.
     *
     * @param maxStringLength the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * Sets {@link ReadOptions#isStrict()}.
     *
     * @param strict whether unplaced content fails the read
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Carries the settings of one format, replacing any earlier settings of the same {@linkplain
     * FormatReadOptions#optionsType() class}.
     *
     * @param options the format's settings, such as a {@code DocxReadOptions}
     * @return this builder
     * @throws MissingValueException if {@code options} or its class is null
     * @throws ModelException if {@code options} is not an instance of its {@code optionsType()}
     */
    public Builder with(FormatReadOptions options) {
      MissingValueException.require(options, "options");
      Class<? extends FormatReadOptions> type = MissingValueException.require(options.optionsType(), "optionsType");
      if (!type.isInstance(options)) {
        throw new ModelException("ReadOptions.with: " + options.getClass().getName() + " is not a " + type.getName());
      }
      formatOptions.put(type, options);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws ModelException if a limit is not positive
     */
    public ReadOptions build() {
      positive(maxDocumentBytes, "maxDocumentBytes");
      positive(maxDepth, "maxDepth");
      positive(maxStringLength, "maxStringLength");
      return new ReadOptions(this);
    }
  }

  private static void positive(long value, String field) {
    if (value <= 0) {
      throw new ModelException("ReadOptions." + field + ": must be positive, was " + value);
    }
  }
}

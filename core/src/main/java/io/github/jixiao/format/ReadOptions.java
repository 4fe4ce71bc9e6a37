package io.github.jixiao.format;

import io.github.jixiao.internal.Limits;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class ReadOptions implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final ReadOptions DEFAULTS = builder().build();

  ReadOptions() {}

  /**
   * The most bytes one document (or one item of a batch) may have; for zipped formats, the most
   * bytes of the file.
   *
   * @return the limit, 64 MiB by default
   */
  @Value.Default
  public long getMaxDocumentBytes() {
    return 64L << 20;
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
  @Value.Default
  public int getMaxDepth() {
    return 64;
  }

  /**
   * The longest string (characters).
   *
   * @return the limit, 1 000 000 by default
   */
  @Value.Default
  public int getMaxStringLength() {
    return 1_000_000;
  }

  /**
   * Whether content the reader cannot place in the model fails the read ({@link
   * FormatException.Reason#UNPLACED_CONTENT}) instead of becoming a {@link ReadWarning}.
   *
   * @return false by default (unplaced content is reported as warnings)
   */
  @Value.Default
  public boolean isStrict() {
    return false;
  }

  /**
   * Each format's settings by their {@linkplain FormatReadOptions#optionsType() class}. Not API:
   * package-private, as are its generated builder methods, so that settings come in only through
   * {@link Builder#with(FormatReadOptions)}, which checks them; {@link #find(Class)} reads them.
   *
   * @return the settings by class, in the order they were first added
   */
  abstract Map<Class<? extends FormatReadOptions>, FormatReadOptions> formatOptions();

  /**
   * The settings of one format that these options carry.
   *
   * @param <T> the class of the format's settings
   * @param type the class, such as {@code DocxReadOptions.class}
   * @return the settings, or empty when the options carry none (the format then uses its defaults)
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends FormatReadOptions> Optional<T> find(Class<T> type) {
    return CarriedOptions.find(formatOptions(), type);
  }

  @Value.Check
  void checkLimits() {
    Limits.requirePositive(getMaxDocumentBytes(), "ReadOptions.maxDocumentBytes");
    Limits.requirePositive(getMaxDepth(), "ReadOptions.maxDepth");
    Limits.requirePositive(getMaxStringLength(), "ReadOptions.maxStringLength");
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

  /**
   * Builds {@link ReadOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>A setter per limit, {@code from(ReadOptions)} (copies every setting, format settings
   * included) and {@code build()} (throws {@link ModelException} if a limit is not positive) are
   * generated; {@link #with(FormatReadOptions)} is declared here.
   */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}

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
      return putFormatOption(CarriedOptions.typeOf(options, FormatReadOptions::optionsType, "ReadOptions"), options);
    }
  }
}

package io.github.jixiao.format;

import io.github.jixiao.model.ModelException;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * 读取选项 (read options): limits and leniency of one reader. Limits protect the reading
 * process from hostile or broken input; they are set per reader, never JVM-wide. Defaults fit
 * real documents with a wide margin.
 */
@Value.Immutable
public abstract class ReadOptions implements Serializable {
  private static final long serialVersionUID = 1L;

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
   * @return the limit, 64 by default (the model needs far less)
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
   * The longest number (characters), in a number token or an amount written as a string.
   *
   * @return the limit, 64 by default
   */
  @Value.Default
  public int getMaxNumberLength() {
    return 64;
  }

  /**
   * The most bytes a zipped document may inflate to, all entries together.
   *
   * @return the limit, 256 MiB by default
   */
  @Value.Default
  public long getMaxInflatedBytes() {
    return 256L << 20;
  }

  /**
   * The most entries a zipped document may have.
   *
   * @return the limit, 1 000 by default
   */
  @Value.Default
  public int getMaxZipEntries() {
    return 1_000;
  }

  /**
   * The highest inflated-to-compressed ratio allowed for an entry larger than {@link
   * #getZipRatioThresholdBytes()}; real Word files compress about 50:1 at most.
   *
   * @return the ratio, 200 by default
   */
  @Value.Default
  public int getMaxInflateRatio() {
    return 200;
  }

  /**
   * The inflated size from which the ratio limit applies (small entries compress arbitrarily well).
   *
   * @return the size, 1 MiB by default
   */
  @Value.Default
  public long getZipRatioThresholdBytes() {
    return 1L << 20;
  }

  /**
   * The most table cells a document may have, all tables together.
   *
   * @return the limit, 500 000 by default (a county document has a few thousand)
   */
  @Value.Default
  public int getMaxCells() {
    return 500_000;
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
   * Whether content the reader cannot place in the model fails the read ({@link
   * FormatException.Reason#UNPLACED_CONTENT}) instead of becoming a {@link ReadWarning}.
   *
   * @return false by default (unplaced content is reported as warnings)
   */
  @Value.Default
  public boolean isStrict() {
    return false;
  }

  @Value.Check
  void checkLimits() {
    positive(getMaxDocumentBytes(), "maxDocumentBytes");
    positive(getMaxDepth(), "maxDepth");
    positive(getMaxStringLength(), "maxStringLength");
    positive(getMaxNumberLength(), "maxNumberLength");
    positive(getMaxInflatedBytes(), "maxInflatedBytes");
    positive(getMaxZipEntries(), "maxZipEntries");
    positive(getMaxInflateRatio(), "maxInflateRatio");
    positive(getZipRatioThresholdBytes(), "zipRatioThresholdBytes");
    positive(getMaxCells(), "maxCells");
  }

  private static void positive(long value, String field) {
    if (value <= 0) {
      throw new ModelException("ReadOptions." + field + ": must be positive, was " + value);
    }
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

  /** Builds {@link ReadOptions}. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}

package io.github.jixiao.format;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * 写出选项 (write options) of one writer.
 */
@Value.Immutable
public abstract class WriteOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final WriteOptions DEFAULTS = builder().build();

  WriteOptions() {}

  /**
   * Whether a text format is indented for people (single documents; JSON Lines batches stay one
   * item per line).
   *
   * @return true by default
   */
  @Value.Default
  public boolean isPretty() {
    return true;
  }

  /**
   * How a text format writes a batch of items: as one array, or one item per line (JSON Lines).
   *
   * @return {@link BatchLayout#LINES} by default
   */
  @Value.Default
  public BatchLayout getBatchLayout() {
    return BatchLayout.LINES;
  }

  /** The layout of a batch of items in a text format. */
  public enum BatchLayout {
    /** One item per line (JSON Lines). */
    LINES,
    /** One array of items. */
    ARRAY
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

  /** Builds {@link WriteOptions}. */
  public static final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}

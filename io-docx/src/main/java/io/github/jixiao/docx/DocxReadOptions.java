package io.github.jixiao.docx;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.util.Objects;

/**
 * Word 读取选项 (Word read options): the limits only the Word reader has — of the zip archive
 * (inflated size, entries, inflate ratio), of the XML (a tag with its attributes, an attribute
 * value, a comment or processing instruction) and of the tables (cells, text per table) — carried in the {@link
 * ReadOptions} a reader is made with; the limits every reader has (file size, depth, text length)
 * and {@code strict} stay there. A reader whose options carry none uses {@link #defaults()}.
 *
 * <pre>{@code
 * DocumentReader word = new DocxFormat().reader(ReadOptions.builder()
 *     .maxDocumentBytes(8L << 20)
 *     .with(DocxReadOptions.builder().maxZipEntries(200).maxCells(50_000).build())
 *     .build());
 * }</pre>
 *
 * <p>Together with the limits of {@link ReadOptions} (text per cell and paragraph is its {@link
 * ReadOptions#getMaxStringLength()}), these bound the memory a reader needs, whatever the input.
 * The limits are per reader; POI's JVM-wide {@code ZipSecureFile} is never touched. Immutable,
 * thread-safe and serializable.
 */
public final class DocxReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final DocxReadOptions DEFAULTS = builder().build();

  /** @serial {@link #getMaxInflatedBytes()} */
  private final long maxInflatedBytes;
  /** @serial {@link #getMaxZipEntries()} */
  private final int maxZipEntries;
  /** @serial {@link #getMaxInflateRatio()} */
  private final int maxInflateRatio;
  /** @serial {@link #getZipRatioThresholdBytes()} */
  private final long zipRatioThresholdBytes;
  /** @serial {@link #getMaxCells()} */
  private final int maxCells;
  /** @serial {@link #getMaxMarkupLength()} */
  private final int maxMarkupLength;
  /** @serial {@link #getMaxAttributeLength()} */
  private final int maxAttributeLength;
  /** @serial {@link #getMaxTableTextLength()} */
  private final long maxTableTextLength;

  private DocxReadOptions(Builder b) {
    this.maxInflatedBytes = b.maxInflatedBytes;
    this.maxZipEntries = b.maxZipEntries;
    this.maxInflateRatio = b.maxInflateRatio;
    this.zipRatioThresholdBytes = b.zipRatioThresholdBytes;
    this.maxCells = b.maxCells;
    this.maxMarkupLength = b.maxMarkupLength;
    this.maxAttributeLength = b.maxAttributeLength;
    this.maxTableTextLength = b.maxTableTextLength;
  }

  /**
   * The most bytes a document may inflate to, all zip entries together.
   *
   * @return the limit, 256 MiB by default
   */
  public long getMaxInflatedBytes() {
    return maxInflatedBytes;
  }

  /**
   * The most entries the zip archive may have.
   *
   * @return the limit, 1 000 by default
   */
  public int getMaxZipEntries() {
    return maxZipEntries;
  }

  /**
   * The highest inflated-to-compressed ratio allowed for an entry larger than {@link
   * #getZipRatioThresholdBytes()}; real Word files compress about 50:1 at most.
   *
   * @return the ratio, 200 by default
   */
  public int getMaxInflateRatio() {
    return maxInflateRatio;
  }

  /**
   * The inflated size from which the ratio limit applies (small entries compress arbitrarily well).
   *
   * @return the size, 1 MiB by default
   */
  public long getZipRatioThresholdBytes() {
    return zipRatioThresholdBytes;
  }

  /**
   * The most table cells a document may have, all tables together.
   *
   * @return the limit, 500 000 by default (a county document has a few thousand)
   */
  public int getMaxCells() {
    return maxCells;
  }

  /**
   * The most characters of one piece of XML markup the parser holds whole before it reports it: a
   * start tag with all its attributes, a comment, a processing instruction, a CDATA section or a
   * declaration (text between tags is read in pieces and limited per cell and paragraph instead).
   *
   * @return the limit, 4 Mi (4 194 304) characters by default; Word's largest tags hold a few kilobytes
   */
  public int getMaxMarkupLength() {
    return maxMarkupLength;
  }

  /**
   * The most characters of one attribute value.
   *
   * @return the limit, 1 Mi (1 048 576) characters by default (VML shapes carry drawings in attributes of some kilobytes)
   */
  public int getMaxAttributeLength() {
    return maxAttributeLength;
  }

  /**
   * The most characters of text in one table, all its cells and the tables nested in it together:
   * a table is held until it ends, so that its merges can be resolved.
   *
   * @return the limit, 4 Mi (4 194 304) characters by default (a county's target table holds a few thousand)
   */
  public long getMaxTableTextLength() {
    return maxTableTextLength;
  }

  /**
   * {@code DocxReadOptions.class}: the Word settings are carried and found under this class.
   *
   * @return {@code DocxReadOptions.class}
   */
  @Override
  public Class<DocxReadOptions> optionsType() {
    return DocxReadOptions.class;
  }

  /**
   * The Word settings that read options carry, or the defaults when they carry none.
   *
   * @param options the read options
   * @return the Word settings
   */
  public static DocxReadOptions of(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(DocxReadOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static DocxReadOptions defaults() {
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
    if (!(o instanceof DocxReadOptions)) {
      return false;
    }
    DocxReadOptions other = (DocxReadOptions) o;
    return maxInflatedBytes == other.maxInflatedBytes && maxZipEntries == other.maxZipEntries
        && maxInflateRatio == other.maxInflateRatio && zipRatioThresholdBytes == other.zipRatioThresholdBytes
        && maxCells == other.maxCells && maxMarkupLength == other.maxMarkupLength
        && maxAttributeLength == other.maxAttributeLength && maxTableTextLength == other.maxTableTextLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxInflatedBytes, maxZipEntries, maxInflateRatio, zipRatioThresholdBytes, maxCells,
        maxMarkupLength, maxAttributeLength, maxTableTextLength);
  }

  @Override
  public String toString() {
    return "DocxReadOptions{maxInflatedBytes=" + maxInflatedBytes + ", maxZipEntries=" + maxZipEntries
        + ", maxInflateRatio=" + maxInflateRatio + ", zipRatioThresholdBytes=" + zipRatioThresholdBytes
        + ", maxCells=" + maxCells + ", maxMarkupLength=" + maxMarkupLength + ", maxAttributeLength="
        + maxAttributeLength + ", maxTableTextLength=" + maxTableTextLength + "}";
  }

  /** Builds {@link DocxReadOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private long maxInflatedBytes = 256L << 20;
    private int maxZipEntries = 1_000;
    private int maxInflateRatio = 200;
    private long zipRatioThresholdBytes = 1L << 20;
    private int maxCells = 500_000;
    private int maxMarkupLength = 4 << 20;
    private int maxAttributeLength = 1 << 20;
    private long maxTableTextLength = 4L << 20;

    private Builder() {}

    /**
     * Copies every setting of other Word settings.
     *
     * @param options the settings to copy
     * @return this builder
     */
    public Builder from(DocxReadOptions options) {
      MissingValueException.require(options, "options");
      maxInflatedBytes = options.maxInflatedBytes;
      maxZipEntries = options.maxZipEntries;
      maxInflateRatio = options.maxInflateRatio;
      zipRatioThresholdBytes = options.zipRatioThresholdBytes;
      maxCells = options.maxCells;
      maxMarkupLength = options.maxMarkupLength;
      maxAttributeLength = options.maxAttributeLength;
      maxTableTextLength = options.maxTableTextLength;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxInflatedBytes()}.
     *
     * @param maxInflatedBytes the limit, positive
     * @return this builder
     */
    public Builder maxInflatedBytes(long maxInflatedBytes) {
      this.maxInflatedBytes = maxInflatedBytes;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxZipEntries()}.
     *
     * @param maxZipEntries the limit, positive
     * @return this builder
     */
    public Builder maxZipEntries(int maxZipEntries) {
      this.maxZipEntries = maxZipEntries;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxInflateRatio()}.
     *
     * @param maxInflateRatio the ratio, positive
     * @return this builder
     */
    public Builder maxInflateRatio(int maxInflateRatio) {
      this.maxInflateRatio = maxInflateRatio;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getZipRatioThresholdBytes()}.
     *
     * @param zipRatioThresholdBytes the size, positive
     * @return this builder
     */
    public Builder zipRatioThresholdBytes(long zipRatioThresholdBytes) {
      this.zipRatioThresholdBytes = zipRatioThresholdBytes;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxCells()}.
     *
     * @param maxCells the limit, positive
     * @return this builder
     */
    public Builder maxCells(int maxCells) {
      this.maxCells = maxCells;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxMarkupLength()}.
     *
     * @param maxMarkupLength the limit, positive
     * @return this builder
     */
    public Builder maxMarkupLength(int maxMarkupLength) {
      this.maxMarkupLength = maxMarkupLength;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxAttributeLength()}.
     *
     * @param maxAttributeLength the limit, positive
     * @return this builder
     */
    public Builder maxAttributeLength(int maxAttributeLength) {
      this.maxAttributeLength = maxAttributeLength;
      return this;
    }

    /**
     * Sets {@link DocxReadOptions#getMaxTableTextLength()}.
     *
     * @param maxTableTextLength the limit, positive
     * @return this builder
     */
    public Builder maxTableTextLength(long maxTableTextLength) {
      this.maxTableTextLength = maxTableTextLength;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws ModelException if a limit is not positive
     */
    public DocxReadOptions build() {
      positive(maxInflatedBytes, "maxInflatedBytes");
      positive(maxZipEntries, "maxZipEntries");
      positive(maxInflateRatio, "maxInflateRatio");
      positive(zipRatioThresholdBytes, "zipRatioThresholdBytes");
      positive(maxCells, "maxCells");
      positive(maxMarkupLength, "maxMarkupLength");
      positive(maxAttributeLength, "maxAttributeLength");
      positive(maxTableTextLength, "maxTableTextLength");
      return new DocxReadOptions(this);
    }
  }

  private static void positive(long value, String field) {
    if (value <= 0) {
      throw new ModelException("DocxReadOptions." + field + ": must be positive, was " + value);
    }
  }
}

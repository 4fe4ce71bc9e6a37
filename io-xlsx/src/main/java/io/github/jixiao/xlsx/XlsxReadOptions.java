package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.Limits;
import io.github.jixiao.internal.OfficeLimits;
import io.github.jixiao.model.ModelException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Excel 读取选项 (Excel read options): the limits only the Excel reader has — of the zip archive
 * (inflated size, entries, inflate ratio), of the XML markup, of the shared strings (count and
 * characters) and of the worksheets (cells, rows) — carried in the {@link ReadOptions} a reader is
 * made with; the limits every reader has (file size, depth, text length) and {@code strict} stay
 * there. A reader whose options carry none uses {@link #defaults()}.
 *
 * <pre>{@code
 * DocumentReader excel = new XlsxFormat().reader(ReadOptions.builder()
 *     .maxDocumentBytes(8L << 20)
 *     .with(XlsxReadOptions.builder().maxCells(50_000).build())
 *     .build());
 * }</pre>
 *
 * <p>Together with the limits of {@link ReadOptions} (text per cell is its {@link
 * ReadOptions#getMaxStringLength()}), these bound the memory a reader needs, whatever the input.
 * The limits are per reader; POI's JVM-wide {@code ZipSecureFile} is never touched. Immutable,
 * thread-safe and serializable.
 */
@Value.Immutable
public abstract class XlsxReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final XlsxReadOptions DEFAULTS = builder().build();

  XlsxReadOptions() {}

  /**
   * The most bytes a workbook may inflate to, all zip entries together.
   *
   * @return the limit, 256 MiB by default
   */
  @Value.Default
  public long getMaxInflatedBytes() {
    return 256L << 20;
  }

  /**
   * The most entries the zip archive may have.
   *
   * @return the limit, 1 000 by default
   */
  @Value.Default
  public int getMaxZipEntries() {
    return 1_000;
  }

  /**
   * The highest inflated-to-compressed ratio allowed for an entry larger than {@link
   * #getZipRatioThresholdBytes()}; worksheet XML compresses about 100:1 at most.
   *
   * @return the ratio, 500 by default
   */
  @Value.Default
  public int getMaxInflateRatio() {
    return 500;
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
   * The most characters of one piece of XML markup the parser holds whole before it reports it: a
   * start tag with all its attributes, a comment, a processing instruction, a CDATA section or a
   * declaration.
   *
   * @return the limit, 1 Mi (1 048 576) characters by default
   */
  @Value.Default
  public int getMaxMarkupLength() {
    return 1 << 20;
  }

  /**
   * The most characters of one attribute value.
   *
   * @return the limit, 64 Ki (65 536) characters by default
   */
  @Value.Default
  public int getMaxAttributeLength() {
    return 1 << 16;
  }

  /**
   * The most strings the shared-strings table may hold.
   *
   * @return the limit, 1 000 000 by default
   */
  @Value.Default
  public int getMaxSharedStrings() {
    return 1_000_000;
  }

  /**
   * The most characters of all shared strings together: the table is held while the worksheets are
   * read.
   *
   * @return the limit, 8 Mi (8 388 608) characters by default (a collection table of a thousand
   *     projects holds about one)
   */
  @Value.Default
  public long getMaxSharedStringsLength() {
    return 8L << 20;
  }

  /**
   * The most non-empty cells a worksheet may have: a worksheet's cells are held until its merged
   * regions, which come after them, are known.
   *
   * @return the limit, 200 000 by default (a county's target sheet has a few hundred, a collection
   *     table of a thousand projects some tens of thousands); each cell held costs about 100 bytes
   */
  @Value.Default
  public int getMaxCells() {
    return 200_000;
  }

  /**
   * The most rows (empty or not) a worksheet may declare.
   *
   * @return the limit, 1 048 576 (Excel's own) by default
   */
  @Value.Default
  public int getMaxRows() {
    return 1 << 20;
  }

  /**
   * The largest legacy .xls (BIFF8) workbook read: such a file is held in memory whole, with POI's
   * records of it.
   *
   * @return the limit, 16 MiB by default
   */
  @Value.Default
  public long getMaxLegacyBytes() {
    return 16L << 20;
  }

  /**
   * {@code XlsxReadOptions.class}: the Excel settings are carried and found under this class.
   *
   * @return {@code XlsxReadOptions.class}
   */
  @Override
  public Class<XlsxReadOptions> optionsType() {
    return XlsxReadOptions.class;
  }

  /** The zip and markup limits, the ones the Word options have too, as the shared readers take them. */
  OfficeLimits officeLimits() {
    return OfficeLimits.checked("XlsxReadOptions", getMaxInflatedBytes(), getMaxZipEntries(), getMaxInflateRatio(),
        getZipRatioThresholdBytes(), getMaxMarkupLength(), getMaxAttributeLength());
  }

  @Value.Check
  void checkLimits() {
    officeLimits();
    Limits.requirePositive(getMaxSharedStrings(), "XlsxReadOptions.maxSharedStrings");
    Limits.requirePositive(getMaxSharedStringsLength(), "XlsxReadOptions.maxSharedStringsLength");
    Limits.requirePositive(getMaxCells(), "XlsxReadOptions.maxCells");
    Limits.requirePositive(getMaxRows(), "XlsxReadOptions.maxRows");
    Limits.requirePositive(getMaxLegacyBytes(), "XlsxReadOptions.maxLegacyBytes");
  }

  /**
   * The Excel settings that read options carry, or the defaults when they carry none.
   *
   * @param options the read options
   * @return the Excel settings
   */
  public static XlsxReadOptions of(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(XlsxReadOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static XlsxReadOptions defaults() {
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
   * Builds {@link XlsxReadOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: a setter per limit, {@code from(XlsxReadOptions)} (copies every
   * setting) and {@code build()} (throws {@link ModelException} if a limit is not positive).
   */
  public static final class Builder extends ImmutableXlsxReadOptions.Builder {
    Builder() {}
  }
}

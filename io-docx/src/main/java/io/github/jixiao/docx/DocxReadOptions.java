package io.github.jixiao.docx;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.Limits;
import io.github.jixiao.internal.OfficeLimits;
import io.github.jixiao.model.ModelException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Word 读取选项 (Word read options): the limits only the Word reader has — of the zip archive
 * (inflated size, entries, inflate ratio) and of the tables (cells) — carried in the {@link
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
@Value.Immutable
public abstract class DocxReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final DocxReadOptions DEFAULTS = builder().build();

  DocxReadOptions() {}

  /**
   * The most bytes a document may inflate to, all zip entries together.
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
   * The most characters of one piece of XML markup the parser holds whole before it reports it: a
   * start tag with all its attributes, a comment, a processing instruction, a CDATA section or a
   * declaration (text between tags is read in pieces and limited per cell and paragraph instead).
   *
   * @return the limit, 4 Mi (4 194 304) characters by default; Word's largest tags hold a few kilobytes
   */
  @Value.Default
  public int getMaxMarkupLength() {
    return 4 << 20;
  }

  /**
   * The most characters of one attribute value.
   *
   * @return the limit, 1 Mi (1 048 576) characters by default (VML shapes carry drawings in
   *     attributes of some kilobytes)
   */
  @Value.Default
  public int getMaxAttributeLength() {
    return 1 << 20;
  }

  /**
   * The most characters of text in one table, all its cells and the tables nested in it together:
   * a table is held until it ends, so that its merges can be resolved.
   *
   * @return the limit, 4 Mi (4 194 304) characters by default (a county's target table holds a few
   *     thousand)
   */
  @Value.Default
  public long getMaxTableTextLength() {
    return 4L << 20;
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

  /** The zip and markup limits, the ones the Excel options have too, as the shared readers take them. */
  OfficeLimits officeLimits() {
    return OfficeLimits.checked("DocxReadOptions", getMaxInflatedBytes(), getMaxZipEntries(), getMaxInflateRatio(),
        getZipRatioThresholdBytes(), getMaxMarkupLength(), getMaxAttributeLength());
  }

  @Value.Check
  void checkLimits() {
    officeLimits();
    Limits.requirePositive(getMaxCells(), "DocxReadOptions.maxCells");
    Limits.requirePositive(getMaxTableTextLength(), "DocxReadOptions.maxTableTextLength");
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

  /**
   * Builds {@link DocxReadOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: a setter per limit, {@code from(DocxReadOptions)} (copies every
   * setting) and {@code build()} (throws {@link ModelException} if a limit is not positive).
   */
  public static final class Builder extends ImmutableDocxReadOptions.Builder {
    Builder() {}
  }
}

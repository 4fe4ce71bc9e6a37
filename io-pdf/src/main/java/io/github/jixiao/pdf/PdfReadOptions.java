package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatReadOptions;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.Limits;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * PDF 读取选项 (PDF read options): the limits only the PDF reader has — pages, objects, the decoded
 * length of one stream, the nesting of the page tree and of content streams (forms drawn by forms)
 * — carried in the {@link ReadOptions} a reader is made with; the file size is {@link
 * ReadOptions#getMaxDocumentBytes()} and {@code strict} stays there too. A reader whose options
 * carry none uses {@link #defaults()}.
 *
 * <pre>{@code
 * DocumentReader pdf = new PdfFormat().reader(ReadOptions.builder()
 *     .maxDocumentBytes(16L << 20)
 *     .with(PdfReadOptions.builder().maxPages(200).maxStreamBytes(8L << 20).build())
 *     .build());
 * }</pre>
 *
 * <p>The file is held in memory (at most the file size limit); every stream a page draws is decoded
 * once under {@link #getMaxStreamBytes()} before PDFBox reads it, so a compression bomb is refused
 * instead of inflated. Immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class PdfReadOptions implements FormatReadOptions {
  private static final long serialVersionUID = 1L;

  private static final PdfReadOptions DEFAULTS = builder().build();

  PdfReadOptions() {}

  /**
   * The most pages a document may have.
   *
   * @return the limit, 2 000 by default (a county's disclosure has a few dozen)
   */
  @Value.Default
  public int getMaxPages() {
    return 2_000;
  }

  /**
   * The most objects the cross-reference tables may list.
   *
   * @return the limit, 100 000 by default (a county disclosure of 100 pages has a few thousand)
   */
  @Value.Default
  public int getMaxObjects() {
    return 100_000;
  }

  /**
   * The most bytes one stream (a page's content, a form, a font's map) may decode to.
   *
   * @return the limit, 32 MiB by default; a text page decodes to some tens of kilobytes
   */
  @Value.Default
  public long getMaxStreamBytes() {
    return 32L << 20;
  }

  /**
   * The deepest nesting of the page tree (pages within page nodes).
   *
   * @return the limit, 32 by default; producers write 1 to 4 levels
   */
  @Value.Default
  public int getMaxPageTreeDepth() {
    return 32;
  }

  /**
   * The deepest nesting of content streams: forms drawn by forms drawn by a page.
   *
   * @return the limit, 12 by default
   */
  @Value.Default
  public int getMaxContentNesting() {
    return 12;
  }

  /**
   * The most glyphs one page may draw.
   *
   * @return the limit, 200 000 by default; a dense A4 page of Chinese text has about 2 000
   */
  @Value.Default
  public int getMaxGlyphsPerPage() {
    return 200_000;
  }

  /**
   * {@code PdfReadOptions.class}: the PDF settings are carried and found under this class.
   *
   * @return {@code PdfReadOptions.class}
   */
  @Override
  public Class<PdfReadOptions> optionsType() {
    return PdfReadOptions.class;
  }

  @Value.Check
  void checkLimits() {
    Limits.requirePositive(getMaxPages(), "PdfReadOptions.maxPages");
    Limits.requirePositive(getMaxObjects(), "PdfReadOptions.maxObjects");
    Limits.requirePositive(getMaxStreamBytes(), "PdfReadOptions.maxStreamBytes");
    Limits.requirePositive(getMaxPageTreeDepth(), "PdfReadOptions.maxPageTreeDepth");
    Limits.requirePositive(getMaxContentNesting(), "PdfReadOptions.maxContentNesting");
    Limits.requirePositive(getMaxGlyphsPerPage(), "PdfReadOptions.maxGlyphsPerPage");
  }

  /**
   * The PDF settings that read options carry, or the defaults when they carry none.
   *
   * @param options the read options
   * @return the PDF settings
   */
  public static PdfReadOptions of(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(PdfReadOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static PdfReadOptions defaults() {
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
   * Builds {@link PdfReadOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: a setter per limit, {@code from(PdfReadOptions)} (copies every
   * setting) and {@code build()} (throws {@link io.github.jixiao.model.ModelException} if a limit is
   * not positive).
   */
  public static final class Builder extends ImmutablePdfReadOptions.Builder {
    Builder() {}
  }
}

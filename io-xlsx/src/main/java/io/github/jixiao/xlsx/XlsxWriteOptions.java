package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatWriteOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Excel 写出选项 (Excel write options): which layout the Excel writer writes — the standard form,
 * one worksheet per target sheet, or the 汇总表 (collection table), every project on one worksheet,
 * one row per indicator — carried in the {@link WriteOptions} a writer is made with. A writer whose
 * options carry none uses {@link #defaults()} (the standard form).
 *
 * <pre>{@code
 * DocumentWriter excel = new XlsxFormat().writer(WriteOptions.builder()
 *     .with(XlsxWriteOptions.builder().layout(XlsxWriteOptions.Layout.COLLECTION_TABLE).build())
 *     .build());
 * }</pre>
 *
 * <p>Either layout reads back to the document written, or the writer refuses it; the same document
 * with the same options gives the same bytes. Immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class XlsxWriteOptions implements FormatWriteOptions {
  private static final long serialVersionUID = 1L;

  private static final XlsxWriteOptions DEFAULTS = builder().build();

  /** 版式 (layout): what the workbook looks like. */
  public enum Layout {
    /**
     * 标准表样: the list on a front worksheet, then one worksheet per target sheet in the Word
     * form's layout.
     */
    STANDARD_FORM,
    /**
     * 汇总表: the list on a front worksheet, then one worksheet holding every project — one row per
     * indicator (a project without indicators has one row), the project's columns (name, code,
     * year, fields, funding by source, goals, other rows) merged down its rows.
     */
    COLLECTION_TABLE
  }

  XlsxWriteOptions() {}

  /**
   * The layout.
   *
   * @return the layout, {@link Layout#STANDARD_FORM} by default
   */
  @Value.Default
  public Layout getLayout() {
    return Layout.STANDARD_FORM;
  }

  /**
   * {@code XlsxWriteOptions.class}: the Excel settings are carried and found under this class.
   *
   * @return {@code XlsxWriteOptions.class}
   */
  @Override
  public Class<XlsxWriteOptions> optionsType() {
    return XlsxWriteOptions.class;
  }

  /**
   * The Excel settings that write options carry, or the defaults when they carry none.
   *
   * @param options the write options
   * @return the Excel settings
   */
  public static XlsxWriteOptions of(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return options.find(XlsxWriteOptions.class).orElse(DEFAULTS);
  }

  /**
   * The default settings: the standard form.
   *
   * @return the defaults
   */
  public static XlsxWriteOptions defaults() {
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
   * Builds {@link XlsxWriteOptions}; starts from the defaults. Not thread-safe.
   *
   * <p>Its methods are generated: {@code layout(Layout)} ({@link MissingValueException} for null),
   * {@code from(XlsxWriteOptions)} and {@code build()}.
   */
  public static final class Builder extends ImmutableXlsxWriteOptions.Builder {
    Builder() {}
  }
}

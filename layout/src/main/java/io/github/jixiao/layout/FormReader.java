package io.github.jixiao.layout;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * 表单读取器 (form reader): turns the layout of a published document — paragraphs and tables in
 * reading order, whatever format they came from — into the model, and reports every non-empty
 * cell and paragraph it could not place as a {@link ReadWarning}.
 */
public final class FormReader {
  private final ReadOptions options;

  private FormReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * A form reader with the given options (only {@link ReadOptions#isStrict()} matters here).
   *
   * @param options the options
   * @return the reader
   */
  public static FormReader of(ReadOptions options) {
    return new FormReader(options);
  }

  /**
   * Reads a whole disclosure.
   *
   * @param blocks the layout in reading order
   * @param warnings receives the warnings in document order
   * @return the disclosure
   */
  public Disclosure read(Iterator<? extends LayoutBlock> blocks, Consumer<? super ReadWarning> warnings) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads a whole disclosure with its warnings.
   *
   * @param blocks the layout in reading order
   * @return the disclosure and its warnings
   */
  public ReadResult<Disclosure> read(List<? extends LayoutBlock> blocks) {
    List<ReadWarning> warnings = new ArrayList<>();
    Disclosure d = read(blocks.iterator(), warnings::add);
    return ReadResult.of(d, warnings);
  }

  /**
   * Reads the sheets one at a time, in constant memory per sheet.
   *
   * @param blocks the layout in reading order
   * @param warnings receives the warnings in document order
   * @return the sheets, read lazily
   */
  public Iterator<BudgetItem> items(Iterator<? extends LayoutBlock> blocks, Consumer<? super ReadWarning> warnings) {
    throw new UnsupportedOperationException("not yet");
  }
}

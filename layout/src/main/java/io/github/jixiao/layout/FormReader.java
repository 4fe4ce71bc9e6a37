package io.github.jixiao.layout;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * 表单读取器 (form reader): turns the layout of a published document — paragraphs and tables in
 * reading order, whatever format they came from — into the model, and reports every non-empty
 * cell and paragraph it could not place as a {@link ReadWarning}.
 *
 * <p>It reads by labels, never by positions, with the {@link Vocabulary}: label/value pairs
 * anywhere in a row (value to the right or below), funding blocks in rows or columns, stacked or
 * side by side, in 元 or 万元, goals beside or below their labels, indicator tables found by their
 * column headers wherever they sit and however they are split, the disclosure list, notes and
 * footer lines. Format readers (Word, Excel, PDF) only extract the layout and hand it here. A
 * reader is immutable and thread-safe; each read has its own state.
 *
 * <p>A layout it cannot read fails with a {@link io.github.jixiao.format.FormatException} ({@code
 * UNEXPECTED_LAYOUT} when it holds no target sheet, {@code UNPLACED_CONTENT} from a strict reader);
 * a {@code null} argument is a programming error and fails with a {@link NullPointerException}
 * naming the parameter.
 */
public final class FormReader {
  private final ReadOptions options;
  private final Vocabulary vocabulary;

  private FormReader(ReadOptions options, Vocabulary vocabulary) {
    this.options = Objects.requireNonNull(options, "options");
    this.vocabulary = vocabulary;
  }

  /**
   * A form reader with the given options (only {@link ReadOptions#isStrict()} matters here).
   *
   * @param options the options
   * @return the reader
   */
  public static FormReader of(ReadOptions options) {
    return new FormReader(options, Vocabulary.defaults());
  }

  /**
   * Reads a whole disclosure.
   *
   * @param blocks the layout in reading order
   * @param warnings receives the warnings in document order
   * @return the disclosure
   */
  public Disclosure read(Iterator<? extends LayoutBlock> blocks, Consumer<? super ReadWarning> warnings) {
    return assembler(blocks, warnings).disclosure();
  }

  /**
   * Reads a whole disclosure with its warnings.
   *
   * @param blocks the layout in reading order
   * @return the disclosure and its warnings
   */
  public ReadResult<Disclosure> read(List<? extends LayoutBlock> blocks) {
    List<ReadWarning> warnings = new ArrayList<>();
    Disclosure d = read(Objects.requireNonNull(blocks, "blocks").iterator(), warnings::add);
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
    FormAssembler form = assembler(blocks, warnings);
    return new Iterator<>() {
      private BudgetItem next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = form.nextItem();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public BudgetItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more sheets");
        }
        BudgetItem item = next;
        next = null;
        return item;
      }
    };
  }

  private FormAssembler assembler(Iterator<? extends LayoutBlock> blocks, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(warnings, "warnings");
    return new FormAssembler(blocks, vocabulary, new Warnings(warnings, options.isStrict()));
  }
}

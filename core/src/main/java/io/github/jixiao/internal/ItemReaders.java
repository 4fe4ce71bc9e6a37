package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.model.BudgetItem;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * 逐项读取适配 (item reader adapter): an {@link ItemReader} over an iterator of sheets read from
 * one document, for the readers of formats whose items cannot be read past a failure (Word, Excel,
 * PDF). Not API.
 *
 * <p>It keeps the contract of {@link ItemReader}: a failure is held and thrown by {@link
 * ItemReader#next()}, {@link ItemReader#hasNext()} is true until it is handed over and false after
 * it, since a failure in one document ends the batch. The source is closed, once, when the
 * reader is closed or a failure is met.
 */
public final class ItemReaders {
  private ItemReaders() {}

  /**
   * An item reader over the given sheets.
   *
   * @param items the sheets; a {@link FormatException} they throw is the failure of the batch
   * @param onClose closes the source, run once
   * @param unexpected what any other {@link RuntimeException} of the sheets becomes (a reader bug,
   *     with the format's location)
   * @return the reader
   */
  public static ItemReader of(Iterator<? extends BudgetItem> items, Runnable onClose,
      Function<? super RuntimeException, FormatException> unexpected) {
    return new Adapter(Objects.requireNonNull(items, "items"), Objects.requireNonNull(onClose, "onClose"),
        Objects.requireNonNull(unexpected, "unexpected"));
  }

  private static final class Adapter implements ItemReader {
    private final Iterator<? extends BudgetItem> items;
    private final Runnable onClose;
    private final Function<? super RuntimeException, FormatException> unexpected;
    private BudgetItem next;
    private FormatException failure;
    private boolean done;
    private boolean closed;

    Adapter(Iterator<? extends BudgetItem> items, Runnable onClose,
        Function<? super RuntimeException, FormatException> unexpected) {
      this.items = items;
      this.onClose = onClose;
      this.unexpected = unexpected;
    }

    @Override
    public boolean hasNext() {
      if (next == null && failure == null && !done) {
        fetch();
      }
      return next != null || failure != null;
    }

    private void fetch() {
      try {
        next = items.hasNext() ? items.next() : null;
      } catch (FormatException e) {
        fail(e);
        return;
      } catch (RuntimeException e) {
        fail(unexpected.apply(e));
        return;
      }
      done = next == null;
    }

    /** Holds the failure for {@link #next()}; the batch ends with it. */
    private void fail(FormatException e) {
      failure = e;
      try {
        close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing); // the failure that ended the batch is the one to report
      }
    }

    @Override
    public BudgetItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more sheets");
      }
      if (failure != null) {
        FormatException f = failure;
        failure = null;
        throw f;
      }
      BudgetItem item = next;
      next = null;
      return item;
    }

    @Override
    public void close() {
      done = true;
      if (!closed) {
        closed = true;
        onClose.run();
      }
    }
  }
}

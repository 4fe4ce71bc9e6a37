package io.github.jixiao.format;

import io.github.jixiao.model.BudgetItem;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * 逐项读取 (item reader): budget items read one at a time from a batch, so that a batch of any
 * size is read in constant memory. Closing it closes the source; {@link #stream()} closes it when
 * the stream is closed.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link FormatException} for input they cannot
 * read.
 */
public interface ItemReader extends Iterator<BudgetItem>, AutoCloseable {
  /**
   * Closes the source.
   *
   * @throws FormatException if closing fails
   */
  @Override
  void close();

  /**
   * The remaining items as a sequential stream that closes this reader when it is closed; use it
   * in try-with-resources.
   *
   * @return the stream
   */
  default Stream<BudgetItem> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }
}

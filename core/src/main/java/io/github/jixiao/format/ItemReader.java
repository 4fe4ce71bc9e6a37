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
 * <p>An item that cannot be read is a {@link FormatException} thrown by {@link #next()}, saying
 * where; {@link #hasNext()} is true while there is an item <em>or such a failure</em> to hand
 * over. After a failure {@link #hasNext()} says whether reading goes on: it does where the format
 * confines the failure to the one item (JSON Lines, where each line is a document of its own, goes
 * on with the next line), and otherwise the reader is finished and {@link #hasNext()} is false.
 * So a caller that wants every readable item and every failure loops on {@code hasNext()} and
 * catches around {@code next()}; {@link #forEachRemaining} and {@link #stream()} stop at the
 * first failure. Readers written against the earlier contract may also throw from {@link
 * #hasNext()}; callers that take any reader treat that as a failure that ends the batch.
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

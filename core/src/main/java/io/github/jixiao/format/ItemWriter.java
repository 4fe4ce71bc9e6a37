package io.github.jixiao.format;

import io.github.jixiao.model.BudgetItem;

/**
 * 逐项写出 (item writer): budget items written one at a time to a batch, in constant memory.
 * {@link #close()} finishes the batch and closes the target.
 */
public interface ItemWriter extends AutoCloseable {
  /**
   * Writes one item.
   *
   * @param item the item
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(BudgetItem item);

  /**
   * Finishes the batch and closes the target.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  @Override
  void close();
}

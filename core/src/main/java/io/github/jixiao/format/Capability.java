package io.github.jixiao.format;

/**
 * 格式能力 (format capability): one thing a format can do with one kind of content — read or
 * write a whole disclosure, a batch of budget items, or a single item. A {@link FormatProvider}
 * lists its capabilities ({@link FormatProvider#capabilities()}, and per file extension {@link
 * FormatProvider#capabilities(String)}), so that tools such as the command line use any format
 * they find without knowing it.
 */
public enum Capability {
  /** {@link DocumentReader#readDisclosure(java.io.InputStream)}: a whole disclosure (公开文件). */
  READ_DISCLOSURE,
  /** {@link DocumentReader#readItems(java.io.InputStream)}: a batch of budget items, streamed. */
  READ_ITEMS,
  /** {@link DocumentReader#readItem(java.io.InputStream)}: a single budget item. */
  READ_ITEM,
  /** {@link DocumentWriter#writeDisclosure(io.github.jixiao.model.Disclosure, java.io.OutputStream)}: a whole disclosure. */
  WRITE_DISCLOSURE,
  /** {@link DocumentWriter#openItems(java.io.OutputStream)}: a batch of budget items, streamed. */
  WRITE_ITEMS,
  /** {@link DocumentWriter#writeItem(io.github.jixiao.model.BudgetItem, java.io.OutputStream)}: a single budget item. */
  WRITE_ITEM;

  /**
   * Whether this is a reading capability.
   *
   * @return true for the {@code READ_*} capabilities
   */
  public boolean isRead() {
    return this == READ_DISCLOSURE || this == READ_ITEMS || this == READ_ITEM;
  }

  /**
   * Whether this is a writing capability.
   *
   * @return true for the {@code WRITE_*} capabilities
   */
  public boolean isWrite() {
    return !isRead();
  }
}

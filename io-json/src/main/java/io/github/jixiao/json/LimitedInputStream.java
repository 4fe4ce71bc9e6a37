package io.github.jixiao.json;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once a window exceeds the limit. Checked here, below Jackson,
 * because Jackson's own document-length limit has had bypasses; the window restarts for each item
 * of a batch so that a batch of any size is allowed while no single item may be huge.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long total;
  private long windowStart;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Starts a new window: the next item may again read up to the limit. */
  void restartWindow() {
    windowStart = total;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    total += n;
    if (total - windowStart > limit) {
      throw new FormatException(
          FormatException.Reason.TOO_LARGE,
          FormatLocation.builder().byteOffset(total).build(),
          "the document is larger than the limit of " + limit + " bytes");
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}

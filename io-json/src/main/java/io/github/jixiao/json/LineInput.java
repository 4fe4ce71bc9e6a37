package io.github.jixiao.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a batch that is not an array, handed over so that a failure in one line of JSON
 * Lines can be skipped: no read ever goes past the end of a line, so the parser of a line has
 * never seen the next one.
 *
 * <p>Which layout the batch has is decided at the end of its first non-blank line: when that line
 * holds a whole JSON value (its brackets balance outside strings) the batch is JSON Lines, each
 * line its own document, and a read returns the end of input at the end of each line until {@link
 * #startLine()} opens the next one; otherwise the values are spread over lines (a pretty-printed
 * item) and the bytes pass through as one stream ({@link Layout#WHOLE}). The reader also switches
 * to {@code WHOLE} when the batch turns out to be an array ({@link #whole()}).
 */
final class LineInput extends InputStream {
  /** How the bytes are handed over. */
  enum Layout {
    /** Before the end of the first non-blank line. */
    UNDECIDED,
    /** JSON Lines: one document a line. */
    LINES,
    /** One stream: an array, or values spread over lines. */
    WHOLE
  }

  private final InputStream source;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private boolean ended;
  private Layout layout = Layout.UNDECIDED;
  // In LINES: whether the current line's end has not been handed over yet.
  private boolean lineOpen = true;
  private long line = 1;
  private long offset;
  // The scan of the first non-blank line, which decides the layout.
  private int depth;
  private boolean inString;
  private boolean escaped;
  private boolean nonBlank;

  LineInput(InputStream source) {
    this.source = source;
  }

  Layout layout() {
    return layout;
  }

  /** The batch is one stream (an array): reads go on across lines. */
  void whole() {
    layout = Layout.WHOLE;
  }

  /** The number (from 1) of the line the next byte belongs to. */
  long line() {
    return line;
  }

  /** How many bytes have been handed over or skipped. */
  long offset() {
    return offset;
  }

  /**
   * Skips what is left of the current line (deciding the layout on the way when it is the first
   * non-blank one) and opens the next line for reading.
   *
   * @return whether there are more bytes
   */
  boolean startLine() throws IOException {
    finishLine();
    lineOpen = true;
    return fill();
  }

  /** Skips what is left of the current line, unless its end has been handed over already. */
  void finishLine() throws IOException {
    if (layout == Layout.WHOLE) {
      return;
    }
    while (lineOpen && fill()) {
      int n = lineChunk(limit - position);
      pass(position, n);
      position += n;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int at, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (layout == Layout.LINES && !lineOpen || !fill()) {
      return -1;
    }
    int n = layout == Layout.WHOLE ? Math.min(length, limit - position) : lineChunk(Math.min(length, limit - position));
    System.arraycopy(buffer, position, into, at, n);
    if (layout == Layout.WHOLE) {
      offset += n;
    } else {
      pass(position, n);
    }
    position += n;
    return n;
  }

  /** How many of the next bytes, at most {@code max}, belong to the current line (its '\n' included). */
  private int lineChunk(int max) {
    for (int i = 0; i < max; i++) {
      if (buffer[position + i] == '\n') {
        return i + 1;
      }
    }
    return max;
  }

  /** Counts bytes leaving the current line, scans them while the layout is undecided, notes a line's end. */
  private void pass(int from, int n) {
    offset += n;
    for (int i = from; i < from + n; i++) {
      byte b = buffer[i];
      if (layout == Layout.UNDECIDED) {
        scan(b);
      }
      if (b == '\n') {
        line++;
        if (layout == Layout.LINES) {
          lineOpen = false;
        }
      }
    }
  }

  private void scan(byte b) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (b == '\\') {
        escaped = true;
      } else if (b == '"') {
        inString = false;
      }
      return;
    }
    switch (b) {
      case '"':
        inString = true;
        nonBlank = true;
        break;
      case '{':
      case '[':
        depth++;
        nonBlank = true;
        break;
      case '}':
      case ']':
        depth--;
        nonBlank = true;
        break;
      case '\n':
        if (nonBlank) {
          layout = depth == 0 && !inString ? Layout.LINES : Layout.WHOLE;
        }
        break;
      case ' ':
      case '\t':
      case '\r':
        break;
      default:
        nonBlank = true;
    }
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    if (ended) {
      return false;
    }
    int n = source.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = source.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}

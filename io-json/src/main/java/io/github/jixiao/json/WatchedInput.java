package io.github.jixiao.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes handed to the parser, watched so that a parse failure can be classified by the input
 * rather than by Jackson's message: whether the parser had asked for more after the last byte
 * (Jackson reports some ends of input as plain syntax errors, such as after a comma), and a copy of
 * the last bytes (Jackson reports invalid UTF-8 as a plain syntax error too). The copy costs one
 * array copy per read of Jackson's buffer; the checks run only after a failure.
 */
final class WatchedInput extends FilterInputStream {
  /** Twice Jackson's input buffer (8,000 bytes): a failure is always within the bytes kept. */
  private static final int KEPT = 16 * 1024;
  /** How far before the failure's offset a bad sequence may start (Jackson reads names in quads). */
  private static final int BEFORE = 8;

  private final byte[] ring = new byte[KEPT];
  private long total;
  private boolean ended;

  WatchedInput(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      ring[(int) (total % KEPT)] = (byte) b;
      total++;
    } else {
      ended = true;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      int from = n > KEPT ? offset + n - KEPT : offset;
      long start = total + (from - offset);
      int left = offset + n - from;
      while (left > 0) {
        int at = (int) (start % KEPT);
        int chunk = Math.min(left, KEPT - at);
        System.arraycopy(buffer, from, ring, at, chunk);
        from += chunk;
        start += chunk;
        left -= chunk;
      }
      total += n;
    } else if (n < 0) {
      ended = true;
    }
    return n;
  }

  /** Skips by reading, so that the bytes kept stay the bytes before the parser's position. */
  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * Whether the parser asked for more input after the last byte. Jackson reads on only when it
   * needs more to go on, so a failure after that is the input ending before the document did.
   *
   * @return true once a read has returned the end of input
   */
  boolean ended() {
    return ended;
  }

  /**
   * Whether the input is not valid UTF-8 just before {@code offset}, the byte offset at which a
   * parser failed (Jackson reports the position after the bytes it could not decode).
   *
   * @param offset the failure's byte offset from the start of the input; negative when unknown
   * @return true when a malformed UTF-8 sequence starts in the few bytes before it
   */
  boolean invalidUtf8Before(long offset) {
    long oldest = Math.max(0, total - KEPT);
    if (offset < 0 || offset > total || offset <= oldest) {
      return false;
    }
    long from = Math.max(oldest, offset - BEFORE);
    // start at a character boundary: back over at most three continuation bytes
    for (int i = 0; i < 3 && from > oldest && (at(from) & 0xC0) == 0x80; i++) {
      from--;
    }
    long to = Math.min(total, offset + 3);
    byte[] window = new byte[(int) (to - from)];
    for (int i = 0; i < window.length; i++) {
      window[i] = at(from + i);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(window);
    CharBuffer out = CharBuffer.allocate(window.length + 2);
    // not the end of input: a sequence cut off by the window's end is not malformed
    CoderResult result = decoder.decode(in, out, false);
    return result.isError() && from + in.position() < offset;
  }

  private byte at(long position) {
    return ring[(int) (position % KEPT)];
  }
}

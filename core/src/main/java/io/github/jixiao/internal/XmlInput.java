package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * XML 输入 (XML input): the characters of one XML part as the parser reads them. The bytes are decoded here — UTF-8, or
 * UTF-16 when a byte-order mark or the first bytes say so, the only encodings OPC allows — so that
 * a byte that is not valid is an {@code INVALID_ENCODING} failure with its byte offset, line and column, and the
 * JDK parser, which prints "[Fatal Error]" on standard error when it decodes bad bytes itself (or
 * when a reader fails with a {@code CharConversionException}), never sees bytes at all. Every character passes the {@link MarkupGuard} before the parser gets
 * it.
 *
 * <p>Notes when the parser asked for characters after the last one ({@link #ended}): the parser
 * reads further only when it needs more to go on, so a failure after that is the input ending
 * before the document did. A character cut off by the end of the input is that too.
 */
public final class XmlInput extends Reader {
  private final InputStream in;
  private final String part;
  private final MarkupGuard guard;
  /** The most bytes (and characters) decoded at a time. */
  private static final int BUFFER = 8192;
  /** The fewest: room for any character and the first bytes that tell the encoding. */
  private static final int MIN_BUFFER = 256;
  private final ByteBuffer bytes;
  private final CharBuffer chars;
  private CharsetDecoder decoder;
  /** The offset in the part of the first byte in {@code bytes}. */
  private long base;
  private boolean eof;
  /** Everything is decoded and handed over. */
  private boolean drained;
  /** The parser asked for more and there was none. */
  public boolean ended;

  /**
   * Reads a part through a guard with the given limits.
   *
   * @param in the part's bytes
   * @param part the part name, for locations
   * @param maxMarkup the most characters of one piece of markup
   * @param maxAttribute the most characters of one attribute value
   */
  public XmlInput(InputStream in, String part, int maxMarkup, int maxAttribute) {
    this.in = in;
    this.part = part;
    this.guard = new MarkupGuard(part, maxMarkup, maxAttribute);
    int size = bufferSize(in);
    this.bytes = ByteBuffer.allocate(size);
    this.chars = CharBuffer.allocate(size);
    bytes.limit(0);
    chars.limit(0);
  }

  /**
   * Buffers no larger than the part when its stream knows its length (a zip entry's does): most
   * parts of a package are a few hundred bytes, and a read opens a dozen or more of them.
   */
  private static int bufferSize(InputStream in) {
    int available;
    try {
      available = in.available();
    } catch (IOException e) {
      return BUFFER; // the first read reports it
    }
    return available <= 0 ? BUFFER : Math.max(MIN_BUFFER, Math.min(BUFFER, available));
  }

  /**
   * UTF-16 when the input says so, UTF-8 otherwise.
   *
   * @return whether the part is UTF-16
   */
  public boolean isUtf16() {
    return decoder != null && decoder.charset() != StandardCharsets.UTF_8;
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decode()) {
      ended = true;
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(into, offset, n);
    guard.scan(into, offset, n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean decode() throws IOException {
    if (drained) {
      return false;
    }
    if (decoder == null) {
      start();
    }
    chars.clear();
    try {
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          throw malformed(result);
        }
        if (chars.position() > 0) {
          return true;
        }
        if (eof) {
          decoder.flush(chars);
          drained = true;
          return chars.position() > 0;
        }
        more();
      }
    } finally {
      chars.flip();
    }
  }

  /** Chooses the decoder from the first bytes, skipping a byte-order mark. */
  private void start() throws IOException {
    while (bytes.remaining() < 4 && !eof) {
      more();
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    int b0 = byteAt(0);
    int b1 = byteAt(1);
    if (b0 == 0xEF && b1 == 0xBB && byteAt(2) == 0xBF) {
      skip = 3;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b0 == 0 && b1 == '<') {
      charset = StandardCharsets.UTF_16BE;
    } else if (b0 == '<' && b1 == 0) {
      charset = StandardCharsets.UTF_16LE;
    }
    bytes.position(bytes.position() + skip);
    decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private int byteAt(int index) {
    return bytes.position() + index < bytes.limit() ? bytes.get(bytes.position() + index) & 0xFF : -1;
  }

  /** Reads more bytes after those not yet decoded. */
  private void more() throws IOException {
    base += bytes.position();
    bytes.compact();
    int n;
    try {
      n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    } catch (EOFException e) {
      ended = true;
      throw e;
    } finally {
      bytes.flip();
    }
    if (n < 0) {
      eof = true;
    } else {
      bytes.limit(bytes.limit() + n);
    }
  }

  /**
   * Bytes that are not valid in the part's encoding, with where they are, carried through the
   * parser as an {@code IOException} (not a {@code CharConversionException}: the JDK parser prints
   * those on standard error); the reader classifies it by its state, as any failure of the parser.
   */
  private OfficeZip.FormatIoException malformed(CoderResult result) {
    long offset = base + bytes.position();
    boolean cut = eof && bytes.position() + result.length() >= bytes.limit();
    if (cut) {
      ended = true;
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      hex.append(String.format(" %02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    String detail = cut ? "the input ends inside a character" : "bytes" + hex + " at byte offset " + offset
        + " are not valid " + decoder.charset().name();
    return new OfficeZip.FormatIoException(new FormatException(Reason.INVALID_ENCODING,
        guard.location().byteOffset(offset).build(), detail));
  }

  /**
   * Where the parser is, for errors raised outside the decoder.
   *
   * @return the location so far
   */
  public FormatLocation.Builder location() {
    return guard.location();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

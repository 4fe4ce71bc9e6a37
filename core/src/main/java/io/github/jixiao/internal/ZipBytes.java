package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * 压缩包字节 (zip bytes): the bytes of a zip archive, read at any position: a zip is read from its end (the central
 * directory, which every word processor and zip tool trusts), so a file is read in place and a
 * stream is held in memory, in chunks, up to the document-size limit.
 */
public abstract class ZipBytes implements AutoCloseable {
  ZipBytes() {}

  private static final int CHUNK = 1 << 16;

  /**
   * The number of bytes.
   *
   * @return the size
   */
  public abstract long size();

  /**
   * Reads {@code length} bytes at {@code position}; the caller has checked they are inside.
   *
   * @param position where to start
   * @param into the destination
   * @param offset the offset in the destination
   * @param length how many bytes
   * @throws IOException if the source fails
   */
  public abstract void read(long position, byte[] into, int offset, int length) throws IOException;

  @Override
  public void close() {
    // nothing to release by default
  }

  /**
   * The bytes of a file, read in place; refused when larger than the limit.
   *
   * @param file the file
   * @param limit the most bytes allowed
   * @return the bytes
   */
  public static ZipBytes of(Path file, long limit) {
    FileChannel channel;
    long size;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
      size = channel.size();
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, FormatLocation.unknown(), "cannot read: " + e, e);
    }
    if (size > limit) {
      closeQuietly(channel);
      throw new FormatException(Reason.TOO_LARGE, FormatLocation.unknown(),
          "the file is larger than the limit of " + limit + " bytes");
    }
    return new InFile(channel, size);
  }

  /**
   * All the bytes of a stream, up to the limit (the stream is left open).
   *
   * @param in the stream
   * @param limit the most bytes allowed
   * @return the bytes
   */
  public static ZipBytes of(InputStream in, long limit) {
    List<byte[]> chunks = new ArrayList<>();
    long size = 0;
    try {
      while (true) {
        byte[] chunk = new byte[CHUNK];
        int n = in.readNBytes(chunk, 0, CHUNK);
        if (n > 0) {
          size += n;
          if (size > limit) {
            throw new FormatException(Reason.TOO_LARGE, FormatLocation.unknown(),
                "the file is larger than the limit of " + limit + " bytes");
          }
          chunks.add(chunk);
        }
        if (n < CHUNK) {
          break;
        }
      }
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, FormatLocation.unknown(), "cannot read: " + e, e);
    }
    return new InMemory(chunks, size);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // nothing more to do with a source that fails to close
    }
  }

  /** A stream's bytes in chunks of 64 KiB (no copy of the whole, no doubling). */
  private static final class InMemory extends ZipBytes {
    private final List<byte[]> chunks;
    private final long size;

    InMemory(List<byte[]> chunks, long size) {
      this.chunks = chunks;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void read(long position, byte[] into, int offset, int length) {
      long at = position;
      int done = 0;
      while (done < length) {
        byte[] chunk = chunks.get((int) (at / CHUNK));
        int from = (int) (at % CHUNK);
        int n = Math.min(length - done, CHUNK - from);
        System.arraycopy(chunk, from, into, offset + done, n);
        done += n;
        at += n;
      }
    }
  }

  /** A file, read with positional reads. */
  private static final class InFile extends ZipBytes {
    private final FileChannel channel;
    private final long size;

    InFile(FileChannel channel, long size) {
      this.channel = channel;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void read(long position, byte[] into, int offset, int length) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
      long at = position;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, at);
        if (n < 0) {
          throw new EOFException("the file became shorter while it was read");
        }
        at += n;
      }
    }

    @Override
    public void close() {
      closeQuietly(channel);
    }
  }
}

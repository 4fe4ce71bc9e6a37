package io.github.jixiao.docx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks the zip of a .docx as a stream, with this reader's limits: file size, entry count,
 * inflated bytes in total, inflate ratio of large entries (zip bombs), duplicate names and names
 * that climb out of the archive. POI's JVM-wide {@code ZipSecureFile} settings are not touched:
 * everything is counted here, per reader.
 */
final class DocxZip implements AutoCloseable {
  static final String DOCUMENT = "word/document.xml";

  private final ReadOptions options;
  private final DocxReadOptions word;
  private final CountingStream raw;
  private final ZipInputStream zip;
  private final Set<String> names = new HashSet<>();
  private int entries;
  private long inflatedTotal;
  private String entry;

  DocxZip(InputStream in, ReadOptions options) {
    this.options = options;
    this.word = DocxReadOptions.of(options);
    PushbackInputStream peek = new PushbackInputStream(in, 4);
    byte[] signature = new byte[4];
    int n;
    try {
      n = peek.readNBytes(signature, 0, 4);
      peek.unread(signature, 0, n);
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, FormatLocation.unknown(), "cannot read: " + e, e);
    }
    if (n < 4 || signature[0] != 'P' || signature[1] != 'K' || signature[2] != 3 || signature[3] != 4) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
          "not a Word .docx file: it does not start like a zip archive");
    }
    this.raw = new CountingStream(peek);
    this.zip = new ZipInputStream(raw);
  }

  /**
   * The stream of word/document.xml. The entries before it are read through the same counting,
   * so that a bomb anywhere in the archive is stopped.
   */
  InputStream openDocument() {
    while (nextEntry()) {
      if (entry.equals(DOCUMENT)) {
        return new EntryStream(raw.count);
      }
      drainEntry();
    }
    throw new FormatException(Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
        "not a Word document: the archive has no " + DOCUMENT);
  }

  /** Reads the entries after the document, so that their limits are checked too. */
  void finish() {
    while (nextEntry()) {
      drainEntry();
    }
  }

  private void drainEntry() {
    byte[] buffer = new byte[8192];
    try (InputStream in = new EntryStream(raw.count)) {
      while (in.read(buffer) >= 0) {
        // counting happens in EntryStream
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private boolean nextEntry() {
    ZipEntry next;
    try {
      next = zip.getNextEntry();
    } catch (IOException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      throw new FormatException(Reason.MALFORMED, location(), "the zip archive is damaged: " + e.getMessage(), e);
    }
    if (next == null) {
      entry = null;
      return false;
    }
    entry = next.getName().replace('\\', '/');
    entries++;
    if (entries > word.getMaxZipEntries()) {
      throw new FormatException(Reason.TOO_LARGE, location(),
          "the archive has more than " + word.getMaxZipEntries() + " entries");
    }
    if (entry.startsWith("/") || entry.equals("..") || entry.startsWith("../") || entry.contains("/../")
        || entry.endsWith("/..") || entry.contains(":")) {
      throw new FormatException(Reason.HOSTILE, location(), "entry name climbs out of the archive: " + entry);
    }
    if (!names.add(entry.toLowerCase(Locale.ROOT))) {
      throw new FormatException(Reason.HOSTILE, location(), "the archive has two entries named " + entry);
    }
    return true;
  }

  private FormatException failure(IOException e) {
    if (e instanceof FormatIoException) {
      return ((FormatIoException) e).formatException;
    }
    if (e instanceof EOFException) {
      return new FormatException(Reason.TRUNCATED, location(), "the zip archive ends early: " + e.getMessage(), e);
    }
    if (e instanceof ZipException) {
      return new FormatException(Reason.MALFORMED, location(), "the zip archive is damaged: " + e.getMessage(), e);
    }
    return new FormatException(Reason.IO_ERROR, location(), "cannot read: " + e, e);
  }

  /** Translates a failure raised while a consumer (the XML parser) read the document entry. */
  FormatException translate(IOException e) {
    return failure(e);
  }

  FormatLocation location() {
    FormatLocation.Builder b = FormatLocation.builder();
    if (entry != null) {
      b.entry(entry);
    }
    return b.build();
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // nothing left to read
    }
  }

  /** A FormatException carried through APIs that only let IOExceptions pass (the XML parser). */
  static final class FormatIoException extends IOException {
    private static final long serialVersionUID = 1L;
    final transient FormatException formatException;

    FormatIoException(FormatException e) {
      super(e.getMessage(), e);
      this.formatException = e;
    }
  }

  /** Counts the compressed bytes read from the file, against the file-size limit. */
  private final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws FormatIoException {
      count += n;
      if (count > options.getMaxDocumentBytes()) {
        throw new FormatIoException(new FormatException(Reason.TOO_LARGE, location(),
            "the file is larger than the limit of " + options.getMaxDocumentBytes() + " bytes"));
      }
    }
  }

  /** The inflated bytes of the current entry, counted against the total and ratio limits. */
  private final class EntryStream extends InputStream {
    private final long compressedStart;
    private long inflated;

    EntryStream(long compressedStart) {
      this.compressedStart = compressedStart;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = zip.read(b, off, len);
      if (n > 0) {
        inflated += n;
        inflatedTotal += n;
        check();
      }
      return n;
    }

    private void check() throws FormatIoException {
      if (inflatedTotal > word.getMaxInflatedBytes()) {
        throw new FormatIoException(new FormatException(Reason.TOO_LARGE, location(),
            "the archive inflates past the limit of " + word.getMaxInflatedBytes() + " bytes"));
      }
      long compressed = Math.max(1, raw.count - compressedStart);
      if (inflated > word.getZipRatioThresholdBytes() && inflated / compressed > word.getMaxInflateRatio()) {
        throw new FormatIoException(new FormatException(Reason.HOSTILE, location(),
            "zip bomb: entry inflates " + (inflated / compressed) + " times its compressed size (limit "
                + word.getMaxInflateRatio() + ")"));
      }
    }

    @Override
    public void close() {
      // the entry is left by the next getNextEntry
    }
  }
}

package io.github.jixiao.internal;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;

/**
 * 办公文档压缩包 (Office zip): the zip of an Office Open XML package (.docx, .xlsx) as office
 * applications read it: through its central directory, never by walking
 * local headers. An archive whose local headers say something else — another name, other sizes,
 * an entry the directory does not list, entries inside entries — could show one document to a
 * person and another to a streaming reader, so it is refused as {@code HOSTILE}, naming the entry.
 * An entry with a data descriptor (also a STORED one, which LibreOffice opens) is read with the
 * sizes of the directory. The limits are this reader's: file size, entry count, inflated bytes in
 * total and the inflate ratio (zip bombs), checked against the sizes the directory declares and
 * again against the bytes actually inflated; duplicate names and names that climb out of the
 * archive are refused. POI's JVM-wide {@code ZipSecureFile} settings are not touched.
 */
public class OfficeZip implements AutoCloseable {
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int LOCATOR64 = 0x07064b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final long MAX32 = 0xFFFFFFFFL;
  /** Longer entry names are not part names of any word processor (and would cost memory). */
  private static final int MAX_NAME_BYTES = 4096;

  private XMLInputFactory parsers;
  private final ZipBytes bytes;
  private final ZipLimits word;
  private final Map<String, Entry> byName = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private long centralStart;
  private long inflatedTotal;
  private String entry;

  /**
   * The zip limits of one reader.
   *
   * @param maxInflatedBytes the most bytes all entries may inflate to together
   * @param maxEntries the most entries
   * @param maxInflateRatio the highest inflated-to-compressed ratio of an entry larger than the threshold
   * @param ratioThresholdBytes the inflated size from which the ratio applies
   */
  public record ZipLimits(long maxInflatedBytes, int maxEntries, int maxInflateRatio, long ratioThresholdBytes) {
    long getMaxInflatedBytes() {
      return maxInflatedBytes;
    }

    int getMaxZipEntries() {
      return maxEntries;
    }

    int getMaxInflateRatio() {
      return maxInflateRatio;
    }

    long getZipRatioThresholdBytes() {
      return ratioThresholdBytes;
    }
  }

  /** An entry as the central directory describes it. */
  public static final class Entry {
    /** The entry's name, with forward slashes. */
    public final String name;
    final byte[] rawName;
    final int flags;
    final int method;
    final long crc;
    final long compressedSize;
    final long size;
    final long offset;
    long dataStart;

    Entry(String name, byte[] rawName, int flags, int method, long crc, long compressedSize, long size, long offset) {
      this.name = name;
      this.rawName = rawName;
      this.flags = flags;
      this.method = method;
      this.crc = crc;
      this.compressedSize = compressedSize;
      this.size = size;
      this.offset = offset;
    }

    boolean hasDescriptor() {
      return (flags & 8) != 0;
    }
  }

  /**
   * Reads and checks the central directory and the local headers.
   *
   * @param bytes the archive
   * @param limits the reader's zip limits
   * @param format what the archive should be, for messages ("a Word .docx file")
   */
  public OfficeZip(ZipBytes bytes, ZipLimits limits, String format) {
    this.bytes = bytes;
    this.word = limits;
    if (bytes.size() < 4 || u32(0) != LOCAL) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
          "not " + format + ": it does not start like a zip archive");
    }
    readCentralDirectory();
    checkLocalHeaders();
  }

  /**
   * The XML parsers of this read's parts ({@link XmlPart#perRead}), made when the first part is
   * read. A package is read by one thread, so they are not shared.
   */
  XMLInputFactory parsers() {
    if (parsers == null) {
      parsers = XmlPart.perRead();
    }
    return parsers;
  }

  /**
   * The entry of a part name, compared case-insensitively as OPC requires.
   *
   * @param name the part name, without a leading slash
   * @return the entry, or null if absent
   */
  public Entry find(String name) {
    return byName.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The inflated bytes of an entry, checked against the limits, its size and its CRC; a failure
   * while reading is a {@link FormatIoException}.
   *
   * @param e the entry
   * @return its bytes
   */
  public InputStream open(Entry e) {
    entry = e.name;
    return new EntryStream(e);
  }

  // ------------------------------------------------------------------- the central directory

  private void readCentralDirectory() {
    long size = bytes.size();
    int tailLength = (int) Math.min(size, 22 + 0xFFFF);
    byte[] tail = read(size - tailLength, tailLength);
    int end = -1;
    for (int i = tailLength - 22; i >= 0; i--) {
      if (le32(tail, i) == END && le16(tail, i + 20) == tailLength - i - 22) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new FormatException(Reason.TRUNCATED, at(size),
          "the zip archive ends at byte " + size + " before its central directory is complete: the file was cut short");
    }
    long endAt = size - tailLength + end;
    int disk = le16(tail, end + 4);
    int directoryDisk = le16(tail, end + 6);
    long count = le16(tail, end + 10);
    long countHere = le16(tail, end + 8);
    long directorySize = le32(tail, end + 12) & MAX32;
    long directoryStart = le32(tail, end + 16) & MAX32;
    long directoryEnd = endAt;
    if (count == 0xFFFF || directorySize == MAX32 || directoryStart == MAX32) {
      long locator = endAt - 20;
      if (locator < 0 || u32(locator) != LOCATOR64) {
        throw malformed(at(endAt), "the end record points to a zip64 record that is not there");
      }
      long record = u64(locator + 8);
      if (record < 0 || record + 56 > locator || u32(record) != END64) {
        throw malformed(at(locator), "the zip64 locator points to offset " + record + ", where there is no zip64 end record");
      }
      disk = (int) u32(record + 16);
      directoryDisk = (int) u32(record + 20);
      countHere = u64(record + 24);
      count = u64(record + 32);
      directorySize = u64(record + 40);
      directoryStart = u64(record + 48);
      directoryEnd = record;
    }
    if (disk != 0 || directoryDisk != 0 || countHere != count) {
      throw malformed(at(endAt), "the zip archive is split over several disks");
    }
    if (count > word.getMaxZipEntries()) {
      throw new FormatException(Reason.TOO_LARGE, at(endAt), "the archive has more than " + word.getMaxZipEntries() + " entries");
    }
    if (directoryStart < 0 || directorySize < 0 || directoryStart + directorySize != directoryEnd) {
      throw new FormatException(Reason.HOSTILE, at(endAt), "the central directory (offset " + directoryStart + ", "
          + directorySize + " bytes) does not end where the end record is (offset " + directoryEnd + ")");
    }
    centralStart = directoryStart;
    long position = directoryStart;
    long declaredTotal = 0;
    for (long i = 0; i < count; i++) {
      if (position + 46 > directoryEnd) {
        throw malformed(at(position), "the central directory holds fewer than the " + count + " entries its end record counts");
      }
      byte[] h = read(position, 46);
      if (le32(h, 0) != CENTRAL) {
        throw malformed(at(position), "the central directory has no entry header at offset " + position);
      }
      int nameLength = le16(h, 28);
      int extraLength = le16(h, 30);
      int commentLength = le16(h, 32);
      if (nameLength > MAX_NAME_BYTES) {
        throw malformed(at(position), "an entry name of " + nameLength + " bytes");
      }
      if (position + 46 + nameLength + extraLength + commentLength > directoryEnd) {
        throw malformed(at(position), "the central directory's last entry runs past its end");
      }
      byte[] rawName = read(position + 46, nameLength);
      byte[] extra = read(position + 46 + nameLength, extraLength);
      long compressed = le32(h, 20) & MAX32;
      long inflated = le32(h, 24) & MAX32;
      long offset = le32(h, 42) & MAX32;
      long[] wide = zip64(extra, inflated == MAX32, compressed == MAX32, offset == MAX32);
      Entry e = new Entry(new String(rawName, StandardCharsets.UTF_8).replace('\\', '/'), rawName, le16(h, 8), le16(h, 10),
          le32(h, 16) & MAX32, wide[1] >= 0 ? wide[1] : compressed, wide[0] >= 0 ? wide[0] : inflated, wide[2] >= 0 ? wide[2] : offset);
      entry = e.name;
      checkEntry(e);
      declaredTotal += e.size;
      if (declaredTotal > word.getMaxInflatedBytes()) {
        throw new FormatException(Reason.TOO_LARGE, location(),
            "the archive inflates past the limit of " + word.getMaxInflatedBytes() + " bytes");
      }
      entries.add(e);
      position += 46 + nameLength + extraLength + commentLength;
    }
    entry = null;
    if (position != directoryEnd) {
      throw new FormatException(Reason.HOSTILE, at(position),
          "the central directory has " + (directoryEnd - position) + " bytes after the entries its end record counts");
    }
  }

  /** The zip64 sizes and offset of an extra field, -1 where absent: {inflated, compressed, offset}. */
  private long[] zip64(byte[] extra, boolean inflated, boolean compressed, boolean offset) {
    long[] wide = {-1, -1, -1};
    for (int i = 0; i + 4 <= extra.length; ) {
      int id = le16(extra, i);
      int length = le16(extra, i + 2);
      if (id == 1) {
        int at = i + 4;
        boolean[] present = {inflated, compressed, offset};
        for (int k = 0; k < 3; k++) {
          if (present[k] && at + 8 <= i + 4 + length && at + 8 <= extra.length) {
            wide[k] = le64(extra, at);
            at += 8;
          }
        }
      }
      i += 4 + length;
    }
    return wide;
  }

  private void checkEntry(Entry e) {
    String name = e.name;
    if (name.startsWith("/") || name.equals("..") || name.startsWith("../") || name.contains("/../")
        || name.endsWith("/..") || name.contains(":")) {
      throw new FormatException(Reason.HOSTILE, location(), "entry name climbs out of the archive: " + name);
    }
    if (byName.putIfAbsent(name.toLowerCase(Locale.ROOT), e) != null) {
      throw new FormatException(Reason.HOSTILE, location(), "the archive has two entries named " + name);
    }
    if ((e.flags & 0x41) != 0) {
      throw malformed(location(), "entry " + name + " is encrypted");
    }
    if (e.method != 0 && e.method != 8) {
      throw malformed(location(), "entry " + name + " uses compression method " + e.method
          + ", which office applications do not read (only stored and deflated)");
    }
    if (e.size < 0 || e.compressedSize < 0 || e.offset < 0 || (e.method == 0 && e.size != e.compressedSize)) {
      throw new FormatException(Reason.HOSTILE, location(), "entry " + name + " declares impossible sizes");
    }
    if (e.size > word.getZipRatioThresholdBytes()
        && e.size / Math.max(1, e.compressedSize) > word.getMaxInflateRatio()) {
      throw new FormatException(Reason.HOSTILE, location(), "zip bomb: entry inflates " + (e.size / Math.max(1, e.compressedSize))
          + " times its compressed size (limit " + word.getMaxInflateRatio() + ")");
    }
  }

  // ------------------------------------------------------------------------ the local headers

  /**
   * Walks the local headers in the order of their offsets: each must be where the directory says,
   * say the same as the directory, and end where the next begins, so that no byte before the
   * directory belongs to an entry it does not list.
   */
  private void checkLocalHeaders() {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(e -> e.offset));
    long expected = 0;
    Entry previous = null;
    for (int i = 0; i < byOffset.size(); i++) {
      Entry e = byOffset.get(i);
      entry = e.name;
      if (e.offset < expected) {
        throw new FormatException(Reason.HOSTILE, at(e.offset), "entry " + e.name + " starts at offset " + e.offset
            + ", inside entry " + previous.name + ": the central directory and the local headers disagree");
      }
      if (e.offset > expected) {
        throw unlisted(expected, e.offset);
      }
      long next = i + 1 < byOffset.size() ? byOffset.get(i + 1).offset : centralStart;
      expected = checkLocalHeader(e, Math.max(next, e.offset));
      previous = e;
    }
    entry = null;
    if (expected < centralStart) {
      throw unlisted(expected, centralStart);
    }
    if (expected > centralStart) {
      throw new FormatException(Reason.HOSTILE, at(centralStart), "entry " + previous.name + " runs into the central directory");
    }
  }

  /** Checks one local header against the directory; returns where the entry ends. */
  private long checkLocalHeader(Entry e, long next) {
    if (e.offset + 30 > centralStart || u32(e.offset) != LOCAL) {
      throw new FormatException(Reason.HOSTILE, at(e.offset), "the central directory puts entry " + e.name
          + " at offset " + e.offset + ", where there is no local header");
    }
    byte[] h = read(e.offset, 30);
    int nameLength = le16(h, 26);
    int extraLength = le16(h, 28);
    e.dataStart = e.offset + 30 + nameLength + extraLength;
    if (e.dataStart > centralStart) {
      throw new FormatException(Reason.HOSTILE, at(e.offset), "the local header of entry " + e.name + " runs into the central directory");
    }
    byte[] localName = nameLength > MAX_NAME_BYTES ? new byte[0] : read(e.offset + 30, nameLength);
    if (!java.util.Arrays.equals(localName, e.rawName)) {
      throw new FormatException(Reason.HOSTILE, at(e.offset), "the local header at offset " + e.offset + " names the entry \""
          + new String(localName, StandardCharsets.UTF_8) + "\", the central directory \"" + e.name + "\"");
    }
    int flags = le16(h, 6);
    if (le16(h, 8) != e.method || (flags & 0x49) != (e.flags & 0x49)) {
      throw disagree(e, "its compression method or flags");
    }
    long[] wide = zip64(read(e.offset + 30 + nameLength, extraLength),
        (le32(h, 22) & MAX32) == MAX32, (le32(h, 18) & MAX32) == MAX32, false);
    long crc = le32(h, 14) & MAX32;
    long compressed = wide[1] >= 0 ? wide[1] : le32(h, 18) & MAX32;
    long inflated = wide[0] >= 0 ? wide[0] : le32(h, 22) & MAX32;
    boolean descriptor = e.hasDescriptor();
    if (!agrees(crc, e.crc, descriptor) || !agrees(compressed, e.compressedSize, descriptor)
        || !agrees(inflated, e.size, descriptor)) {
      throw disagree(e, "its CRC or sizes");
    }
    long dataEnd = e.dataStart + e.compressedSize;
    if (dataEnd > centralStart || dataEnd < e.dataStart) {
      throw new FormatException(Reason.HOSTILE, at(e.offset), "the data of entry " + e.name + " runs into the central directory");
    }
    if (!descriptor) {
      return dataEnd;
    }
    return dataEnd + checkDescriptor(e, dataEnd, next - dataEnd);
  }

  /** In a local header with a data descriptor, CRC and sizes may be zero. */
  private static boolean agrees(long local, long central, boolean descriptor) {
    return local == central || (descriptor && local == 0);
  }

  /**
   * The data descriptor after an entry's data: optional signature, CRC and both sizes, 4 or 8 bytes
   * each; the room before the next entry says which. Returns its length.
   */
  private int checkDescriptor(Entry e, long at, long room) {
    boolean signed = room >= 16 && u32(at) == DESCRIPTOR && (room == 16 || room == 24);
    long body = signed ? room - 4 : room;
    if (body != 12 && body != 20) {
      if (room > 0 && room < 12) {
        throw disagree(e, "the room left for its data descriptor");
      }
      return signed ? 16 : 12; // the rest is a gap, reported by the caller with what it holds
    }
    long start = signed ? at + 4 : at;
    int width = body == 12 ? 4 : 8;
    long crc = u32(start);
    long compressed = width == 4 ? u32(start + 4) : u64(start + 4);
    long inflated = width == 4 ? u32(start + 8) : u64(start + 4 + width);
    if (crc != e.crc || compressed != e.compressedSize || inflated != e.size) {
      throw disagree(e, "its data descriptor");
    }
    return (int) room;
  }

  private FormatException disagree(Entry e, String what) {
    return new FormatException(Reason.HOSTILE, at(e.offset), "the local header of entry " + e.name
        + " and the central directory disagree about " + what);
  }

  /** Bytes between entries that the central directory does not account for. */
  private FormatException unlisted(long from, long to) {
    if (to - from >= 30 && u32(from) == LOCAL) {
      int nameLength = Math.min(le16(read(from + 26, 2), 0), (int) Math.min(MAX_NAME_BYTES, to - from - 30));
      String name = new String(read(from + 30, nameLength), StandardCharsets.UTF_8);
      entry = name;
      return new FormatException(Reason.HOSTILE, at(from), "the archive holds an entry " + name + " at offset " + from
          + " that its central directory does not list: office applications would not show it");
    }
    return new FormatException(Reason.HOSTILE, at(from), (to - from) + " bytes at offset " + from
        + " belong to no entry of the central directory");
  }

  // --------------------------------------------------------------------------------- reading

  private byte[] read(long position, int length) {
    byte[] out = new byte[length];
    if (position < 0 || position + length > bytes.size()) {
      throw new FormatException(Reason.TRUNCATED, at(bytes.size()), "the zip archive ends at byte " + bytes.size()
          + ", before the " + length + " bytes at offset " + position + " its directory points to");
    }
    try {
      bytes.read(position, out, 0, length);
    } catch (IOException e) {
      throw failure(e);
    }
    return out;
  }

  private long u32(long position) {
    return le32(read(position, 4), 0) & MAX32;
  }

  private long u64(long position) {
    return le64(read(position, 8), 0);
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static int le32(byte[] b, int i) {
    return le16(b, i) | le16(b, i + 2) << 16;
  }

  private static long le64(byte[] b, int i) {
    return (le32(b, i) & MAX32) | (long) le32(b, i + 4) << 32;
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

  /**
   * The failure a reader of this package's streams raised and an API that lets only IOExceptions
   * pass (the XML parser) carried, or null when the exception carries none.
   *
   * @param e an exception the parser gave as its cause
   * @return the failure carried, or null
   */
  public static FormatException carried(Throwable e) {
    return e instanceof FormatIoException ? ((FormatIoException) e).formatException : null;
  }

  /**
   * Translates a failure raised while a consumer (the XML parser) read an entry.
   *
   * @param e the failure
   * @return the failure as a FormatException
   */
  public FormatException translate(IOException e) {
    return failure(e);
  }

  private static FormatException malformed(FormatLocation at, String detail) {
    return new FormatException(Reason.MALFORMED, at, "the zip archive is damaged: " + detail);
  }

  /**
   * Where the reading is: the entry being read, if any.
   *
   * @return the location
   */
  public FormatLocation location() {
    FormatLocation.Builder b = FormatLocation.builder();
    if (entry != null) {
      b.entry(entry);
    }
    return b.build();
  }

  private FormatLocation at(long offset) {
    FormatLocation.Builder b = FormatLocation.builder().byteOffset(offset);
    if (entry != null) {
      b.entry(entry);
    }
    return b.build();
  }

  @Override
  public void close() {
    bytes.close();
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

  /**
   * The inflated bytes of one entry, counted against the total and ratio limits, and held to the
   * size and CRC the directory declares (a lying directory is caught as the bytes come).
   */
  private final class EntryStream extends InputStream {
    private final Entry e;
    private final Inflater inflater;
    private final CRC32 crc = new CRC32();
    private final byte[] input;
    private long compressedRead;
    private long inflated;
    private boolean done;

    EntryStream(Entry e) {
      this.e = e;
      this.inflater = e.method == 8 ? new Inflater(true) : null;
      // most parts are small: no larger a buffer than the compressed data
      this.input = new byte[e.method == 8 ? (int) Math.max(1, Math.min(8192, e.compressedSize)) : 0];
    }

    /** The bytes the entry still inflates to, as the central directory declares them. */
    @Override
    public int available() {
      return done ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, e.size - inflated));
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = inflater == null ? readStored(b, off, len) : inflate(b, off, len);
      if (n < 0) {
        finish();
        return -1;
      }
      account(b, off, n);
      return n;
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
      int n = (int) Math.min(len, e.size - inflated);
      if (n <= 0) {
        return -1;
      }
      bytes.read(e.dataStart + inflated, b, off, n);
      compressedRead += n;
      return n;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
      try {
        while (true) {
          int n = inflater.inflate(b, off, len);
          if (n > 0) {
            return n;
          }
          if (inflater.finished()) {
            return -1;
          }
          if (inflater.needsDictionary() || compressedRead >= e.compressedSize) {
            throw carry(new FormatException(Reason.MALFORMED, location(),
                "the zip archive is damaged: the compressed data of " + e.name + " ends before it is complete"));
          }
          int chunk = (int) Math.min(input.length, e.compressedSize - compressedRead);
          bytes.read(e.dataStart + compressedRead, input, 0, chunk);
          compressedRead += chunk;
          inflater.setInput(input, 0, chunk);
        }
      } catch (DataFormatException x) {
        throw carry(new FormatException(Reason.MALFORMED, location(),
            "the zip archive is damaged: the compressed data of " + e.name + " is invalid: " + x.getMessage(), x));
      }
    }

    private void account(byte[] b, int off, int n) throws FormatIoException {
      inflated += n;
      inflatedTotal += n;
      crc.update(b, off, n);
      if (inflated > e.size) {
        throw carry(new FormatException(Reason.HOSTILE, location(),
            "entry " + e.name + " inflates past the " + e.size + " bytes the central directory declares"));
      }
      if (inflatedTotal > word.getMaxInflatedBytes()) {
        throw carry(new FormatException(Reason.TOO_LARGE, location(),
            "the archive inflates past the limit of " + word.getMaxInflatedBytes() + " bytes"));
      }
      long compressed = Math.max(1, compressedRead);
      if (inflated > word.getZipRatioThresholdBytes() && inflated / compressed > word.getMaxInflateRatio()) {
        throw carry(new FormatException(Reason.HOSTILE, location(), "zip bomb: entry inflates " + (inflated / compressed)
            + " times its compressed size (limit " + word.getMaxInflateRatio() + ")"));
      }
    }

    private void finish() throws FormatIoException {
      done = true;
      if (inflated != e.size) {
        throw carry(new FormatException(Reason.MALFORMED, location(), "the zip archive is damaged: entry " + e.name
            + " inflates to " + inflated + " bytes, not the " + e.size + " its central directory declares"));
      }
      if (crc.getValue() != e.crc) {
        throw carry(new FormatException(Reason.MALFORMED, location(),
            "the zip archive is damaged: the CRC of entry " + e.name + " does not match its data"));
      }
    }

    private FormatIoException carry(FormatException x) {
      done = true;
      return new FormatIoException(x);
    }

    @Override
    public void close() {
      done = true;
      if (inflater != null) {
        inflater.end();
      }
    }
  }
}

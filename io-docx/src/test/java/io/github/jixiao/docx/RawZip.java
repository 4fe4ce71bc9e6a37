package io.github.jixiao.docx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips byte by byte, so that tests can make the local headers and the central directory say
 * different things (as hostile archives do) or use what ZipOutputStream never writes (a STORED
 * entry with a data descriptor).
 */
final class RawZip {
  /** One entry: its local header and data, and its record in the central directory. */
  static final class Entry {
    final String name;
    final byte[] content;
    boolean deflate = true;
    boolean descriptor;
    boolean signedDescriptor = true;
    /** Written as a local header and data. */
    boolean local = true;
    /** Listed in the central directory. */
    boolean listed = true;
    String centralName;
    Long centralSize;
    Long centralOffset;

    Entry(String name, byte[] content) {
      this.name = name;
      this.content = content;
    }

    Entry stored() {
      deflate = false;
      return this;
    }

    Entry withDescriptor() {
      descriptor = true;
      return this;
    }

    Entry unlisted() {
      listed = false;
      return this;
    }

    Entry centralName(String name) {
      centralName = name;
      return this;
    }

    Entry centralSize(long size) {
      centralSize = size;
      return this;
    }

    /** Only in the central directory, pointing at an offset. */
    Entry centralOnly(long offset) {
      local = false;
      centralOffset = offset;
      return this;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private int cutCentralDirectory = -1;

  Entry add(String name, String content) {
    return add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  Entry add(String name, byte[] content) {
    Entry e = new Entry(name, content);
    entries.add(e);
    return e;
  }

  /** The package parts of a Word document around a main part word/document.xml. */
  RawZip word(String documentXml) {
    add("[Content_Types].xml", Zips.CONTENT_TYPES);
    add("_rels/.rels", Zips.RELS);
    add("word/document.xml", documentXml);
    return this;
  }

  /** Cuts the file this many bytes into its central directory. */
  RawZip cutInCentralDirectory(int bytes) {
    cutCentralDirectory = bytes;
    return this;
  }

  /** The local header and data of an entry, as they would be written (for hiding inside another entry). */
  static byte[] localBytes(Entry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLocal(out, e, data(e));
    return out.toByteArray();
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    int listed = 0;
    for (Entry e : entries) {
      byte[] data = data(e);
      long offset = out.size();
      if (e.local) {
        writeLocal(out, e, data);
      }
      if (e.listed) {
        listed++;
        byte[] name = (e.centralName != null ? e.centralName : e.name).getBytes(StandardCharsets.UTF_8);
        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        le16(central, e.descriptor ? 8 : 0);
        le16(central, e.deflate ? 8 : 0);
        le32(central, 0);
        le32(central, crc(e.content));
        le32(central, data.length);
        le32(central, e.centralSize != null ? e.centralSize : e.content.length);
        le16(central, name.length);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, 0);
        le32(central, e.centralOffset != null ? e.centralOffset : offset);
        central.writeBytes(name);
      }
    }
    long centralStart = out.size();
    byte[] directory = central.toByteArray();
    out.writeBytes(directory);
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, listed);
    le16(out, listed);
    le32(out, directory.length);
    le32(out, centralStart);
    le16(out, 0);
    byte[] all = out.toByteArray();
    if (cutCentralDirectory >= 0) {
      return java.util.Arrays.copyOf(all, (int) centralStart + cutCentralDirectory);
    }
    return all;
  }

  private static void writeLocal(ByteArrayOutputStream out, Entry e, byte[] data) {
    byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
    le32(out, 0x04034b50);
    le16(out, 20);
    le16(out, e.descriptor ? 8 : 0);
    le16(out, e.deflate ? 8 : 0);
    le32(out, 0);
    le32(out, e.descriptor ? 0 : crc(e.content));
    le32(out, e.descriptor ? 0 : data.length);
    le32(out, e.descriptor ? 0 : e.content.length);
    le16(out, name.length);
    le16(out, 0);
    out.writeBytes(name);
    out.writeBytes(data);
    if (e.descriptor) {
      if (e.signedDescriptor) {
        le32(out, 0x08074b50);
      }
      le32(out, crc(e.content));
      le32(out, data.length);
      le32(out, e.content.length);
    }
  }

  private static byte[] data(Entry e) {
    if (!e.deflate) {
      return e.content;
    }
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(e.content);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static long crc(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return crc.getValue();
  }

  private static void le16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void le32(ByteArrayOutputStream out, long v) {
    le16(out, (int) (v & 0xFFFF));
    le16(out, (int) ((v >>> 16) & 0xFFFF));
  }
}

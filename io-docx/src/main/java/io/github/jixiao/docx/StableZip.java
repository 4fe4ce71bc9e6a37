package io.github.jixiao.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The zip POI wrote, written again with nothing taken from the clock: POI stamps every entry with
 * the time of writing, and has no setting for it. The entries keep their names, order and
 * contents; each gets the same fixed time and is deflated at the default level, so the same
 * document gives the same bytes on any day, in any time zone.
 */
final class StableZip {
  /**
   * 1980-02-01 00:00, as DOS time (local, no time zone), as Gradle's reproducible archives have: the
   * zip format's first day, 1980-01-01 00:00, is what {@link ZipEntry} takes for "before 1980" and
   * adds an extended timestamp for, in the JVM's time zone.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  private StableZip() {}

  /**
   * The archive with fixed entry times.
   *
   * @param zip a zip archive made in memory
   * @return the same entries, stamped {@link #ENTRY_TIME}
   * @throws UncheckedIOException if the archive cannot be read (it was made in memory by POI)
   */
  static byte[] of(byte[] zip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.DEFAULT_COMPRESSION);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry stable = new ZipEntry(entry.getName());
        stable.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(stable);
        in.transferTo(out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the Word document's zip", e);
    }
    return bytes.toByteArray();
  }
}

package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.ZipBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The zip of an .xlsx, read through its central directory with the zip limits of the reader's
 * {@link XlsxReadOptions}; the checks are the shared {@link OfficeZip}'s. A file that is an OLE2
 * compound document instead — an encrypted (password-protected) workbook or a legacy .xls — is
 * refused first with a message that says which.
 */
final class XlsxZip extends OfficeZip {
  XlsxZip(ZipBytes bytes, ReadOptions options) {
    super(refuseCompound(bytes), XlsxReadOptions.of(options).officeLimits().zip(), "an Excel .xlsx file");
  }

  /** The signature of an OLE2 compound file. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** Whether the bytes are an OLE2 compound file (a legacy .xls, or an encrypted workbook). */
  static boolean isCompound(ZipBytes bytes) {
    if (bytes.size() < OLE2.length) {
      return false;
    }
    byte[] head = new byte[OLE2.length];
    try {
      bytes.read(0, head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    return isCompound(head);
  }

  static boolean isCompound(byte[] head) {
    if (head.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (head[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  private static ZipBytes refuseCompound(ZipBytes bytes) {
    if (bytes.size() < OLE2.length) {
      return bytes;
    }
    byte[] head = new byte[OLE2.length];
    try {
      bytes.read(0, head, 0, head.length);
    } catch (IOException e) {
      return bytes; // the zip reader reports it
    }
    if (!isCompound(head)) {
      return bytes;
    }
    boolean encrypted = isEncrypted(bytes);
    bytes.close();
    throw new FormatException(encrypted ? Reason.UNSUPPORTED_VERSION : Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
        encrypted ? ENCRYPTED : "not an .xlsx file but an OLE2 compound file (a legacy .xls workbook?): read it as .xls");
  }

  static final String ENCRYPTED = "the workbook is encrypted (password-protected): Jixiao does not decrypt workbooks; "
      + "save it without a password and read it again";

  /** An OOXML workbook encrypted into a compound file: its directory names an EncryptedPackage stream. */
  static boolean isEncrypted(ZipBytes bytes) {
    return contains(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE));
  }

  /** Whether the bytes hold a pattern (the compound file's directory names its streams in UTF-16). */
  private static boolean contains(ZipBytes bytes, byte[] pattern) {
    byte[] buffer = new byte[1 << 16];
    long size = bytes.size();
    for (long at = 0; at < size; at += buffer.length - pattern.length) {
      int n = (int) Math.min(buffer.length, size - at);
      try {
        bytes.read(at, buffer, 0, n);
      } catch (IOException e) {
        return false;
      }
      outer:
      for (int i = 0; i + pattern.length <= n; i++) {
        for (int k = 0; k < pattern.length; k++) {
          if (buffer[i + k] != pattern[k]) {
            continue outer;
          }
        }
        return true;
      }
      if (at + n >= size) {
        break;
      }
    }
    return false;
  }
}

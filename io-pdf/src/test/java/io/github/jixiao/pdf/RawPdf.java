package io.github.jixiao.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF written byte by byte — objects as given, a correct cross-reference table — for hostile
 * structures no PDF library would write: cycles, bombs, lies about sizes. Object 1 is the catalog.
 */
final class RawPdf {
  private final List<byte[]> objects = new ArrayList<>();

  /** Adds the next object (numbered from 1) and returns its number. */
  int add(String body) {
    return add(body.getBytes(StandardCharsets.ISO_8859_1));
  }

  int add(byte[] body) {
    objects.add(body);
    return objects.size();
  }

  /** Sets object {@code number}, which must have been reserved with {@link #add}. */
  void set(int number, String body) {
    objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A stream object's body: its dictionary entries (without Length) and its bytes. */
  static byte[] stream(String dict, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("<< " + dict + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  byte[] bytes() {
    return bytes("");
  }

  /** The file; {@code trailerExtra} goes into the trailer dictionary. */
  byte[] bytes(String trailerExtra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(objects.get(i));
      out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    long xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long o : offsets) {
      x.append(String.format("%010d 00000 n \n", o));
    }
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ").append(trailerExtra)
        .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}

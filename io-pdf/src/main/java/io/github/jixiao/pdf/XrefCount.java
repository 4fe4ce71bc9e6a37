package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException.Reason;

/**
 * Counts, in the raw bytes, the objects the cross-reference sections announce — the entries of each
 * {@code xref} table's subsections and the {@code /Size} of trailers and cross-reference streams —
 * so that a file announcing millions of objects is refused before PDFBox builds a map of them (a
 * few hundred bytes of heap per entry: a 20 MB table would need gigabytes).
 */
final class XrefCount {
  private XrefCount() {}

  static void check(byte[] pdf, int max) {
    long announced = 0;
    for (int i = 0; i + 5 < pdf.length; i++) {
      if (at(pdf, i, "/Size")) {
        announced = Math.max(announced, number(pdf, i + 5));
      } else if (at(pdf, i, "xref") && (i == 0 || pdf[i - 1] != 't')) {
        announced = Math.max(announced, subsections(pdf, i + 4));
      }
      if (announced > max) {
        throw Failures.of(Reason.TOO_LARGE, "the cross-reference tables announce " + announced
            + " objects, more than the limit of " + max + " (PdfReadOptions.maxObjects)");
      }
    }
  }

  /** The entries of a classic xref table: the sum of the counts of its "first count" lines. */
  private static long subsections(byte[] pdf, int from) {
    long total = 0;
    int i = from;
    while (true) {
      int[] pos = {i};
      long first = readNumber(pdf, pos);
      if (first < 0) {
        return total;
      }
      long count = readNumber(pdf, pos);
      if (count < 0) {
        return total;
      }
      total += count;
      // skip the entries themselves: 20 bytes each
      long skip = pos[0] + count * 20;
      if (skip >= pdf.length || total > Integer.MAX_VALUE) {
        return total;
      }
      i = (int) skip;
    }
  }

  private static long number(byte[] pdf, int from) {
    int[] pos = {from};
    return Math.max(0, readNumber(pdf, pos));
  }

  /** The next unsigned integer after whitespace, or -1 if something else comes first. */
  private static long readNumber(byte[] pdf, int[] pos) {
    int i = pos[0];
    while (i < pdf.length && (pdf[i] == ' ' || pdf[i] == '\r' || pdf[i] == '\n' || pdf[i] == '\t')) {
      i++;
    }
    long value = 0;
    int digits = 0;
    while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && digits < 12) {
      value = value * 10 + (pdf[i] - '0');
      i++;
      digits++;
    }
    pos[0] = i;
    return digits == 0 ? -1 : value;
  }

  private static boolean at(byte[] pdf, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (pdf[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}

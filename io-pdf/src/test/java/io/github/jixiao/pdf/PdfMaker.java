package io.github.jixiao.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Test PDFs drawn with PDFBox: pages of Helvetica text and ruling lines, in top-down coordinates
 * (points from the top-left corner, as the reader works), so that a test reads like the page.
 */
final class PdfMaker {
  private final List<List<Object[]>> pages = new ArrayList<>();
  private final List<Integer> rotations = new ArrayList<>();

  PdfMaker page() {
    return page(0);
  }

  PdfMaker page(int rotation) {
    pages.add(new ArrayList<>());
    rotations.add(rotation);
    return this;
  }

  /** Text whose baseline starts at x, y (from the top). */
  PdfMaker text(float x, float y, String text) {
    pages.get(pages.size() - 1).add(new Object[] {"t", x, y, text});
    return this;
  }

  /** A line from x1, y1 to x2, y2 (from the top), stroked 0.5 pt wide. */
  PdfMaker line(float x1, float y1, float x2, float y2) {
    pages.get(pages.size() - 1).add(new Object[] {"l", x1, y1, x2, y2});
    return this;
  }

  /** A grid of lines: columns at xs, rows at ys, every separator drawn except the ones listed as "r,c-r,c" merges. */
  PdfMaker grid(float[] xs, float[] ys) {
    for (float y : ys) {
      line(xs[0], y, xs[xs.length - 1], y);
    }
    for (float x : xs) {
      line(x, ys[0], x, ys[ys.length - 1]);
    }
    return this;
  }

  byte[] bytes() {
    try (PDDocument doc = build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDDocument build() throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (int p = 0; p < pages.size(); p++) {
      PDPage page = new PDPage(PDRectangle.A4);
      page.setRotation(rotations.get(p));
      doc.addPage(page);
      float h = PDRectangle.A4.getHeight();
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.setLineWidth(0.5f);
        for (Object[] op : pages.get(p)) {
          if (op[0].equals("t")) {
            c.beginText();
            c.setFont(font, 10);
            c.newLineAtOffset((Float) op[1], h - (Float) op[2]);
            c.showText((String) op[3]);
            c.endText();
          } else {
            c.moveTo((Float) op[1], h - (Float) op[2]);
            c.lineTo((Float) op[3], h - (Float) op[4]);
            c.stroke();
          }
        }
      }
    }
    return doc;
  }
}

/**
 * 绩效 PDF: reads performance-target documents from PDF files — the ruled tables and the text
 * between them, found on Apache PDFBox 3 — through the format-neutral form reader. Reading only.
 *
 * @provides io.github.jixiao.format.FormatProvider the {@code pdf} format
 */
module io.github.jixiao.pdf {
  requires transitive io.github.jixiao.core;
  requires io.github.jixiao.layout;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox's graphics engine hands points as java.awt.geom.Point2D.
  requires java.desktop;
  // Immutables (PdfReadOptions): annotations for javac and the processor only.
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.pdf;

  provides io.github.jixiao.format.FormatProvider with io.github.jixiao.pdf.PdfFormat;
}

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The PDF format with default options, our Word and Excel writers, and a view of a layout for failure messages. */
final class PdfTesting {
  static final PdfFormat FORMAT = new PdfFormat();

  private PdfTesting() {}

  static ReadResult<Disclosure> read(byte[] pdf) {
    return FORMAT.reader(ReadOptions.defaults()).read(new ByteArrayInputStream(pdf));
  }

  static byte[] docx(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxFormat().writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toByteArray();
  }

  static byte[] xlsx(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxFormat().writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toByteArray();
  }

  /**
   * Writes each document with {@code writer} into a new folder as {@code doc<i>.<extension>}, prints
   * them all to PDF in one soffice run, and checks that each reads back into exactly the document
   * written, with no warning; a failure shows the layout read.
   */
  static void printedReadBack(String soffice, String extension, Function<Disclosure, byte[]> writer,
      List<Disclosure> documents) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("jixiao-pdf-" + extension);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Path file = dir.resolve("doc" + i + "." + extension);
      Files.write(file, writer.apply(documents.get(i)));
      files.add(file.toString());
    }
    LibreOffice.convert(soffice, dir, "pdf", dir, files);
    for (int i = 0; i < documents.size(); i++) {
      byte[] pdf = Files.readAllBytes(dir.resolve("doc" + i + ".pdf"));
      ReadResult<Disclosure> back = read(pdf);
      String layout = show(layout(pdf));
      assertThat(back.warnings()).as("document %d, read as:\n%s", i, layout).isEmpty();
      assertThat(back.value()).as("document %d, read as:\n%s", i, layout).isEqualTo(documents.get(i));
    }
  }

  static Disclosure readDocx(byte[] docx) {
    return new DocxFormat().reader(ReadOptions.defaults()).readDisclosure(new ByteArrayInputStream(docx));
  }

  static List<LayoutBlock> layout(byte[] pdf) {
    return new PdfDocumentReader(ReadOptions.defaults()).layout(pdf, w -> { });
  }

  /** The layout as text, one line per paragraph and table row, for failure messages. */
  static String show(List<LayoutBlock> blocks) {
    StringBuilder b = new StringBuilder();
    for (LayoutBlock block : blocks) {
      if (block instanceof LayoutParagraph p) {
        b.append("¶ ").append(p.text().replace("\n", "⏎")).append('\n');
      } else if (block instanceof LayoutTable t) {
        b.append("▦ ").append(t.location().describe()).append(" ").append(t.rowCount()).append('×')
            .append(t.columnCount()).append(" header ").append(t.headerRows()).append('\n');
        int row = -1;
        for (LayoutCell c : new ArrayList<>(t.cells())) {
          if (c.row() != row) {
            b.append(row >= 0 ? "\n" : "").append("   r").append(c.row()).append(':');
            row = c.row();
          }
          b.append(" [").append(c.column());
          if (c.rowSpan() > 1 || c.columnSpan() > 1) {
            b.append('+').append(c.rowSpan()).append('x').append(c.columnSpan());
          }
          b.append("] ").append(c.text().replace("\n", "⏎")).append(" |");
        }
        b.append('\n');
      }
    }
    return b.toString();
  }
}

package io.github.jixiao.docx;

import io.github.jixiao.docx.WordTables.CellSpec;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.MissingValueException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the standard form with Apache POI: A4 portrait, 2 cm margins, the title, the disclosure
 * list and its footnote, then one sheet per project, each on a new page. Batches are collected
 * into one document, which POI holds in memory until the writer is closed.
 */
final class DocxDocumentWriter implements DocumentWriter {
  private static final int[] LIST_WIDTHS = {1200, 6038, 2400};
  private static final int MARGIN = 1134;

  DocxDocumentWriter(WriteOptions options) {
    // the Word layout has no options yet; WriteOptions' text-format settings do not apply
  }

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    MissingValueException.require(disclosure, "disclosure");
    MissingValueException.require(out, "out");
    XWPFDocument doc = newDocument();
    disclosure.getTitle().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.CENTER, 18, true));
    disclosure.getListTitle().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.CENTER, 14, true));
    if (!disclosure.getListEntries().isEmpty()) {
      XWPFTable list = WordTables.table(doc, LIST_WIDTHS);
      WordTables.row(list, LIST_WIDTHS, List.of(CellSpec.of("序号"), CellSpec.of("项目名称"), CellSpec.of("预算金额（单位：万元）")));
      for (DisclosureListEntry e : disclosure.getListEntries()) {
        WordTables.row(list, LIST_WIDTHS, List.of(CellSpec.of(Integer.toString(e.getSequence())),
            CellSpec.of(e.getName()), CellSpec.of(e.getAmount().toPlainString())));
      }
    }
    disclosure.getClassifiedNote().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.LEFT, 10.5, false));
    boolean first = disclosure.getTitle().isEmpty() && disclosure.getListEntries().isEmpty() && disclosure.getClassifiedNote().isEmpty();
    for (BudgetItem item : disclosure.getItems()) {
      SheetWriter.write(doc, item, !first);
      first = false;
    }
    save(doc, out);
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    MissingValueException.require(item, "item");
    MissingValueException.require(out, "out");
    XWPFDocument doc = newDocument();
    SheetWriter.write(doc, item, false);
    save(doc, out);
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    MissingValueException.require(out, "out");
    XWPFDocument doc = newDocument();
    return new ItemWriter() {
      private boolean first = true;

      @Override
      public void write(BudgetItem item) {
        MissingValueException.require(item, "item");
        SheetWriter.write(doc, item, !first);
        first = false;
      }

      @Override
      public void close() {
        try (out) {
          save(doc, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** A document with an A4 portrait page and 2 cm margins. */
  private static XWPFDocument newDocument() {
    XWPFDocument doc = new XWPFDocument();
    CTBody body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    return doc;
  }

  private static void save(XWPFDocument doc, OutputStream out) {
    try (doc) {
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document", e);
    }
  }

}

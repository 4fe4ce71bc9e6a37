package io.github.jixiao.docx;

import io.github.jixiao.internal.QuietLog4j;

import io.github.jixiao.docx.WordTables.CellSpec;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.LabelledText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * list (with its extra columns after 预算金额 and its 合计 row, when it has them) and its footnote,
 * then one sheet per project, each on a new page. Batches are collected into one document, which
 * POI holds in memory until the writer is closed.
 *
 * <p>Nothing is written that does not read back the same: each document is made in memory, read
 * back by the Word reader and compared with the model before it goes to the stream; content Word
 * cannot hold or the form's layout cannot tell apart is refused ({@link WriteCheck}).
 *
 * <p>The same document gives the same bytes: the document properties come from {@link
 * DocxWriteOptions}, never from the clock, and the zip entries carry a fixed time ({@link
 * StableZip}). A failure inside POI is a {@link FormatException} ({@code WRITER_BUG}, with the
 * sheet's pointer where one is known), never POI's own exception, and POI's logging stays off
 * stderr ({@link QuietLog4j}); only a failure of the caller's stream is an {@link
 * UncheckedIOException}, as {@link DocumentWriter} says.
 */
final class DocxDocumentWriter implements DocumentWriter {
  private static final int[] LIST_WIDTHS = {1200, 6038, 2400};
  private static final int LIST_EXTRA_WIDTH = 1400;
  private static final int LIST_NAME_MIN_WIDTH = 2000;
  private static final int MARGIN = 1134;

  /** The document properties; WriteOptions' text-format settings do not apply to Word. */
  private final DocxWriteOptions properties;

  DocxDocumentWriter(WriteOptions options) {
    this.properties = DocxWriteOptions.of(options);
  }

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(out, "out");
    WriteCheck.holdable(disclosure, "");
    byte[] docx = document(disclosure);
    WriteCheck.readsBack(disclosure, docx, this::single);
    copy(docx, out);
  }

  /** The document of a disclosure, in memory until the reader has read it back. */
  private byte[] document(Disclosure disclosure) {
    XWPFDocument doc = newDocument();
    try {
      return layOut(doc, disclosure);
    } catch (RuntimeException e) {
      throw PoiFailure.of(e, "");
    } finally {
      discard(doc);
    }
  }

  private byte[] layOut(XWPFDocument doc, Disclosure disclosure) {
    disclosure.getTitle().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.CENTER, 18, true));
    disclosure.getListTitle().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.CENTER, 14, true));
    boolean hasList = !disclosure.getListEntries().isEmpty() || disclosure.getListTotal().isPresent();
    if (hasList) {
      list(doc, disclosure);
    }
    // the note follows the title or the list; with neither, it would be the document's first line,
    // which the reader takes for the title: it goes after the sheets then
    boolean noteFirst = disclosure.getTitle().isEmpty() && disclosure.getListTitle().isEmpty() && !hasList;
    if (!noteFirst) {
      disclosure.getClassifiedNote().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.LEFT, 10.5, false));
    }
    boolean first = disclosure.getTitle().isEmpty() && !hasList && (noteFirst || disclosure.getClassifiedNote().isEmpty());
    for (int i = 0; i < disclosure.getItems().size(); i++) {
      sheet(doc, disclosure.getItems().get(i), !first, "/items/" + i);
      first = false;
    }
    if (noteFirst) {
      disclosure.getClassifiedNote().ifPresent(t -> WordTables.paragraph(doc, t, ParagraphAlignment.LEFT, 10.5, false));
    }
    return bytes(doc);
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(out, "out");
    WriteCheck.holdable(item, "");
    byte[] docx = single(item);
    WriteCheck.readsBack(List.of(item), docx, true);
    copy(docx, out);
  }

  /** The document of one sheet. */
  private byte[] single(BudgetItem item) {
    XWPFDocument doc = newDocument();
    try {
      sheet(doc, item, false, "");
      return bytes(doc);
    } finally {
      discard(doc);
    }
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    Objects.requireNonNull(out, "out");
    XWPFDocument doc = newDocument();
    return new ItemWriter() {
      /** The sheets written, kept to compare with what the document reads back. */
      private final List<BudgetItem> written = new ArrayList<>();
      private boolean closed;

      @Override
      public void write(BudgetItem item) {
        Objects.requireNonNull(item, "item");
        if (closed) {
          throw new IllegalStateException("the batch is closed: the Word document has been written");
        }
        String pointer = "/items/" + written.size();
        WriteCheck.holdable(item, pointer);
        sheet(doc, item, !written.isEmpty(), pointer);
        written.add(item);
      }

      /** Writes the document; closing again does nothing. */
      @Override
      public void close() {
        if (closed) {
          return;
        }
        closed = true;
        try (out) {
          byte[] docx = bytes(doc);
          WriteCheck.readsBack(written, docx, false);
          copy(docx, out);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close the output of the Word document", e);
        } finally {
          discard(doc);
        }
      }
    };
  }

  /**
   * The 公开清单: 序号, 项目名称, 预算金额 and the extra columns (in the order they first appear,
   * a header written twice in a row's extras giving two columns), one row per entry, then the 合计
   * row when the list has one.
   */
  private static void list(XWPFDocument doc, Disclosure disclosure) {
    List<ColumnKey> extraColumns = new ArrayList<>();
    for (DisclosureListEntry e : disclosure.getListEntries()) {
      for (ColumnKey key : columnKeys(e.getExtras()).keySet()) {
        if (!extraColumns.contains(key)) {
          extraColumns.add(key);
        }
      }
    }
    int[] widths = listWidths(extraColumns.size());
    XWPFTable list = WordTables.table(doc, widths);
    List<CellSpec> header = new ArrayList<>(List.of(CellSpec.of(Labels.of("list.sequence")), CellSpec.of(Labels.of("list.name")), CellSpec.of("预算金额（单位：万元）")));
    extraColumns.forEach(key -> header.add(CellSpec.of(key.label())));
    WordTables.row(list, widths, header);
    for (DisclosureListEntry e : disclosure.getListEntries()) {
      List<CellSpec> cells = new ArrayList<>(List.of(CellSpec.of(Integer.toString(e.getSequence())),
          CellSpec.of(e.getName()), CellSpec.of(e.getAmount().toPlainString())));
      Map<ColumnKey, String> texts = columnKeys(e.getExtras());
      extraColumns.forEach(key -> cells.add(CellSpec.of(texts.getOrDefault(key, ""))));
      WordTables.row(list, widths, cells);
    }
    if (disclosure.getListTotal().isPresent()) {
      List<CellSpec> cells = new ArrayList<>(List.of(CellSpec.of(Labels.of("list.total")), CellSpec.of(""),
          CellSpec.of(disclosure.getListTotal().get().toPlainString())));
      extraColumns.forEach(key -> cells.add(CellSpec.of("")));
      WordTables.row(list, widths, cells);
    }
  }

  /** An extra list column: its header and which occurrence of that header in a row it is. */
  private record ColumnKey(String label, int occurrence) {}

  private static Map<ColumnKey, String> columnKeys(List<LabelledText> extras) {
    Map<ColumnKey, String> keyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (LabelledText extra : extras) {
      int occurrence = seen.merge(extra.getLabel(), 1, Integer::sum);
      keyed.put(new ColumnKey(extra.getLabel(), occurrence), extra.getText());
    }
    return keyed;
  }

  /** The list's grid: the standard three columns, the name column giving way to extra columns. */
  private static int[] listWidths(int extraColumns) {
    if (extraColumns == 0) {
      return LIST_WIDTHS;
    }
    int total = SheetWriter.TEXT_WIDTH;
    int fixed = LIST_WIDTHS[0] + LIST_WIDTHS[2];
    int each = Math.max(200, Math.min(LIST_EXTRA_WIDTH, (total - fixed - LIST_NAME_MIN_WIDTH) / extraColumns));
    int[] widths = new int[3 + extraColumns];
    widths[0] = LIST_WIDTHS[0];
    widths[2] = LIST_WIDTHS[2];
    for (int i = 0; i < extraColumns; i++) {
      widths[3 + i] = each;
    }
    widths[1] = Math.max(LIST_NAME_MIN_WIDTH, total - fixed - each * extraColumns);
    return widths;
  }

  /** One sheet, a failure inside POI named by the sheet's pointer. */
  private static void sheet(XWPFDocument doc, BudgetItem item, boolean newPage, String pointer) {
    try {
      SheetWriter.write(doc, item, newPage);
    } catch (FormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PoiFailure.of(e, pointer);
    }
  }

  /** A document with an A4 portrait page and 2 cm margins. */
  private static XWPFDocument newDocument() {
    QuietLog4j.chooseProvider();
    try {
      return pageSetUp(new XWPFDocument());
    } catch (RuntimeException e) {
      throw PoiFailure.of(e, "");
    }
  }

  private static XWPFDocument pageSetUp(XWPFDocument doc) {
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

  /** The document's bytes, with this writer's properties and fixed zip entry times. */
  private byte[] bytes(XWPFDocument doc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    save(doc, properties, bytes);
    try {
      return StableZip.of(bytes.toByteArray());
    } catch (RuntimeException e) {
      throw PoiFailure.of(e, "");
    }
  }

  /**
   * Sets the document properties and saves the document; package-private so that a test can make
   * POI fail with a sink that fails (in the writer, the sink is a byte array).
   *
   * @throws FormatException {@code WRITER_BUG} for whatever POI throws
   */
  static void save(XWPFDocument doc, DocxWriteOptions properties, OutputStream sink) {
    try {
      DocumentProperties.set(doc, properties);
      doc.write(sink);
    } catch (IOException | RuntimeException e) {
      throw PoiFailure.of(e, "");
    }
  }

  /**
   * Lets go of a document without saving it again: {@code close()} would save a new document into
   * POI's own buffer once more, doubling the work of every write.
   */
  private static void discard(XWPFDocument doc) {
    try {
      doc.getPackage().revert();
    } catch (RuntimeException e) {
      // nothing to release: the document lives in memory only
    }
  }

  private static void copy(byte[] docx, OutputStream out) {
    try {
      out.write(docx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document", e);
    }
  }

}

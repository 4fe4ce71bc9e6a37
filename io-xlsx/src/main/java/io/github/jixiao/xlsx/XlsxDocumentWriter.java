package io.github.jixiao.xlsx;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes an .xlsx workbook ({@link WorkbookWriter}) in the layout {@link XlsxWriteOptions} chooses:
 * the standard form ({@link FormLayout}: the list on a front worksheet, one worksheet per target
 * sheet) or the collection table ({@link CollectionLayout}: the list, then all projects on one). Nothing is written that does not read
 * back the same ({@link WriteCheck}); a batch is collected and written when the writer is closed.
 */
final class XlsxDocumentWriter implements DocumentWriter {
  private final boolean collection;

  XlsxDocumentWriter(WriteOptions options) {
    // of the write options only the Excel settings apply; the text-format ones do not
    this.collection = XlsxWriteOptions.of(options).getLayout() == XlsxWriteOptions.Layout.COLLECTION_TABLE;
  }

  private FormGrid layout(Disclosure d) {
    return collection ? CollectionLayout.of(d) : FormLayout.of(d);
  }

  private FormGrid layout(List<BudgetItem> items, boolean single) {
    return collection ? CollectionLayout.of(items, single) : FormLayout.of(items);
  }

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(out, "out");
    WriteCheck.holdable(disclosure, "");
    byte[] xlsx = WorkbookWriter.write(layout(disclosure));
    WriteCheck.readsBack(disclosure, xlsx);
    copy(xlsx, out);
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(out, "out");
    WriteCheck.holdable(item, "");
    byte[] xlsx = WorkbookWriter.write(layout(List.of(item), true));
    WriteCheck.readsBack(List.of(item), xlsx, true);
    copy(xlsx, out);
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new ItemWriter() {
      private final List<BudgetItem> written = new ArrayList<>();

      @Override
      public void write(BudgetItem item) {
        Objects.requireNonNull(item, "item");
        WriteCheck.holdable(item, "/items/" + written.size());
        written.add(item);
      }

      @Override
      public void close() {
        try (out) {
          byte[] xlsx = WorkbookWriter.write(layout(written, false));
          WriteCheck.readsBack(written, xlsx, false);
          copy(xlsx, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static void copy(byte[] xlsx, OutputStream out) {
    try {
      out.write(xlsx);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

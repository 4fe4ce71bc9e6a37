package io.github.jixiao.docx;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.OutputStream;

/** Placeholder until the POI writer lands. */
final class DocxDocumentWriter implements DocumentWriter {
  DocxDocumentWriter(WriteOptions options) {}

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    throw new UnsupportedOperationException("not yet");
  }
}

package io.github.jixiao.docx;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** The Word format with default options, and byte-array helpers. */
final class DocxTesting {
  static final DocxFormat FORMAT = new DocxFormat();
  static final DocumentReader READER = FORMAT.reader(ReadOptions.defaults());
  static final DocumentWriter WRITER = FORMAT.writer(WriteOptions.defaults());

  private DocxTesting() {}

  static byte[] write(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDisclosure(d, out);
    return out.toByteArray();
  }

  static byte[] write(BudgetItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeItem(item, out);
    return out.toByteArray();
  }

  static Disclosure read(byte[] docx) {
    return READER.readDisclosure(new ByteArrayInputStream(docx));
  }
}

package io.github.jixiao.xlsx;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Writing and reading workbooks in tests. */
final class XlsxTesting {
  static final XlsxFormat FORMAT = new XlsxFormat();
  static final DocumentReader READER = FORMAT.reader(ReadOptions.defaults());

  private XlsxTesting() {}

  static byte[] write(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FORMAT.writer(WriteOptions.defaults()).writeDisclosure(d, out);
    return out.toByteArray();
  }

  static Disclosure read(byte[] xlsx) {
    return READER.readDisclosure(new ByteArrayInputStream(xlsx));
  }
}

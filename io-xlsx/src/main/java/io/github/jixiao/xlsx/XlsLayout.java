package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.ZipBytes;
import io.github.jixiao.layout.LayoutBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A compound (OLE2) file as a layout: a legacy .xls workbook read whole ({@link XlsReader}) within
 * {@link XlsxReadOptions#getMaxLegacyBytes()}, its worksheets laid out as the .xlsx reader lays
 * them out; an encrypted .xlsx (which is a compound file too) refused.
 */
final class XlsLayout {
  private XlsLayout() {}

  static Iterator<LayoutBlock> blocks(ZipBytes bytes, ReadOptions options, Consumer<? super ReadWarning> warnings) {
    if (XlsxZip.isEncrypted(bytes)) {
      throw new FormatException(Reason.UNSUPPORTED_VERSION, FormatLocation.unknown(), XlsxZip.ENCRYPTED);
    }
    long limit = XlsxReadOptions.of(options).getMaxLegacyBytes();
    if (bytes.size() > limit) {
      throw new FormatException(Reason.TOO_LARGE, FormatLocation.unknown(),
          "the .xls workbook is larger than the limit of " + limit + " bytes for legacy workbooks");
    }
    byte[] all = new byte[(int) bytes.size()];
    try {
      bytes.read(0, all, 0, all.length);
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, FormatLocation.unknown(), "cannot read: " + e, e);
    }
    XlsReader.Book book = XlsReader.read(all, options);
    Consumer<ReadWarning> sink = warnings::accept;
    SheetLayout.Counters counters = new SheetLayout.Counters();
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int i = 0; i < book.sheets().size(); i++) {
      if (book.hidden().get(i)) {
        SheetLayout.hiddenSheet(book.sheets().get(i), options, sink);
      } else {
        blocks.addAll(SheetLayout.blocks(book.sheets().get(i), options, sink, counters));
      }
    }
    return blocks.iterator();
  }
}

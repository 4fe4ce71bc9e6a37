package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.layout.LayoutBlock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A workbook as a layout for the form reader: its worksheets in the workbook's order, each read
 * only when the blocks of the one before are used up (one worksheet in memory at a time), hidden
 * worksheets reported and skipped.
 */
final class XlsxLayout implements Iterator<LayoutBlock> {
  private final OfficeZip zip;
  private final XlsxPackage workbook;
  private final WorksheetReader.Workbook book;
  private final ReadOptions options;
  private final Consumer<ReadWarning> warnings;
  private final SheetLayout.Counters counters = new SheetLayout.Counters();
  private final Deque<LayoutBlock> ready = new ArrayDeque<>();
  private int nextSheet;

  XlsxLayout(OfficeZip zip, ReadOptions options, Consumer<? super ReadWarning> warnings) {
    this.zip = zip;
    this.options = options;
    this.warnings = warnings::accept;
    XlsxReadOptions excel = XlsxReadOptions.of(options);
    this.workbook = XlsxPackage.open(zip, excel, options.getMaxDepth());
    SharedStrings strings = SharedStrings.none();
    OfficeZip.Entry sst = workbook.sharedStrings == null ? null : zip.find(workbook.sharedStrings);
    if (sst != null) {
      strings = SharedStrings.read(zip, sst, excel, options.getMaxDepth(), options.getMaxStringLength());
    }
    Styles styles = Styles.none();
    OfficeZip.Entry st = workbook.styles == null ? null : zip.find(workbook.styles);
    if (st != null) {
      styles = Styles.read(zip, st, excel, options.getMaxDepth());
    }
    this.book = new WorksheetReader.Workbook(zip, excel, options, strings, styles, workbook.date1904);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && nextSheet < workbook.sheets.size()) {
      XlsxPackage.Sheet s = workbook.sheets.get(nextSheet++);
      OfficeZip.Entry entry = zip.find(s.part());
      if (entry == null) {
        throw new FormatException(Reason.MALFORMED, FormatLocation.builder().entry(workbook.workbook.name).build(),
            "the workbook lists the worksheet \"" + s.name() + "\" in " + s.part() + ", but the archive has no such part");
      }
      Worksheet sheet = WorksheetReader.read(book, entry, s.name(), warnings);
      if (s.hidden()) {
        SheetLayout.hiddenSheet(sheet, options, warnings);
      } else {
        ready.addAll(SheetLayout.blocks(sheet, options, warnings, counters));
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public LayoutBlock next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }
}

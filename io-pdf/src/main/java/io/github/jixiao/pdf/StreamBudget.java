package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Decodes every stream a page will make PDFBox read — its contents, forms, fonts and their maps —
 * once, counting the bytes and holding none, before PDFBox decodes them whole into the heap (it
 * does, for every filtered stream). A stream that decodes beyond {@link
 * PdfReadOptions#getMaxStreamBytes()} or forms nested deeper than {@link
 * PdfReadOptions#getMaxContentNesting()} are refused, so a compression bomb never inflates. Images
 * are skipped: the reader never decodes them. A stream shared by pages is checked once.
 */
final class StreamBudget {
  private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

  private final PdfReadOptions limits;
  private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());

  StreamBudget(PdfReadOptions limits) {
    this.limits = limits;
  }

  /** Checks what page {@code number} (1-based) draws. */
  void check(PDPage page, int number) {
    COSDictionary dict = page.getCOSObject();
    visit(dict.getDictionaryObject(COSName.CONTENTS), number, 0);
    visit(dict.getDictionaryObject(COSName.RESOURCES), number, 0);
  }

  private void visit(COSBase base, int page, int depth) {
    COSBase value = base instanceof COSObject o ? o.getObject() : base;
    if (value == null || !checked.add(value)) {
      return;
    }
    if (depth > limits.getMaxContentNesting() * 4) {
      // resources hold forms that hold resources: four dictionary levels per form
      throw Failures.at(Reason.TOO_DEEP, page, "resources and forms nest deeper than the limit of "
          + limits.getMaxContentNesting() + " (PdfReadOptions.maxContentNesting)");
    }
    if (value instanceof COSStream stream) {
      if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        return;
      }
      measure(stream, page);
    }
    if (value instanceof COSDictionary d) {
      for (COSName key : d.keySet()) {
        if (!COSName.PARENT.equals(key)) {
          visit(d.getItem(key), page, depth + 1);
        }
      }
    } else if (value instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        visit(a.get(i), page, depth + 1);
      }
    }
  }

  private void measure(COSStream stream, int page) {
    List<COSName> names = filters(stream);
    if (names.stream().anyMatch(IMAGE_CODECS::contains)) {
      return;
    }
    try {
      if (names.isEmpty()) {
        try (InputStream raw = stream.createRawInputStream()) {
          raw.transferTo(new Meter(page, null));
        }
        return;
      }
      byte[] input = null;
      for (int i = 0; i < names.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
        boolean last = i == names.size() - 1;
        // intermediate results of a filter chain are held, but never beyond the limit
        java.io.ByteArrayOutputStream held = last ? null : new java.io.ByteArrayOutputStream();
        try (InputStream in = input == null ? stream.createRawInputStream() : new java.io.ByteArrayInputStream(input)) {
          filter.decode(in, new Meter(page, held), stream, i);
        }
        input = held == null ? null : held.toByteArray();
      }
    } catch (StreamTooLong e) {
      throw Failures.at(Reason.TOO_LARGE, page, "a stream decodes to more than " + limits.getMaxStreamBytes()
          + " bytes (PdfReadOptions.maxStreamBytes): a compression bomb or a page far beyond any form");
    } catch (IOException e) {
      // PDFBox reads what it can of a damaged stream; so do we: its bytes cost what they decoded to
    }
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase f = stream.getFilters();
    List<COSName> names = new ArrayList<>();
    if (f instanceof COSName n) {
      names.add(n);
    } else if (f instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.getObject(i) instanceof COSName n) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** Counts decoded bytes, passing them on to {@code held} if any, and stops at the limit. */
  private final class Meter extends OutputStream {
    private final OutputStream held;
    private long count;

    Meter(int page, OutputStream held) {
      this.held = held;
    }

    @Override
    public void write(int b) throws IOException {
      add(1);
      if (held != null) {
        held.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      add(len);
      if (held != null) {
        held.write(b, off, len);
      }
    }

    private void add(int n) throws StreamTooLong {
      count += n;
      if (count > limits.getMaxStreamBytes()) {
        throw new StreamTooLong();
      }
    }
  }

  /** Thrown through the filters, which pass IOExceptions on. */
  private static final class StreamTooLong extends IOException {
    private static final long serialVersionUID = 1L;
  }
}

package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.ModelPaths;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The Excel writer's promise, checked as the Word writer's is: a workbook is written only if the
 * Excel reader reads back exactly what was written. Before writing, a text a cell cannot hold (a
 * control character other than tab, line feed and carriage return; a lone surrogate; more than
 * Excel's 32 767 characters) is refused; after writing, the workbook is read back and compared with
 * the model, and one that reads back different is refused with the JSON Pointer of the first field
 * that changed. Never a silent change.
 */
final class WriteCheck {
  /** Excel's most characters in a cell. */
  static final int MAX_CELL_TEXT = 32_767;
  private static final int EXCERPT = 60;

  private WriteCheck() {}

  static void holdable(Object model, String root) {
    ModelPaths.strings(model, (pointer, text) -> {
      if (text.length() > MAX_CELL_TEXT) {
        throw new FormatException(Reason.INVALID_VALUE, at(root + pointer), "a text of " + text.length()
            + " characters, more than the " + MAX_CELL_TEXT + " an Excel cell can hold");
      }
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        String problem = null;
        if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(ch)) {
          problem = "a lone surrogate";
        } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
          problem = "a control character";
        }
        if (problem != null) {
          throw new FormatException(Reason.INVALID_VALUE, at(root + pointer), String.format(
              "%s (U+%04X) at character %d of the text, which an Excel cell cannot hold", problem, (int) ch, i));
        }
      }
    });
  }

  static void readsBack(Disclosure written, byte[] xlsx) {
    Disclosure read;
    try {
      read = reader().readDisclosure(new ByteArrayInputStream(xlsx));
    } catch (FormatException e) {
      throw unreadable("", e);
    }
    String pointer = ModelPaths.firstDifference(written, read);
    if (pointer != null) {
      throw changed(written, read, pointer, "");
    }
  }

  static void readsBack(List<BudgetItem> written, byte[] xlsx, boolean single) {
    try (ItemReader items = reader().readItems(new ByteArrayInputStream(xlsx))) {
      for (int i = 0; i < written.size(); i++) {
        if (!items.hasNext()) {
          throw new FormatException(Reason.INVALID_VALUE, at(single ? "" : "/items/" + i),
              "the Excel workbook would not read back the same: sheet " + i + " reads back as no sheet at all");
        }
        BudgetItem read = items.next();
        String pointer = ModelPaths.firstDifference(written.get(i), read);
        if (pointer != null) {
          throw changed(written.get(i), read, pointer, single ? "" : "/items/" + i);
        }
      }
      if (items.hasNext()) {
        throw new FormatException(Reason.INVALID_VALUE, at(""),
            "the Excel workbook would not read back the same: it reads back with a sheet that was not written");
      }
    } catch (FormatException e) {
      if (e.reason() == Reason.INVALID_VALUE && e.location().getJsonPointer().isPresent()) {
        throw e;
      }
      throw unreadable("", e);
    }
  }

  /** A reader without limits that could refuse what the writer made: the limits are for hostile input. */
  private static XlsxDocumentReader reader() {
    XlsxReadOptions unlimited = XlsxReadOptions.builder().maxInflatedBytes(Long.MAX_VALUE).maxZipEntries(Integer.MAX_VALUE)
        .maxInflateRatio(Integer.MAX_VALUE).maxCells(Integer.MAX_VALUE).maxSharedStrings(Integer.MAX_VALUE)
        .maxSharedStringsLength(Long.MAX_VALUE).maxRows(Integer.MAX_VALUE).build();
    return new XlsxDocumentReader(ReadOptions.builder().maxDocumentBytes(Long.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
        .with(unlimited).build());
  }

  private static FormatException changed(Object written, Object read, String pointer, String root) {
    return new FormatException(Reason.INVALID_VALUE, at(root + pointer), "the Excel workbook would not read back the same:"
        + " written " + excerpt(ModelPaths.valueAt(written, pointer)) + ", read back " + excerpt(ModelPaths.valueAt(read, pointer))
        + " (the form's layout cannot tell this value apart from its labels or structure)");
  }

  private static FormatException unreadable(String pointer, FormatException e) {
    return new FormatException(Reason.INVALID_VALUE, at(pointer), "the Excel workbook would not read back: " + e.detail()
        + " (a value the form reader takes for a label or a heading)", e);
  }

  private static FormatLocation at(String pointer) {
    return FormatLocation.builder().jsonPointer(pointer).build();
  }

  private static String excerpt(Object value) {
    if (value == null) {
      return "nothing";
    }
    StringBuilder b = new StringBuilder("\"");
    String text = value.toString();
    text.codePoints().limit(EXCERPT).forEach(cp -> {
      if (cp < 0x20 || cp == 0x3000 || cp == 0x200B || cp == 0xA0) {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append(text.codePointCount(0, text.length()) > EXCERPT ? "…\"" : "\"").toString();
  }
}

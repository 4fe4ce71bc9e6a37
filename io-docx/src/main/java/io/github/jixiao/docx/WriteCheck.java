package io.github.jixiao.docx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.internal.ModelPaths;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ItemReader;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The Word writer's promise, checked: a document is written only if the Word reader reads back
 * exactly what was written. Before writing, a text Word cannot hold (a control character other than
 * tab, line feed and carriage return; a lone surrogate) is refused; after writing, the document is
 * read back and compared with the model, and a document that reads back different — a text the
 * form reader would take for a label, a nesting it would read otherwise — is refused too, with the
 * JSON Pointer of the first field that changed. Never a silent change.
 */
final class WriteCheck {
  /** Longest excerpt of a value quoted in an error. */
  private static final int EXCERPT = 60;

  private WriteCheck() {}

  /**
   * Refuses a text Word cannot hold, naming its field.
   *
   * @param model a disclosure or an item
   * @param root the pointer of the model ("" for a disclosure, "/items/3" for a batch's item)
   * @throws FormatException INVALID_VALUE, at the field's pointer
   */
  static void holdable(Object model, String root) {
    ModelPaths.strings(model, (pointer, text) -> {
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
              "%s (U+%04X) at character %d of the text, which a Word document cannot hold", problem, (int) ch, i));
        }
      }
    });
  }

  /**
   * Reads a written disclosure back and refuses it when anything changed.
   *
   * @param written the disclosure given to the writer
   * @param docx the document written
   * @param alone writes one sheet as a document of its own, to find the sheet that does not read back
   */
  static void readsBack(Disclosure written, byte[] docx, Function<BudgetItem, byte[]> alone) {
    Disclosure read;
    try {
      read = reader().readDisclosure(new ByteArrayInputStream(docx));
    } catch (FormatException e) {
      // which sheet is it? each one written alone tells
      for (int i = 0; i < written.getItems().size(); i++) {
        try {
          reader().readDisclosure(new ByteArrayInputStream(alone.apply(written.getItems().get(i))));
        } catch (FormatException single) {
          throw unreadable("/items/" + i, single);
        }
      }
      throw unreadable("", e);
    }
    String pointer = ModelPaths.firstDifference(written, read);
    if (pointer != null) {
      throw changed(written, read, pointer);
    }
  }

  /**
   * Reads written sheets back and refuses them when anything changed.
   *
   * @param written the items given to the writer, in order
   * @param docx the document written
   * @param single whether the document is one item (its fields are named from the item) rather than a batch
   */
  static void readsBack(List<BudgetItem> written, byte[] docx, boolean single) {
    try (ItemReader items = reader().readItems(new ByteArrayInputStream(docx))) {
      for (int i = 0; i < written.size(); i++) {
        if (!items.hasNext()) {
          throw changedItems(i, single, "reads back as no sheet at all");
        }
        BudgetItem read = items.next();
        String pointer = ModelPaths.firstDifference(written.get(i), read);
        if (pointer != null) {
          throw changed(written.get(i), read, pointer, single ? "" : "/items/" + i);
        }
      }
      if (items.hasNext()) {
        throw changedItems(written.size(), single, "is a sheet the reader finds, but none was written");
      }
    } catch (FormatException e) {
      if (e.reason() == Reason.INVALID_VALUE && e.location().getJsonPointer().isPresent()) {
        throw e; // our own refusal
      }
      throw unreadable("", e);
    }
  }

  /** A reader without limits that could refuse what the writer made: the limits are for hostile input. */
  private static DocxDocumentReader reader() {
    DocxReadOptions unlimited = DocxReadOptions.builder().maxInflatedBytes(Long.MAX_VALUE).maxZipEntries(Integer.MAX_VALUE)
        .maxInflateRatio(Integer.MAX_VALUE).maxCells(Integer.MAX_VALUE).build();
    return new DocxDocumentReader(ReadOptions.builder().maxDocumentBytes(Long.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
        .with(unlimited).build());
  }

  private static FormatException changed(Object written, Object read, String pointer) {
    return changed(written, read, pointer, "");
  }

  private static FormatException changed(Object written, Object read, String pointer, String root) {
    return new FormatException(Reason.INVALID_VALUE, at(root + pointer), "the Word document would not read back the same:"
        + " written " + excerpt(ModelPaths.valueAt(written, pointer)) + ", read back " + excerpt(ModelPaths.valueAt(read, pointer))
        + " (the Word layout cannot tell this value apart from the form's labels or structure)");
  }

  private static FormatException changedItems(int index, boolean single, String what) {
    return new FormatException(Reason.INVALID_VALUE, at(single ? "" : "/items/" + index),
        "the Word document would not read back the same: sheet " + index + " " + what);
  }

  private static FormatException unreadable(String pointer, FormatException e) {
    return new FormatException(Reason.INVALID_VALUE, at(pointer), "the Word document would not read back: " + e.detail()
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

package io.github.jixiao.pdf;

import io.github.jixiao.internal.QuietLog4j;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF under the reader's limits: the file's size, the objects its cross-reference tables
 * list (counted in the bytes before PDFBox builds its tables), encryption (an empty user password
 * opens; any other is refused), and the page tree — walked here, not by PDFBox, so that a cycle,
 * a tree nested beyond the limit, or more pages than the limit are refused before any page is read.
 */
final class PdfSource {
  private PdfSource() {}

  /** The bytes of a stream, at most {@code max} of them. */
  static byte[] bytes(InputStream in, long max) {
    try {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw Failures.of(Reason.TOO_LARGE, "the file has more than " + max + " bytes (ReadOptions.maxDocumentBytes)");
      }
      return b;
    } catch (IOException e) {
      throw new FormatException(Reason.IO_ERROR, io.github.jixiao.format.FormatLocation.unknown(), "cannot read: " + e, e);
    }
  }

  /** The document, loaded with the checks that can be made before its pages are read. */
  static PDDocument open(byte[] pdf, PdfReadOptions limits) {
    if (pdf.length < 8 || !new PdfFormat().matches(pdf)) {
      throw Failures.of(Reason.NOT_THIS_FORMAT, "not a PDF file: it does not start with %PDF-");
    }
    XrefCount.check(pdf, limits.getMaxObjects());
    QuietLog4j.chooseProvider(); // PDFBox logs through commons-logging, which takes the Log4j API when present
    PDDocument doc;
    try {
      doc = Loader.loadPDF(pdf, "");
    } catch (InvalidPasswordException e) {
      throw Failures.of(Reason.PASSWORD_PROTECTED,
          "the file is encrypted with a password; open it with the password and save a copy without one");
    } catch (IOException e) {
      throw new FormatException(Reason.MALFORMED, io.github.jixiao.format.FormatLocation.unknown(),
          "not a readable PDF: " + e.getMessage(), e);
    }
    try {
      int objects = doc.getDocument().getXrefTable().size();
      if (objects > limits.getMaxObjects()) {
        throw Failures.of(Reason.TOO_LARGE, "the file lists " + objects + " objects, more than the limit of "
            + limits.getMaxObjects() + " (PdfReadOptions.maxObjects)");
      }
      return doc;
    } catch (RuntimeException e) {
      close(doc);
      throw e;
    }
  }

  /**
   * The pages in order, found by walking the page tree with a visited set: PDFBox's own walk would
   * follow a cycle until a page index is asked for.
   */
  static List<PDPage> pages(PDDocument doc, PdfReadOptions limits) {
    COSBase root = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
    if (!(root instanceof COSDictionary)) {
      throw Failures.of(Reason.MALFORMED, "the document has no page tree");
    }
    List<PDPage> pages = new ArrayList<>();
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>(); // node, depth
    stack.push(new Object[] {root, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      COSDictionary node = (COSDictionary) top[0];
      int depth = (Integer) top[1];
      if (!seen.add(node)) {
        throw Failures.of(Reason.HOSTILE, "the page tree refers back to itself (a cycle): it has no end");
      }
      if (depth > limits.getMaxPageTreeDepth()) {
        throw Failures.of(Reason.TOO_DEEP, "the page tree nests deeper than the limit of " + limits.getMaxPageTreeDepth()
            + " (PdfReadOptions.maxPageTreeDepth)");
      }
      COSBase kids = node.getDictionaryObject(COSName.KIDS);
      if (kids instanceof COSArray array && !COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
        for (int i = array.size() - 1; i >= 0; i--) {
          COSBase kid = array.get(i);
          COSBase resolved = kid instanceof COSObject o ? o.getObject() : kid;
          if (resolved instanceof COSDictionary d) {
            stack.push(new Object[] {d, depth + 1});
          }
        }
      } else {
        if (pages.size() == limits.getMaxPages()) {
          throw Failures.of(Reason.TOO_LARGE, "the document has more than " + limits.getMaxPages()
              + " pages (PdfReadOptions.maxPages)");
        }
        pages.add(new PDPage(node));
      }
    }
    return pages;
  }

  static void close(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      // the bytes are in memory: nothing is left open
    }
  }
}

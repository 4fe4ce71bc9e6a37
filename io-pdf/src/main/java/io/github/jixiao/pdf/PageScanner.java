package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads every page once: checks the streams it draws ({@link StreamBudget}) before PDFBox parses
 * them, collects its glyphs with their positions (PDFBox's text extraction, without its line
 * building) and its ruling lines ({@link RulingCollector}), and hands a {@link PageContent} per page
 * to the consumer. A glyph outside the clipping path is not shown, so not read. A glyph whose font
 * gives no Unicode for it — no ToUnicode map and no standard
 * encoding — is counted, not read: PDFBox would return the raw code as a character.
 */
final class PageScanner extends PDFTextStripper {
  private final PdfReadOptions limits;
  private final StreamBudget budget;
  private final Consumer<PageContent> pages;
  private final List<Glyph> glyphs = new ArrayList<>();
  private int pageNumber;
  private int unmapped;
  private boolean currentUnmapped;
  private boolean currentClipped;

  PageScanner(PdfReadOptions limits, Consumer<PageContent> pages) {
    this.limits = limits;
    this.budget = new StreamBudget(limits);
    this.pages = pages;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
    RectangleClips.follow(this, this::addOperator);
  }

  void scan(PDDocument doc) throws IOException {
    writeText(doc, Writer.nullWriter());
  }

  @Override
  protected void startPage(PDPage page) {
    pageNumber++;
    glyphs.clear();
    unmapped = 0;
    budget.check(page, pageNumber);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    currentUnmapped = font.toUnicode(code) == null;
    currentClipped = clippedAway(textRenderingMatrix, displacement);
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (currentClipped) {
      return;
    }
    String unicode = text.getUnicode();
    if (currentUnmapped || unicode == null || unicode.isEmpty() || !readable(unicode)) {
      unmapped++;
      return;
    }
    if (glyphs.size() == limits.getMaxGlyphsPerPage()) {
      throw Failures.at(Reason.TOO_LARGE, pageNumber, "the page draws more than " + limits.getMaxGlyphsPerPage()
          + " glyphs (PdfReadOptions.maxGlyphsPerPage)");
    }
    float size = Math.max(text.getHeightDir(), text.getFontSizeInPt());
    glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size > 0 ? size : 10f));
  }

  /**
   * Whether the middle of the glyph's body lies outside the clipping path: drawn but never shown.
   * Calc, for one, draws the text of a cell merged over a page break on both pages, each time
   * clipped to the part of the cell on that page.
   */
  private boolean clippedAway(Matrix textRenderingMatrix, Vector displacement) {
    java.awt.geom.Point2D.Float middle = textRenderingMatrix.transformPoint(displacement.getX() / 2, 0.3f);
    // each path on its own: intersecting them into one Area (getCurrentClippingPath) would allocate
    // one per saved graphics state, most of a page's reading time in allocation
    for (java.awt.geom.Path2D clip : getGraphicsState().getCurrentClippingPaths()) {
      if (!clip.contains(middle.x, middle.y)) {
        return true;
      }
    }
    return false;
  }

  /** Text a person could have typed: no private-use code points, no replacement character, no controls. */
  private static boolean readable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || (c < ' ' && c != '\t')
          || Character.getType(c) == Character.PRIVATE_USE) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    PDRectangle box = page.getCropBox();
    pages.accept(new PageContent(pageNumber, box.getWidth(), box.getHeight(), glyphs, RulingCollector.of(page), unmapped));
  }
}

package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.layout.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One page's glyphs and ruling lines as the page scanner hands them, in top-down points, built by
 * hand (Chinese included, no font needed): the page-break tests describe real pages this way.
 */
final class SyntheticPage {
  /** The em of every glyph: Chinese characters are one em wide, other characters half an em. */
  static final float SIZE = 10;

  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Ruling> rulings = new ArrayList<>();

  /** Text from x on a baseline. */
  SyntheticPage text(float x, float baseline, String text) {
    return text(x, baseline, text, SIZE);
  }

  /**
   * Text whose font size is reported larger than its em (PDFBox reports 15 for LibreOffice's
   * 10.5 pt Chinese text).
   */
  SyntheticPage text(float x, float baseline, String text, float size) {
    for (char c : text.toCharArray()) {
      float width = c >= 0x2E80 ? SIZE : SIZE / 2;
      glyphs.add(new Glyph(String.valueOf(c), x, baseline, width, size));
      x += width;
    }
    return this;
  }

  SyntheticPage h(float y, float x1, float x2) {
    rulings.add(new Ruling(true, y, x1, x2));
    return this;
  }

  SyntheticPage v(float x, float y1, float y2) {
    rulings.add(new Ruling(false, x, y1, y2));
    return this;
  }

  /** Horizontal lines at each y over [x1, x2] and vertical lines at each x over [y1, y2]: a grid. */
  SyntheticPage grid(float[] xs, float[] ys) {
    for (float y : ys) {
      h(y, xs[0], xs[xs.length - 1]);
    }
    for (float x : xs) {
      v(x, ys[0], ys[ys.length - 1]);
    }
    return this;
  }

  /** The glyphs so far, in the order drawn. */
  List<Glyph> glyphs() {
    return glyphs;
  }

  /** This page as page {@code number} of an A4 portrait document. */
  PageContent content(int number) {
    return new PageContent(number, 595, 842, glyphs, rulings, 0);
  }

  /** The layout the reader makes of these pages, in order; it fails on any warning. */
  static List<LayoutBlock> layout(SyntheticPage... pages) {
    List<PageContent> contents = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      contents.add(pages[i].content(i + 1));
    }
    List<ReadWarning> warnings = new ArrayList<>();
    List<LayoutBlock> blocks = PdfLayout.of(contents, warnings::add);
    assertThat(warnings).isEmpty();
    return blocks;
  }
}

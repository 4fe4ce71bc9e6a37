package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line of text: glyphs on one baseline, left to right, joined without inventing spaces between
 * Chinese characters — a space is added only where a gap separates two Latin letters or digits
 * (producers often position words instead of drawing the space).
 */
record TextLine(String text, float left, float right, float baseline, float size, float firstWordWidth) {

  /** The lines of some glyphs, top to bottom. */
  static List<TextLine> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = null;
    float baseline = 0;
    for (Glyph g : sorted) {
      if (line == null || Math.abs(g.baseline() - baseline) > g.size() * 0.4f) {
        line = new ArrayList<>();
        lines.add(line);
        baseline = g.baseline();
      }
      line.add(g);
    }
    List<TextLine> out = new ArrayList<>(lines.size());
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
      TextLine t = join(l);
      if (!t.text().isBlank()) {
        out.add(t);
      }
    }
    return out;
  }

  private static TextLine join(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    Glyph prev = null;
    float size = 0;
    for (Glyph g : glyphs) {
      if (prev != null && g.x() < prev.right() - prev.width() * 0.5f && g.text().equals(prev.text())) {
        continue; // the same glyph drawn twice over itself (fake bold)
      }
      if (prev != null && g.x() - prev.right() > 0.25f * Math.min(prev.size(), g.size())
          && Chars.latin(last(b)) && Chars.latin(g.text().charAt(0))) {
        b.append(' ');
      }
      b.append(g.text());
      size = Math.max(size, g.size());
      prev = g;
    }
    String text = b.toString();
    Glyph first = glyphs.get(0);
    Glyph last = glyphs.get(glyphs.size() - 1);
    return new TextLine(text, first.x(), last.right(), first.baseline(), size, firstWordWidth(glyphs));
  }

  private static char last(StringBuilder b) {
    return b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
  }

  /**
   * The width of what the previous line would have had to hold for this line to start later: the
   * first word of Latin text, or one Chinese character with the punctuation that may not be parted
   * from it (an opening bracket before, a comma or full stop after). A number is not parted from
   * the Chinese character right after it, its unit or measure word ("12月", "3年", "100人"): word
   * processors wrap the two together.
   */
  private static float firstWordWidth(List<Glyph> glyphs) {
    int i = 0;
    float left = glyphs.get(0).x();
    while (i < glyphs.size() - 1 && Chars.opening(glyphs.get(i).text().charAt(0))) {
      i++;
    }
    char c = glyphs.get(i).text().charAt(0);
    if (Chars.latin(c)) {
      while (i + 1 < glyphs.size() && Chars.latin(glyphs.get(i + 1).text().charAt(0))
          && glyphs.get(i + 1).x() - glyphs.get(i).right() < 0.25f * glyphs.get(i).size()) {
        i++;
      }
      if (i + 1 < glyphs.size() && Character.isDigit(glyphs.get(i).text().charAt(0))
          && Chars.chineseCharacter(glyphs.get(i + 1).text().charAt(0))
          && glyphs.get(i + 1).x() - glyphs.get(i).right() < 0.25f * glyphs.get(i).size()) {
        i++;
      }
    }
    while (i + 1 < glyphs.size() && Chars.closing(glyphs.get(i + 1).text().charAt(0))) {
      i++;
    }
    return glyphs.get(i).right() - left;
  }

  /**
   * Lines joined into text: a line that starts where the previous one could not have held its
   * first word continues it (a wrap; a space only between Latin words), any other starts a new
   * line of the text ({@code \n}), and so does a line opening the next numbered item ({@link
   * ListItems}).
   *
   * @param lines the lines, top to bottom
   * @param rightLimit where lines end when they wrap: the inner right edge of a cell, the right
   *     margin of a page
   * @return the text
   */
  static String text(List<TextLine> lines, float rightLimit) {
    StringBuilder b = new StringBuilder();
    TextLine prev = null;
    for (TextLine l : lines) {
      if (prev != null) {
        // the slack a line end leaves scales with the larger font of the two lines (a digit in a
        // smaller Latin font after a line of Chinese)
        boolean wrapped = prev.right() + l.firstWordWidth() > rightLimit - 0.1f * Math.max(prev.size(), l.size());
        if (!wrapped || ListItems.startsNextItem(b, l.text())) {
          b.append('\n');
        } else if (Chars.spaceAtWrap(last(b), l.text().charAt(0)) && !brokenInsideANumber(prev, l, rightLimit)) {
          b.append(' ');
        }
      }
      b.append(l.text());
      prev = l;
    }
    return b.toString();
  }

  /**
   * Whether a wrap broke a number, not a space between two words: a number longer than its line
   * (a project code, a telephone in a narrow cell) is cut where the line is full. So the line
   * before ends in a digit and not even one more digit would have fit; the next line goes on with a
   * digit. A line that ends earlier wrapped at a space ("2024 2025"). Text before the number on the
   * line does not matter: LibreOffice fills the line and cuts the number ("王芳 139567812" over "34")
   * rather than moving it whole to the next line.
   */
  private static boolean brokenInsideANumber(TextLine prev, TextLine next, float rightLimit) {
    String before = prev.text();
    if (!Character.isDigit(before.charAt(before.length() - 1)) || !Character.isDigit(next.text().charAt(0))) {
      return false;
    }
    float digitWidth = 0.5f * next.size();
    return prev.right() + digitWidth > rightLimit - 0.1f * Math.max(prev.size(), next.size());
  }
}

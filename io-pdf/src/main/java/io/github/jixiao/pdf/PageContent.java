package io.github.jixiao.pdf;

import java.util.List;

/**
 * What one page holds for the reader: its number (1-based), size, glyphs, ruling lines and the
 * number of glyphs left out because their font maps them to no text (or to private-use code
 * points, which show nothing a reader can type).
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int unmapped) {
  PageContent {
    glyphs = List.copyOf(glyphs);
    rulings = List.copyOf(rulings);
  }
}

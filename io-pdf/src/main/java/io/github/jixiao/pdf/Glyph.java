package io.github.jixiao.pdf;

/**
 * One glyph drawn on a page, in the page's top-down coordinates (points): its text, left edge,
 * baseline, advance width and font size.
 */
record Glyph(String text, float x, float baseline, float width, float size) {
  float right() {
    return x + width;
  }

  /** The middle of the glyph's body: what decides which cell holds it. */
  float centreX() {
    return x + width / 2;
  }

  float centreY() {
    return baseline - size * 0.35f;
  }

  float top() {
    return baseline - size * 0.8f;
  }
}

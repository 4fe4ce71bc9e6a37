package io.github.jixiao.pdf;

/**
 * A ruling line of a page, horizontal or vertical, in the page's top-down coordinates (points):
 * where it is across ({@code at}: y of a horizontal, x of a vertical) and where it starts and ends
 * along.
 */
record Ruling(boolean horizontal, float at, float from, float to) {
  Ruling {
    if (from > to) {
      float t = from;
      from = to;
      to = t;
    }
  }

  float length() {
    return to - from;
  }
}

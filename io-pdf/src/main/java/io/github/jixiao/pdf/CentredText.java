package io.github.jixiao.pdf;

/**
 * Vertically centred cell text (垂直居中): where a cell's lines sit between its top and bottom
 * borders tells a complete cell from one cut by a page break. A text cut at the break starts at
 * the top of its cell (it did not fit, so there was no room to centre it) and runs on to the
 * bottom; a complete text that is centred has as much room above its first line as below its
 * last. Calc prints a row as tall as its stored height and centres every cell in it, so the text
 * of several lines that sets that height comes close to the bottom border — close enough to look
 * cut — with the same room above it. A cell fitted exactly to its text (Word's rows, Calc's rows
 * of one line) has no room on either side: that decides nothing, and other evidence must.
 */
final class CentredText {
  /** A line's body, as a share of its font size, above and below its baseline (ascent, descent). */
  private static final float ASCENT = 0.8f;
  private static final float DESCENT = 0.2f;
  /** Less room than this above the first line (a share of the font size) is a padding, not room. */
  private static final float ROOM = 0.3f;
  /** How much the room above and below may differ and the text still be centred (share of the size). */
  private static final float SLACK = 0.15f;

  private CentredText() {}

  /**
   * Whether a cell's text is centred with room above it: so it ended where it did because it was
   * centred, not because the page ended.
   *
   * @param cellTop the top border of the cell
   * @param cellBottom the bottom border of the cell
   * @param first the text's first line
   * @param last the text's last line
   * @return true when the room above the first line is more than a padding and about equal to the
   *     room below the last line
   */
  static boolean withRoom(float cellTop, float cellBottom, TextLine first, TextLine last) {
    float above = first.baseline() - ASCENT * first.size() - cellTop;
    float below = cellBottom - (last.baseline() + DESCENT * last.size());
    float size = Math.max(first.size(), last.size());
    return above > ROOM * size && Math.abs(above - below) <= SLACK * size;
  }
}

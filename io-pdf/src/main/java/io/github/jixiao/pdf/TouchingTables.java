package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables that touch (相邻表格): two tables one right after the other, the bottom border of the one
 * on the top border of the next, share a horizontal line and their left edges line up, so their
 * lines join into one group. A person still sees two tables: every vertical line stops at that
 * border (none runs through it), and above it the table has other outer edges than below it
 * (another width, or another left or right border). One table keeps its outer edges from top to
 * bottom, whatever its merged cells do inside, and a producer that draws its verticals row by row
 * still draws them at the same outer edges. Two tables of the same width are told apart by their
 * common border: it is drawn twice, once by each table, a fraction of a point apart (LibreOffice),
 * where one table draws a border between its rows once. Such a border is a seam: the group is cut
 * there, the border line belonging to both tables.
 */
final class TouchingTables {
  private static final float TOLERANCE = Lattice.TOLERANCE;
  /** Two strokes of a border further apart than this (points) are two borders, not one drawn twice over itself. */
  private static final float DOUBLED = 0.25f;

  private TouchingTables() {}

  /** The lines of one table: joined horizontals and verticals. */
  record Part(List<Ruling> horizontals, List<Ruling> verticals) {}

  /**
   * A group of crossing lines cut at its seams.
   *
   * @param horizontals the group's joined horizontal lines
   * @param verticals the group's joined vertical lines
   * @param drawn the page's lines as drawn, before joining (where each vertical starts and stops)
   * @return the tables of the group, top to bottom; the group itself when it has no seam
   */
  static List<Part> split(List<Ruling> horizontals, List<Ruling> verticals, List<Ruling> drawn) {
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (Ruling h : horizontals) {
      top = Math.min(top, h.at());
      bottom = Math.max(bottom, h.at());
    }
    List<Ruling> sides = new ArrayList<>();
    List<Ruling> borders = new ArrayList<>();
    for (Ruling r : drawn) {
      if (r.length() > TOLERANCE && onto(r, r.horizontal() ? horizontals : verticals)) {
        (r.horizontal() ? borders : sides).add(r);
      }
    }
    List<Float> bounds = new ArrayList<>();
    bounds.add(top);
    for (Ruling h : horizontals) {
      float y = h.at();
      boolean inside = y > top + TOLERANCE && y < bottom - TOLERANCE;
      if (inside && y - bounds.get(bounds.size() - 1) > TOLERANCE && seam(y, sides, borders)) {
        bounds.add(y);
      }
    }
    if (bounds.size() == 1) {
      return List.of(new Part(horizontals, verticals));
    }
    bounds.add(bottom);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      parts.add(band(horizontals, verticals, bounds.get(i), bounds.get(i + 1)));
    }
    return parts;
  }

  /** Whether a drawn line lies on one of the group's joined lines of its direction. */
  private static boolean onto(Ruling drawn, List<Ruling> joined) {
    for (Ruling v : joined) {
      if (Math.abs(v.at() - drawn.at()) <= TOLERANCE && drawn.from() >= v.from() - TOLERANCE
          && drawn.to() <= v.to() + TOLERANCE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the horizontal line at y is a seam: no drawn vertical runs through it, some end on it
   * from above and some start on it below, and either the outermost of those above are not the
   * outermost of those below or the line is drawn twice.
   */
  private static boolean seam(float y, List<Ruling> sides, List<Ruling> borders) {
    float aboveLeft = Float.MAX_VALUE;
    float aboveRight = -Float.MAX_VALUE;
    float belowLeft = Float.MAX_VALUE;
    float belowRight = -Float.MAX_VALUE;
    for (Ruling r : sides) {
      if (r.from() < y - TOLERANCE && r.to() > y + TOLERANCE) {
        return false;
      }
      if (Math.abs(r.to() - y) <= TOLERANCE && r.from() < y - TOLERANCE) {
        aboveLeft = Math.min(aboveLeft, r.at());
        aboveRight = Math.max(aboveRight, r.at());
      } else if (Math.abs(r.from() - y) <= TOLERANCE && r.to() > y + TOLERANCE) {
        belowLeft = Math.min(belowLeft, r.at());
        belowRight = Math.max(belowRight, r.at());
      }
    }
    boolean both = aboveLeft <= aboveRight && belowLeft <= belowRight;
    return both && (Math.abs(aboveLeft - belowLeft) > TOLERANCE || Math.abs(aboveRight - belowRight) > TOLERANCE
        || doubled(y, borders));
  }

  /** Whether two strokes a fraction of a point apart, overlapping along, draw the border at y. */
  private static boolean doubled(float y, List<Ruling> borders) {
    for (Ruling a : borders) {
      for (Ruling b : borders) {
        boolean near = Math.abs(a.at() - y) <= TOLERANCE && Math.abs(b.at() - y) <= TOLERANCE;
        float apart = b.at() - a.at();
        boolean overlap = Math.min(a.to(), b.to()) - Math.max(a.from(), b.from()) > TOLERANCE;
        if (near && apart > DOUBLED && apart <= TOLERANCE && overlap) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lines of the group between two seams: the seam lines themselves, the verticals cut to the band. */
  private static Part band(List<Ruling> horizontals, List<Ruling> verticals, float from, float to) {
    List<Ruling> h = new ArrayList<>();
    for (Ruling r : horizontals) {
      if (r.at() >= from - TOLERANCE && r.at() <= to + TOLERANCE) {
        h.add(r);
      }
    }
    List<Ruling> v = new ArrayList<>();
    for (Ruling r : verticals) {
      if (r.from() < to - TOLERANCE && r.to() > from + TOLERANCE) {
        v.add(new Ruling(false, r.at(), Math.max(r.from(), from), Math.min(r.to(), to)));
      }
    }
    return new Part(h, v);
  }
}

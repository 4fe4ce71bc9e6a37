package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lattice table detection: the ruling lines of a page, joined where they continue one another,
 * fall into groups that cross each other — one group per table. A table's grid has a column
 * boundary at every distinct x of its verticals and a row boundary at every distinct y of its
 * horizontals; neighbouring grid cells without a line between them belong to one (merged) cell.
 */
final class Lattice {
  /** Lines closer than this (points) are the same line; ends closer than this meet. */
  static final float TOLERANCE = 2f;

  private Lattice() {}

  /**
   * A table's grid on one page: boundaries and its cells over them; {@code openBelow} marks the
   * cells of the last row whose bottom border is not drawn (Calc leaves it out where a merged cell
   * runs on over the page break).
   */
  record Grid(float[] xs, float[] ys, List<GridCell> cells, int[][] owner, boolean[] openBelow) {
    float left() {
      return xs[0];
    }

    float right() {
      return xs[xs.length - 1];
    }

    float top() {
      return ys[0];
    }

    float bottom() {
      return ys[ys.length - 1];
    }

    /** The cell whose area holds a point, or -1. */
    int cellAt(float x, float y) {
      if (x < left() || x > right() || y < top() || y > bottom()) {
        return -1;
      }
      int c = interval(xs, x);
      int r = interval(ys, y);
      return owner[r][c];
    }

    private static int interval(float[] bounds, float v) {
      for (int i = 0; i < bounds.length - 2; i++) {
        if (v < bounds[i + 1]) {
          return i;
        }
      }
      return bounds.length - 2;
    }
  }

  /** A cell: grid row and column of its top-left corner and its spans. */
  record GridCell(int row, int column, int rowSpan, int columnSpan) {}

  static List<Grid> grids(List<Ruling> rulings) {
    List<Ruling> h = merge(rulings, true);
    List<Ruling> v = merge(rulings, false);
    int n = h.size() + v.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < h.size(); i++) {
      for (int j = 0; j < v.size(); j++) {
        if (crosses(h.get(i), v.get(j))) {
          union(parent, i, h.size() + j);
        }
      }
    }
    outerEdges(h, v, parent);
    List<Grid> grids = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (find(parent, root) != root) {
        continue;
      }
      List<Ruling> gh = new ArrayList<>();
      List<Ruling> gv = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (find(parent, i) == root) {
          if (i < h.size()) {
            gh.add(h.get(i));
          } else {
            gv.add(v.get(i - h.size()));
          }
        }
      }
      // tables that touch share a border and join into one group: cut it where they meet
      for (TouchingTables.Part part : TouchingTables.split(gh, gv, rulings)) {
        if (part.horizontals().size() >= 2 && part.verticals().size() >= 2) {
          grids.add(grid(part.horizontals(), part.verticals()));
        }
      }
    }
    grids.sort(Comparator.comparingDouble(Grid::top));
    return grids;
  }

  /**
   * A vertical that crosses no horizontal but runs from the top to the bottom of a group, beside it,
   * is the group's outer edge: the border of a cell merged over a page break, whose top and bottom
   * Calc does not draw on the page where it neither starts nor ends. It joins the group, and the
   * cell between it and the group is one cell over all the rows.
   */
  private static void outerEdges(List<Ruling> h, List<Ruling> v, int[] parent) {
    for (int j = 0; j < v.size(); j++) {
      Ruling edge = v.get(j);
      int self = h.size() + j;
      boolean alone = true;
      for (int i = 0; i < h.size() && alone; i++) {
        alone = find(parent, i) != find(parent, self);
      }
      if (!alone) {
        continue;
      }
      for (int i = 0; i < h.size(); i++) {
        int root = find(parent, i);
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (int k = 0; k < h.size(); k++) {
          if (find(parent, k) == root) {
            top = Math.min(top, h.get(k).at());
            bottom = Math.max(bottom, h.get(k).at());
            left = Math.min(left, h.get(k).from());
            right = Math.max(right, h.get(k).to());
          }
        }
        boolean spans = Math.abs(edge.from() - top) <= TOLERANCE && Math.abs(edge.to() - bottom) <= TOLERANCE && bottom > top;
        if (spans && (edge.at() < left || edge.at() > right)) {
          union(parent, self, root);
          break;
        }
      }
    }
  }

  private static Grid grid(List<Ruling> h, List<Ruling> v) {
    float[] xs = positions(v);
    float[] ys = positions(h);
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !covered(v, xs[c + 1], ys[r], ys[r + 1])) {
          union(parent, r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !covered(h, ys[r + 1], xs[c], xs[c + 1])) {
          union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int[][] owner = new int[rows][cols];
    List<GridCell> cells = new ArrayList<>();
    int[] index = new int[parent.length];
    java.util.Arrays.fill(index, -1);
    int[][] bounds = new int[parent.length][]; // top, left, bottom, right per root
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int root = find(parent, r * cols + c);
        int[] b = bounds[root];
        if (b == null) {
          bounds[root] = new int[] {r, c, r, c};
        } else {
          b[0] = Math.min(b[0], r);
          b[1] = Math.min(b[1], c);
          b[2] = Math.max(b[2], r);
          b[3] = Math.max(b[3], c);
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int root = find(parent, r * cols + c);
        if (index[root] < 0) {
          int[] b = bounds[root];
          index[root] = cells.size();
          cells.add(new GridCell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1));
        }
        owner[r][c] = index[root];
      }
    }
    boolean[] openBelow = new boolean[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      GridCell cell = cells.get(i);
      if (cell.row() + cell.rowSpan() == rows) {
        boolean drawn = false;
        for (int c = cell.column(); c < cell.column() + cell.columnSpan() && !drawn; c++) {
          drawn = covered(h, ys[rows], xs[c], xs[c + 1]);
        }
        openBelow[i] = !drawn;
      }
    }
    return new Grid(xs, ys, cells, owner, openBelow);
  }

  /** Whether a line at {@code at} covers the middle of the interval from {@code from} to {@code to}. */
  private static boolean covered(List<Ruling> lines, float at, float from, float to) {
    float quarter = (to - from) / 4;
    for (Ruling l : lines) {
      if (Math.abs(l.at() - at) <= TOLERANCE && l.from() <= from + quarter && l.to() >= to - quarter) {
        return true;
      }
    }
    return false;
  }

  /** The distinct positions of some lines, sorted, lines within the tolerance counted once. */
  private static float[] positions(List<Ruling> lines) {
    List<Float> at = new ArrayList<>();
    for (Ruling l : lines) {
      at.add(l.at());
    }
    at.sort(null);
    List<Float> distinct = new ArrayList<>();
    for (float a : at) {
      if (distinct.isEmpty() || a - distinct.get(distinct.size() - 1) > TOLERANCE) {
        distinct.add(a);
      }
    }
    float[] out = new float[distinct.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = distinct.get(i);
    }
    return out;
  }

  private static boolean crosses(Ruling h, Ruling v) {
    return v.at() >= h.from() - TOLERANCE && v.at() <= h.to() + TOLERANCE
        && h.at() >= v.from() - TOLERANCE && h.at() <= v.to() + TOLERANCE;
  }

  /** Lines of one direction joined where they lie on one line and meet or overlap. */
  static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
    List<Ruling> lines = new ArrayList<>();
    for (Ruling r : rulings) {
      if (r.horizontal() == horizontal && r.length() > TOLERANCE) {
        lines.add(r);
      }
    }
    lines.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    List<Ruling> row = new ArrayList<>();
    for (Ruling r : lines) {
      if (!row.isEmpty() && r.at() - row.get(0).at() > TOLERANCE) {
        join(row, out);
        row.clear();
      }
      row.add(r);
    }
    join(row, out);
    return out;
  }

  private static void join(List<Ruling> sameLine, List<Ruling> out) {
    sameLine.sort(Comparator.comparingDouble(Ruling::from));
    Ruling current = null;
    for (Ruling r : sameLine) {
      if (current != null && r.from() <= current.to() + TOLERANCE) {
        current = new Ruling(current.horizontal(), current.at(), current.from(), Math.max(current.to(), r.to()));
      } else {
        if (current != null) {
          out.add(current);
        }
        current = r;
      }
    }
    if (current != null) {
      out.add(current);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}

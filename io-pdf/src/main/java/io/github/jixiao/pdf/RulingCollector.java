package io.github.jixiao.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page: stroked straight segments (word processors draw each border as
 * {@code m l S}) and filled rectangles thin enough to be lines (some producers fill their borders),
 * horizontal or vertical within a small slant. Curves, clips and shading are not lines; text is
 * not drawn here (PDFTextStripper reads it).
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
  /** Thicker than this, a filled rectangle is shading, not a line. */
  private static final float MAX_LINE_WIDTH = 2.5f;
  /** How far a segment may slant and still be horizontal or vertical. */
  private static final float SLANT = 0.5f;

  private final float height;
  private final float left;
  private final List<float[]> path = new ArrayList<>(); // x1, y1, x2, y2, rect-flag
  private final List<Ruling> rulings = new ArrayList<>();
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float start = new Point2D.Float();

  RulingCollector(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.height = box.getUpperRightY();
    this.left = box.getLowerLeftX();
  }

  static List<Ruling> of(PDPage page) throws IOException {
    RulingCollector c = new RulingCollector(page);
    c.processPage(page);
    return c.rulings;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float x0 = (float) Math.min(p0.getX(), p2.getX());
    float x1 = (float) Math.max(p0.getX(), p2.getX());
    float y0 = (float) Math.min(p0.getY(), p2.getY());
    float y1 = (float) Math.max(p0.getY(), p2.getY());
    path.add(new float[] {x0, y0, x1, y1, 1});
    current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    start = current;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    path.add(new float[] {current.x, current.y, x, y, 0});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3); // a curve is no ruling
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    if (current.x != start.x || current.y != start.y) {
      path.add(new float[] {current.x, current.y, start.x, start.y, 0});
    }
    current = start;
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : path) {
      if (s[4] == 1) {
        segment(s[0], s[1], s[2], s[1]);
        segment(s[0], s[3], s[2], s[3]);
        segment(s[0], s[1], s[0], s[3]);
        segment(s[2], s[1], s[2], s[3]);
      } else {
        segment(s[0], s[1], s[2], s[3]);
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] s : path) {
      if (s[4] == 1) {
        float w = s[2] - s[0];
        float h = s[3] - s[1];
        if (h <= MAX_LINE_WIDTH && w > h) {
          segment(s[0], (s[1] + s[3]) / 2, s[2], (s[1] + s[3]) / 2);
        } else if (w <= MAX_LINE_WIDTH && h > w) {
          segment((s[0] + s[2]) / 2, s[1], (s[0] + s[2]) / 2, s[3]);
        }
      }
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // the path is ended by the n that follows
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shading is colour, not lines
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // images are not lines (and are never decoded)
  }

  private void segment(float x1, float y1, float x2, float y2) {
    float dx = Math.abs(x2 - x1);
    float dy = Math.abs(y2 - y1);
    if (dy <= SLANT && dx > SLANT) {
      rulings.add(new Ruling(true, height - (y1 + y2) / 2, x1 - left, x2 - left));
    } else if (dx <= SLANT && dy > SLANT) {
      rulings.add(new Ruling(false, (x1 + x2) / 2 - left, height - y1, height - y2));
    }
  }
}

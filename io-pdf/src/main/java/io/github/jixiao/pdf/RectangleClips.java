package io.github.jixiao.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Clipping rectangles (裁剪区域) for the text scan: PDFBox's text extraction follows no path
 * operators, so its graphics state never learns a clip. These processors follow the paths a page
 * builds and, where a path made only of rectangles ({@code re}) becomes a clip ({@code W} or {@code
 * W*}), intersect the graphics state's clipping path with it when the path ends — the way office
 * producers clip a cell or a page part. A clip of any other shape is not followed: its text stays
 * readable rather than being lost.
 */
final class RectangleClips {
  private final PDFStreamEngine engine;
  private final GeneralPath path = new GeneralPath();
  private boolean onlyRectangles = true;
  private boolean clip;

  private RectangleClips(PDFStreamEngine engine) {
    this.engine = engine;
  }

  /** Adds the path and clip operators to the engine. */
  static void follow(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> add) {
    RectangleClips c = new RectangleClips(engine);
    add.accept(c.processor("re", c::rectangle));
    for (String other : new String[] {"m", "l", "c", "v", "y", "h"}) {
      add.accept(c.processor(other, operands -> c.onlyRectangles = false));
    }
    add.accept(c.processor("W", operands -> c.clip = true));
    add.accept(c.processor("W*", operands -> c.clip = true));
    for (String end : new String[] {"n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}) {
      add.accept(c.processor(end, operands -> c.end()));
    }
  }

  private void rectangle(List<COSBase> operands) {
    if (operands.size() < 4 || !operands.stream().limit(4).allMatch(COSNumber.class::isInstance)) {
      onlyRectangles = false;
      return;
    }
    float x = ((COSNumber) operands.get(0)).floatValue();
    float y = ((COSNumber) operands.get(1)).floatValue();
    float w = ((COSNumber) operands.get(2)).floatValue();
    float h = ((COSNumber) operands.get(3)).floatValue();
    Rectangle2D.Float r = new Rectangle2D.Float(Math.min(x, x + w), Math.min(y, y + h), Math.abs(w), Math.abs(h));
    path.append(engine.getGraphicsState().getCurrentTransformationMatrix().createAffineTransform()
        .createTransformedShape(r), false);
  }

  private void end() {
    if (clip && onlyRectangles && path.getCurrentPoint() != null) {
      engine.getGraphicsState().intersectClippingPath(path);
    }
    path.reset();
    onlyRectangles = true;
    clip = false;
  }

  private OperatorProcessor processor(String name, java.util.function.Consumer<List<COSBase>> action) {
    return new OperatorProcessor(engine) {
      @Override
      public void process(Operator operator, List<COSBase> operands) {
        action.accept(operands);
      }

      @Override
      public String getName() {
        return name;
      }
    };
  }
}

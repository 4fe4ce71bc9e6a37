/**
 * 绩效 Word: reads performance-target documents from .docx files (zip and StAX, no DOM) and writes
 * the standard form with Apache POI.
 *
 * @provides io.github.jixiao.format.FormatProvider the {@code docx} format
 */
module io.github.jixiao.docx {
  requires transitive io.github.jixiao.core;
  requires io.github.jixiao.layout;
  requires java.xml;
  // The writer only; poi-ooxml brings org.apache.poi.poi, the OOXML schemas and XMLBeans.
  requires org.apache.poi.ooxml;
  // POI logs through the Log4j API; the writer lets it choose its provider quietly (QuietLog4j in core).
  requires org.apache.logging.log4j;
  // Immutables (DocxReadOptions): annotations for javac and the processor only.
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.docx;

  provides io.github.jixiao.format.FormatProvider with io.github.jixiao.docx.DocxFormat;
}

/**
 * 绩效 Excel: reads performance-target workbooks from .xlsx files (zip and StAX over the worksheet
 * XML, no workbook object model) through the shared form reader, and writes the standard form with
 * Apache POI.
 *
 * @provides io.github.jixiao.format.FormatProvider the {@code xlsx} format
 */
module io.github.jixiao.xlsx {
  requires transitive io.github.jixiao.core;
  requires io.github.jixiao.layout;
  requires java.xml;
  // The writer only; poi-ooxml brings org.apache.poi.poi, the OOXML schemas and XMLBeans.
  requires org.apache.poi.ooxml;
  // Legacy .xls reading (HSSF) and the writer.
  requires org.apache.poi.poi;
  // Immutables (XlsxReadOptions): annotations for javac and the processor only.
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.xlsx;

  provides io.github.jixiao.format.FormatProvider with io.github.jixiao.xlsx.XlsxFormat;
}

package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.XmlPart;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table ({@code xl/sharedStrings.xml}): each string as displayed — the text of
 * its runs joined, phonetic guides ({@code rPh}) left out. Held in memory while the worksheets are
 * read, so bounded: at most {@link XlsxReadOptions#getMaxSharedStrings()} strings and {@link
 * XlsxReadOptions#getMaxSharedStringsLength()} characters together, each at most the read
 * options' string length.
 */
final class SharedStrings {
  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings none() {
    return new SharedStrings(List.of());
  }

  static SharedStrings read(XmlPart xml, XlsxReadOptions excel, int maxString) {
    List<String> strings = new ArrayList<>();
    long total = 0;
    XMLStreamReader r = xml.reader();
    StringBuilder text = new StringBuilder();
    int itemDepth = -1;
    for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("si")) {
          itemDepth = xml.depth();
          text.setLength(0);
        } else if (name.equals("rPh") || name.equals("phoneticPr")) {
          xml.skip();
        } else if (name.equals("t") && itemDepth > 0) {
          int before = text.length();
          String t = xml.text(maxString - before);
          text.append(t);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && itemDepth > 0 && xml.depth() < itemDepth) {
        itemDepth = -1;
        if (strings.size() >= excel.getMaxSharedStrings()) {
          throw new FormatException(Reason.TOO_LARGE, xml.location(),
              "the workbook shares more than " + excel.getMaxSharedStrings() + " strings");
        }
        total += text.length();
        if (total > excel.getMaxSharedStringsLength()) {
          throw new FormatException(Reason.TOO_LARGE, xml.location(),
              "the shared strings hold more than " + excel.getMaxSharedStringsLength() + " characters");
        }
        strings.add(Xstring.decode(text.toString()));
      }
    }
    return new SharedStrings(strings);
  }

  static SharedStrings read(OfficeZip zip, OfficeZip.Entry entry, XlsxReadOptions excel, int maxDepth, int maxString) {
    try (XmlPart xml = new XmlPart(zip, entry, excel.officeLimits(), maxDepth)) {
      return read(xml, excel, maxString);
    }
  }

  /** The string at an index, or null when the table has none there. */
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }
}

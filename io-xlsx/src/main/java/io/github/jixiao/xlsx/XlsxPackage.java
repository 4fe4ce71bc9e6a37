package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.internal.OfficeZip;
import io.github.jixiao.internal.XmlPart;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a workbook as a spreadsheet application finds them (OPC, ISO/IEC 29500-2): the
 * workbook is the target of the package's {@code officeDocument} relationship, with a
 * SpreadsheetML content type; its worksheets, shared strings and styles are the targets of its own
 * relationships, in the order of {@code <sheets>}. Only parts inside the package are read:
 * external targets (linked workbooks, data connections) are never followed, and macro projects
 * and everything else the reader does not need are never opened.
 */
final class XlsxPackage {
  static final String RELATIONSHIPS = "_rels/.rels";
  static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final Set<String> WORKBOOK_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
      "application/vnd.ms-excel.sheet.macroenabled.main+xml",
      "application/vnd.ms-excel.template.macroenabled.main+xml");

  /** A worksheet as the workbook lists it. */
  record Sheet(String name, String part, boolean hidden) {}

  final OfficeZip.Entry workbook;
  final List<Sheet> sheets = new ArrayList<>();
  String sharedStrings;
  String styles;
  boolean date1904;

  private XlsxPackage(OfficeZip.Entry workbook) {
    this.workbook = workbook;
  }

  /** Finds the workbook and reads the list of its worksheets. */
  static XlsxPackage open(OfficeZip zip, XlsxReadOptions excel, int maxDepth) {
    OfficeZip.Entry rels = zip.find(RELATIONSHIPS);
    if (rels == null) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
          "not an Excel workbook: the archive has no package relationships (" + RELATIONSHIPS + ")");
    }
    List<String[]> packageRels = relationships(zip, rels, excel, maxDepth, "");
    String target = null;
    for (String[] r : packageRels) {
      if (r[1].endsWith("/officeDocument")) {
        if (r[3] != null) {
          throw new FormatException(Reason.HOSTILE, where(RELATIONSHIPS), "the workbook is outside the package: " + r[2]);
        }
        if (target != null) {
          throw new FormatException(Reason.MALFORMED, where(RELATIONSHIPS), "the package names two main parts, " + target
              + " and " + r[2] + ": which one a spreadsheet application shows is not defined");
        }
        target = r[2];
      }
    }
    if (target == null) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, where(RELATIONSHIPS),
          "not an Excel workbook: the package relationships name no main part (officeDocument)");
    }
    OfficeZip.Entry main = zip.find(target);
    if (main == null) {
      throw new FormatException(Reason.MALFORMED, where(RELATIONSHIPS),
          "the package relationships name " + target + " as the workbook, but the archive has no such part");
    }
    String type = contentType(zip, excel, maxDepth, main.name);
    if (!WORKBOOK_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, where(CONTENT_TYPES),
          "not an Excel .xlsx workbook: its main part " + main.name + " has the content type " + type
              + (type.contains("binary") ? " (a binary .xlsb workbook: save it as .xlsx)" : ""));
    }
    XlsxPackage p = new XlsxPackage(main);
    p.readWorkbook(zip, excel, maxDepth);
    return p;
  }

  private void readWorkbook(OfficeZip zip, XlsxReadOptions excel, int maxDepth) {
    String folder = workbook.name.contains("/") ? workbook.name.substring(0, workbook.name.lastIndexOf('/') + 1) : "";
    String relsName = folder + "_rels/" + workbook.name.substring(folder.length()) + ".rels";
    OfficeZip.Entry rels = zip.find(relsName);
    Map<String, String> worksheets = new HashMap<>();
    if (rels != null) {
      for (String[] r : relationships(zip, rels, excel, maxDepth, folder)) {
        if (r[3] != null) {
          continue; // external links and connections: never followed
        }
        if (r[1].endsWith("/worksheet")) {
          worksheets.put(r[0], r[2]);
        } else if (r[1].endsWith("/sharedStrings")) {
          sharedStrings = r[2];
        } else if (r[1].endsWith("/styles")) {
          styles = r[2];
        }
      }
    }
    try (XmlPart xml = new XmlPart(zip, workbook, excel.officeLimits(), maxDepth)) {
      XMLStreamReader r = xml.reader();
      for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (name.equals("workbookPr")) {
          String d = r.getAttributeValue(null, "date1904");
          date1904 = "1".equals(d) || "true".equals(d);
        } else if (name.equals("sheet")) {
          String part = worksheets.get(relationshipId(r));
          if (part != null) { // chart sheets and dialog sheets hold no cells
            String state = r.getAttributeValue(null, "state");
            sheets.add(new Sheet(String.valueOf(r.getAttributeValue(null, "name")), part,
                "hidden".equals(state) || "veryHidden".equals(state)));
          }
        }
      }
    }
  }

  /** The r:id of an element, whichever relationships namespace (transitional or strict) it is in. */
  private static String relationshipId(XMLStreamReader r) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      if (r.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith("relationships")) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** The relationships of a part: {id, type, target part name, "External" or null}. */
  private static List<String[]> relationships(OfficeZip zip, OfficeZip.Entry rels, XlsxReadOptions excel, int maxDepth,
      String folder) {
    List<String[]> out = new ArrayList<>();
    try (XmlPart xml = new XmlPart(zip, rels, excel.officeLimits(), maxDepth)) {
      XMLStreamReader r = xml.reader();
      for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
        if (event != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("Relationship")) {
          continue;
        }
        String type = String.valueOf(r.getAttributeValue(null, "Type"));
        String target = r.getAttributeValue(null, "Target");
        boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
        if (target == null) {
          throw new FormatException(Reason.MALFORMED, xml.location(), "a relationship without a target");
        }
        out.add(new String[] {String.valueOf(r.getAttributeValue(null, "Id")), type,
            external ? target : partName(folder, target, xml), external ? "External" : null});
      }
    }
    return out;
  }

  /** The zip entry name of a relationship target relative to a folder of the package. */
  private static String partName(String folder, String target, XmlPart xml) {
    try {
      String path = new URI("/" + folder).resolve(new URI(null, null, target.strip(), null).normalize()).normalize().getPath();
      if (path == null || !path.startsWith("/") || path.startsWith("/..") || path.length() < 2) {
        throw new URISyntaxException(target, "not a part of the package");
      }
      return path.substring(1);
    } catch (URISyntaxException e) {
      throw new FormatException(Reason.MALFORMED, xml.location(), "the target \"" + target + "\" is not a part name: "
          + e.getMessage(), e);
    }
  }

  private static String contentType(OfficeZip zip, XlsxReadOptions excel, int maxDepth, String part) {
    OfficeZip.Entry types = zip.find(CONTENT_TYPES);
    if (types == null) {
      throw new FormatException(Reason.MALFORMED, FormatLocation.unknown(),
          "the package has no " + CONTENT_TYPES + ", so the type of its main part is unknown");
    }
    String partName = "/" + part;
    int dot = part.lastIndexOf('.');
    String extension = dot < 0 || part.indexOf('/', dot) >= 0 ? "" : part.substring(dot + 1);
    String override = null;
    String byDefault = null;
    try (XmlPart xml = new XmlPart(zip, types, excel.officeLimits(), maxDepth)) {
      XMLStreamReader r = xml.reader();
      for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String type = r.getAttributeValue(null, "ContentType");
        if (r.getLocalName().equals("Override") && partName.equalsIgnoreCase(r.getAttributeValue(null, "PartName"))) {
          override = type;
        } else if (r.getLocalName().equals("Default") && extension.equalsIgnoreCase(r.getAttributeValue(null, "Extension"))) {
          byDefault = type;
        }
      }
    }
    String type = override != null ? override : byDefault;
    if (type == null) {
      throw new FormatException(Reason.MALFORMED, where(CONTENT_TYPES), "the package gives its main part " + part + " no content type");
    }
    return type;
  }

  private static FormatLocation where(String part) {
    return FormatLocation.builder().entry(part).build();
  }
}

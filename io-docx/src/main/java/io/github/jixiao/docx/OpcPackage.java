package io.github.jixiao.docx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.XmlPart;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the main document part as a word processor does (OPC, ISO/IEC 29500-2): the target of the
 * package's one {@code officeDocument} relationship in {@code _rels/.rels}, whose content type in
 * {@code [Content_Types].xml} (an Override for the part, else the Default for its extension) must
 * be a WordprocessingML main part. A part no relationship names is never read, whatever its name;
 * missing, external, several or contradictory relationships and content types are refused.
 */
final class OpcPackage {
  static final String RELATIONSHIPS = "_rels/.rels";
  static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final Set<String> OFFICE_DOCUMENT = Set.of(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
  private static final Set<String> WORD_MAIN = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
      "application/vnd.ms-word.document.macroenabled.main+xml",
      "application/vnd.ms-word.template.macroenabledtemplate.main+xml");

  private OpcPackage() {}

  /** The main document part of the package. */
  static DocxZip.Entry mainPart(DocxZip zip, ReadOptions options) {
    String name = mainPartName(zip, options);
    DocxZip.Entry main = zip.find(name);
    if (main == null) {
      throw new FormatException(Reason.MALFORMED, where(RELATIONSHIPS),
          "the package relationships name " + name + " as the main document, but the archive has no such part");
    }
    String type = contentType(zip, options, main.name);
    if (!WORD_MAIN.contains(type.toLowerCase(Locale.ROOT))) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, where(CONTENT_TYPES),
          "not a Word document: its main part " + main.name + " has the content type " + type);
    }
    return main;
  }

  private static String mainPartName(DocxZip zip, ReadOptions options) {
    DocxZip.Entry rels = zip.find(RELATIONSHIPS);
    if (rels == null) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, FormatLocation.unknown(),
          "not a Word document: the archive has no package relationships (" + RELATIONSHIPS + ")");
    }
    String target = null;
    try (XmlPart xml = part(zip, rels, options)) {
      for (XMLStreamReader r = xml.reader(); xml.next() != XMLStreamConstants.END_DOCUMENT; ) {
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !RELS_NS.equals(r.getNamespaceURI())
            || !r.getLocalName().equals("Relationship") || !OFFICE_DOCUMENT.contains(String.valueOf(r.getAttributeValue(null, "Type")))) {
          continue;
        }
        if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
          throw new FormatException(Reason.HOSTILE, xml.location(),
              "the main document is outside the package: " + r.getAttributeValue(null, "Target"));
        }
        String next = r.getAttributeValue(null, "Target");
        if (next == null) {
          throw new FormatException(Reason.MALFORMED, xml.location(), "the officeDocument relationship has no target");
        }
        if (target != null) {
          throw new FormatException(Reason.MALFORMED, xml.location(), "the package names two main documents, " + target
              + " and " + next + ": which one a word processor shows is not defined");
        }
        target = next;
      }
    }
    if (target == null) {
      throw new FormatException(Reason.NOT_THIS_FORMAT, where(RELATIONSHIPS),
          "not a Word document: the package relationships name no main document (officeDocument)");
    }
    return partName(target);
  }

  /** The zip entry name of a relationship target relative to the package root. */
  private static String partName(String target) {
    try {
      String path = new URI("/").resolve(new URI(null, null, target.strip(), null).normalize()).getPath();
      if (path == null || !path.startsWith("/") || path.startsWith("/..") || path.length() < 2) {
        throw new URISyntaxException(target, "not a part of the package");
      }
      return path.substring(1);
    } catch (URISyntaxException e) {
      throw new FormatException(Reason.MALFORMED, where(RELATIONSHIPS),
          "the main document's target \"" + target + "\" is not a part name: " + e.getMessage(), e);
    }
  }

  private static String contentType(DocxZip zip, ReadOptions options, String part) {
    DocxZip.Entry types = zip.find(CONTENT_TYPES);
    if (types == null) {
      throw new FormatException(Reason.MALFORMED, FormatLocation.unknown(),
          "the package has no " + CONTENT_TYPES + ", so the type of its main part is unknown");
    }
    String partName = "/" + part;
    int dot = part.lastIndexOf('.');
    String extension = dot < 0 || part.indexOf('/', dot) >= 0 ? "" : part.substring(dot + 1);
    String override = null;
    String byDefault = null;
    try (XmlPart xml = part(zip, types, options)) {
      for (XMLStreamReader r = xml.reader(); xml.next() != XMLStreamConstants.END_DOCUMENT; ) {
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !TYPES_NS.equals(r.getNamespaceURI())) {
          continue;
        }
        String type = r.getAttributeValue(null, "ContentType");
        if (r.getLocalName().equals("Override") && partName.equalsIgnoreCase(r.getAttributeValue(null, "PartName"))) {
          override = one(xml, override, type, "part " + partName);
        } else if (r.getLocalName().equals("Default") && extension.equalsIgnoreCase(r.getAttributeValue(null, "Extension"))) {
          byDefault = one(xml, byDefault, type, "extension " + extension);
        }
      }
    }
    String type = override != null ? override : byDefault;
    if (type == null) {
      throw new FormatException(Reason.MALFORMED, where(CONTENT_TYPES), "the package gives its main part " + part + " no content type");
    }
    return type;
  }

  private static String one(XmlPart xml, String seen, String type, String what) {
    if (type == null) {
      throw new FormatException(Reason.MALFORMED, xml.location(), "a content type without a value for " + what);
    }
    if (seen != null && !seen.equals(type)) {
      throw new FormatException(Reason.MALFORMED, xml.location(), "two content types for " + what + ": " + seen + " and " + type);
    }
    return type;
  }

  private static FormatLocation where(String part) {
    return FormatLocation.builder().entry(part).build();
  }

  /**
   * The part that {@code source}'s own relationships ({@code dir/_rels/name.rels}) name with one of
   * {@code types}, or null when there is none, when it is external, or when the named part is not
   * in the archive: for optional parts such as the styles, whose absence a word processor tolerates.
   */
  static DocxZip.Entry relatedPart(DocxZip zip, DocxZip.Entry source, Set<String> types, ReadOptions options) {
    int slash = source.name.lastIndexOf('/');
    String dir = source.name.substring(0, slash + 1);
    DocxZip.Entry rels = zip.find(dir + "_rels/" + source.name.substring(slash + 1) + ".rels");
    if (rels == null) {
      return null;
    }
    try (XmlPart xml = part(zip, rels, options)) {
      for (XMLStreamReader r = xml.reader(); xml.next() != XMLStreamConstants.END_DOCUMENT; ) {
        if (r.getEventType() == XMLStreamConstants.START_ELEMENT && RELS_NS.equals(r.getNamespaceURI())
            && r.getLocalName().equals("Relationship") && types.contains(String.valueOf(r.getAttributeValue(null, "Type")))
            && !"External".equals(r.getAttributeValue(null, "TargetMode")) && r.getAttributeValue(null, "Target") != null) {
          String target = r.getAttributeValue(null, "Target").strip();
          try {
            return zip.find(target.startsWith("/") ? partName(target) : partName("/" + dir + target));
          } catch (FormatException e) {
            return null; // a target outside the package names no part to read
          }
        }
      }
    }
    return null;
  }

  /** A small package part, read with the same parser, limits and error handling as the document. */
  static XmlPart part(DocxZip zip, DocxZip.Entry entry, ReadOptions options) {
    return new XmlPart(zip, entry, DocxReadOptions.of(options).officeLimits(), options.getMaxDepth());
  }
}

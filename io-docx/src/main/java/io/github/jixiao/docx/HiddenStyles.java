package io.github.jixiao.docx;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.internal.XmlPart;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Which styles hide their text: a {@code w:vanish} (or {@code w:specVanish}) in the run properties
 * of a style in the styles part, inherited through {@code w:basedOn}, and in the document defaults.
 * A word processor does not show text hidden by its style any more than text hidden directly, so
 * the reader must not read it as content.
 */
final class HiddenStyles {
  private static final Set<String> STYLES = Set.of(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/styles");
  /** Longer chains of basedOn are cycles or hostile; Word itself stops far earlier. */
  private static final int MAX_CHAIN = 64;

  static final HiddenStyles NONE = new HiddenStyles(Map.of(), null);

  /** Each style's vanish as inherited, only for styles that say something about it. */
  private final Map<String, Boolean> vanishByStyle;
  private final Boolean byDefault;

  private HiddenStyles(Map<String, Boolean> vanishByStyle, Boolean byDefault) {
    this.vanishByStyle = vanishByStyle;
    this.byDefault = byDefault;
  }

  /** Whether the style hides its text; null when neither it nor a style it is based on says. */
  Boolean hides(String styleId) {
    return styleId == null ? null : vanishByStyle.get(styleId);
  }

  /** Whether the document defaults hide text; null when they do not say. */
  Boolean byDefault() {
    return byDefault;
  }

  /** The styles of the main part's styles part; {@link #NONE} when it has none. */
  static HiddenStyles of(DocxZip zip, DocxZip.Entry main, ReadOptions options) {
    DocxZip.Entry part = OpcPackage.relatedPart(zip, main, STYLES, options);
    if (part == null) {
      return NONE;
    }
    Map<String, Boolean> own = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    Boolean byDefault = null;
    String style = null;
    boolean inDefaults = false;
    boolean inRunProperties = false;
    try (XmlPart xml = OpcPackage.part(zip, part, options)) {
      XMLStreamReader r = xml.reader();
      for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
        if (event == XMLStreamConstants.END_ELEMENT) {
          switch (r.getLocalName()) {
            case "style": style = null; break;
            case "rPrDefault": inDefaults = false; break;
            case "rPr": inRunProperties = false; break;
            default: break;
          }
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT || !isWord(r.getNamespaceURI())) {
          continue;
        }
        String val = r.getAttributeValue(r.getNamespaceURI(), "val");
        switch (r.getLocalName()) {
          case "style":
            style = r.getAttributeValue(r.getNamespaceURI(), "styleId");
            break;
          case "rPrDefault":
            inDefaults = true;
            break;
          case "rPr":
            inRunProperties = true;
            break;
          case "basedOn":
            if (style != null && val != null) {
              basedOn.put(style, val);
            }
            break;
          case "vanish":
          case "specVanish":
            if (inRunProperties && style != null) {
              own.put(style, WordXmlReader.isOn(val));
            } else if (inRunProperties && inDefaults) {
              byDefault = WordXmlReader.isOn(val);
            }
            break;
          default:
            break;
        }
      }
    }
    Map<String, Boolean> inherited = new HashMap<>();
    for (String id : basedOn.keySet()) {
      Boolean hides = inheritedVanish(id, own, basedOn);
      if (hides != null) {
        inherited.put(id, hides);
      }
    }
    for (Map.Entry<String, Boolean> e : own.entrySet()) {
      inherited.putIfAbsent(e.getKey(), e.getValue());
    }
    return new HiddenStyles(inherited, byDefault);
  }

  private static Boolean inheritedVanish(String id, Map<String, Boolean> own, Map<String, String> basedOn) {
    String at = id;
    for (int i = 0; at != null && i < MAX_CHAIN; i++) {
      Boolean hides = own.get(at);
      if (hides != null) {
        return hides;
      }
      at = basedOn.get(at);
    }
    return null;
  }

  private static boolean isWord(String ns) {
    return WordXmlReader.W.equals(ns) || WordXmlReader.W_STRICT.equals(ns);
  }
}

package io.github.jixiao.docx;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * The document properties of a written document, from {@link DocxWriteOptions} only: POI puts
 * the time of writing in {@code dcterms:created} and "Apache POI" in the creator and application,
 * which are replaced here, or removed where the options set none.
 */
final class DocumentProperties {
  private DocumentProperties() {}

  static void set(XWPFDocument doc, DocxWriteOptions options) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    // POI writes an empty text as no element at all
    core.setCreator(options.getCreator());
    core.setTitle(options.getTitle().orElse(""));
    core.setLastModifiedByUser(options.getLastModifiedBy().orElse(""));
    core.setRevision(options.getRevision().orElse(""));
    core.setCreated(date(options.getCreated()));
    core.setModified(date(options.getModified()));
    CTProperties app = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
    if (options.getApplication().isEmpty()) {
      if (app.isSetApplication()) {
        app.unsetApplication();
      }
    } else {
      app.setApplication(options.getApplication());
    }
  }

  private static Optional<Date> date(Optional<Instant> instant) {
    return instant.map(Date::from);
  }
}

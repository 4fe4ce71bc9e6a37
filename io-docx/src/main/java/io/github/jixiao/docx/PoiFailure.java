package io.github.jixiao.docx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;

/**
 * A failure inside Apache POI while the writer makes a document — its {@code
 * OpenXML4JRuntimeException}, {@code POIXMLException}, an {@code IOException} of its own package or
 * an XMLBeans failure — as the format's exception: {@link Reason#WRITER_BUG}, with POI's
 * exception as the cause, at the sheet's JSON Pointer where one is known. The checks before
 * writing refuse every value the writer cannot hold, so this is a bug, not a verdict on the value.
 */
final class PoiFailure {
  private PoiFailure() {}

  /**
   * The failure as a {@link FormatException}; one already is passes through.
   *
   * @param e what POI threw
   * @param pointer the JSON Pointer of the sheet being written, or "" for the document
   * @return the exception to throw
   */
  static FormatException of(Exception e, String pointer) {
    if (e instanceof FormatException) {
      return (FormatException) e;
    }
    return new FormatException(Reason.WRITER_BUG, FormatLocation.builder().jsonPointer(pointer).build(),
        "the Word document could not be made because Apache POI failed (a bug in the writer: please report it with"
            + " the document): " + e, e);
  }
}

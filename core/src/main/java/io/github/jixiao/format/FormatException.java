package io.github.jixiao.format;

import io.github.jixiao.JixiaoException;

/**
 * 格式错误 (format error): the one exception every reader throws for input it cannot read —
 * malformed, truncated, too large, too deep, of the wrong shape, hostile — and for I/O failures
 * while reading — and every writer throws for a value it cannot write so that it reads back the
 * same, or for a failure of its own ({@link Reason#WRITER_BUG}). It says where ({@link
 * #location()}) and why, as a machine-readable {@link #reason()}.
 */
public class FormatException extends JixiaoException {
  private static final long serialVersionUID = 1L;

  /** Why the input could not be read. */
  public enum Reason {
    /** Not well-formed: a syntax error, a stray character, a value where none may be. */
    MALFORMED,
    /** The input ends in the middle of a value. */
    TRUNCATED,
    /** Content after the end of the document. */
    TRAILING_CONTENT,
    /** Bytes that are not valid in the input's encoding (such as invalid UTF-8). */
    INVALID_ENCODING,
    /** Nesting deeper than the reader's limit. */
    TOO_DEEP,
    /** More bytes (or inflated bytes, entries, cells) than the reader's limit. */
    TOO_LARGE,
    /** A string longer than the reader's limit. */
    STRING_TOO_LONG,
    /** A number longer than the reader's limit. */
    NUMBER_TOO_LONG,
    /** A number that is not one, or not allowed (NaN, Infinity). */
    INVALID_NUMBER,
    /** The same key twice in one object. */
    DUPLICATE_KEY,
    /** A value of the wrong type, such as a number where an object belongs. */
    WRONG_TYPE,
    /** A required field is missing. */
    MISSING_FIELD,
    /** A field the format does not define. */
    UNKNOWN_FIELD,
    /** A format version this reader does not know. */
    UNSUPPORTED_VERSION,
    /** Content the reader could not place in the model, refused because the reader is {@linkplain ReadOptions#isStrict() strict}. */
    UNPLACED_CONTENT,
    /** A value of the right type that the model rejects (a negative sequence number, an unknown code). */
    INVALID_VALUE,
    /** Not this format at all (such as a file that is not a zip). */
    NOT_THIS_FORMAT,
    /** A container built to attack its reader: a zip bomb, path traversal, duplicate entries, a DTD. */
    HOSTILE,
    /** The layout expected by the reader is not there (a Word document without target sheets). */
    UNEXPECTED_LAYOUT,
    /** Reading the underlying stream failed. */
    IO_ERROR,
    /** Encrypted with a password the reader was not given (a file that opens without one is read). */
    PASSWORD_PROTECTED,
    /** No text to read: a scanned, image-only document (recognising text in images is out of scope). */
    NO_TEXT_LAYER,
    /**
     * A failure inside the reader that none of its checks foresaw: a bug in Jixiao, not a verdict
     * on the input. The cause is attached; please report it with the input.
     */
    READER_BUG,
    /**
     * A failure inside a writer that none of its checks foresaw, such as the library it writes
     * with failing: a bug in Jixiao, not a verdict on the value written. The cause is attached;
     * please report it with the value.
     */
    WRITER_BUG
  }

  /** Why the input could not be read. */
  private final Reason reason;
  /** Where the failure happened. */
  private final FormatLocation location;
  /** What went wrong, without the location. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param location where
   * @param detail what, for people
   */
  public FormatException(Reason reason, FormatLocation location, String detail) {
    this(reason, location, detail, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param reason why
   * @param location where
   * @param detail what, for people
   * @param cause the underlying failure
   */
  public FormatException(Reason reason, FormatLocation location, String detail, Throwable cause) {
    super(message(reason, location, detail), cause);
    this.reason = reason;
    this.location = location;
    this.detail = detail;
  }

  private static String message(Reason reason, FormatLocation location, String detail) {
    String where = location.describe();
    return (where.isEmpty() ? "" : where + ": ") + detail + " [" + reason + "]";
  }

  /**
   * Why the input could not be read.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Where the failure happened.
   *
   * @return the location
   */
  public FormatLocation location() {
    return location;
  }

  /**
   * What went wrong, without the location.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The same failure with the source (such as a file name) added to its location.
   *
   * @param source the source
   * @return a new exception, or this one when the location names a source already
   */
  public FormatException withSource(String source) {
    if (location.getSource().isPresent()) {
      return this;
    }
    return new FormatException(reason, FormatLocation.builder().from(location).source(source).build(), detail, getCause());
  }
}

package io.github.jixiao.format;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * 错误位置 (location of a format error): where in the input a reading failure happened — for
 * JSON the line, column and JSON Pointer; for Word the zip entry, table, row and column; the
 * source (such as a file name) when known.
 */
@Value.Immutable
public abstract class FormatLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final FormatLocation UNKNOWN = builder().build();

  FormatLocation() {}

  /**
   * The source being read, such as a file name.
   *
   * @return the source
   */
  public abstract Optional<String> getSource();

  /**
   * The line (1-based) of a text format.
   *
   * @return the line
   */
  public abstract OptionalInt getLine();

  /**
   * The column (1-based) of a text format, or the table column (0-based) of a Word table.
   *
   * @return the column
   */
  public abstract OptionalInt getColumn();

  /**
   * The page (1-based) of a paged format such as PDF.
   *
   * @return the page
   */
  public abstract OptionalInt getPage();

  /**
   * The paragraph (0-based, counting the paragraphs outside tables in document order) of a word
   * processor's document.
   *
   * @return the paragraph
   */
  public abstract OptionalInt getParagraph();

  /**
   * The byte offset (0-based), when known.
   *
   * @return the offset
   */
  public abstract OptionalLong getByteOffset();

  /**
   * The JSON Pointer (RFC 6901) of the value being read, such as {@code /items/5/annualFunding}.
   *
   * @return the pointer
   */
  public abstract Optional<String> getJsonPointer();

  /**
   * The zip entry of a Word document being read, such as {@code word/document.xml}.
   *
   * @return the entry name
   */
  public abstract Optional<String> getEntry();

  /**
   * The table (0-based, in document order) of a Word document.
   *
   * @return the table
   */
  public abstract OptionalInt getTable();

  /**
   * The row (0-based) of a Word table.
   *
   * @return the row
   */
  public abstract OptionalInt getRow();

  /**
   * A location that says nothing.
   *
   * @return the unknown location
   */
  public static FormatLocation unknown() {
    return UNKNOWN;
  }

  /**
   * The location as people read it: "huaiyuan.json line 3, column 5, at /items/0/name".
   *
   * @return the description, empty for an unknown location
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    getSource().ifPresent(b::append);
    getEntry().ifPresent(e -> append(b, "entry " + e));
    getPage().ifPresent(p -> append(b, "page " + p));
    getLine().ifPresent(l -> append(b, "line " + l));
    getParagraph().ifPresent(p -> append(b, "paragraph " + p));
    if (getTable().isPresent()) {
      append(b, "table " + getTable().getAsInt());
      getRow().ifPresent(r -> append(b, "row " + r));
    }
    getColumn().ifPresent(c -> append(b, "column " + c));
    getJsonPointer().ifPresent(p -> append(b, "at " + (p.isEmpty() ? "/" : p)));
    return b.toString();
  }

  private static void append(StringBuilder b, String part) {
    b.append(b.length() == 0 ? "" : ", ").append(part);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormatLocation}. */
  public static final class Builder extends ImmutableFormatLocation.Builder {
    Builder() {}
  }
}

package io.github.jixiao.format;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * 读取警告 (read warning): content of a source document that a reader did not place in the model —
 * the text, where it was (table, row, column; paragraph; page), and why. A reader that understands
 * only part of a layout reads what it can and reports every other non-empty cell and paragraph
 * this way, so nothing is lost silently.
 */
@Value.Immutable
public abstract class ReadWarning implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Why content was not placed. */
  public enum Kind {
    /** The reader does not know where this content belongs in the model. */
    UNPLACED("未能归入模型的内容", "content not placed in the model"),
    /** A second value for a field that already has one; the first was kept. */
    CONFLICT("与已读取的内容冲突", "conflicts with a value already read"),
    /** The text could be read more than one way; the reader chose one and says which. */
    AMBIGUOUS("含义不明确", "ambiguous"),
    /** Text a reader of the document does not see (hidden text, a replaced alternative). */
    HIDDEN("隐藏内容", "hidden content");

    private final String zh;
    private final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /**
     * What the kind means, in Chinese.
     *
     * @return the description
     */
    public String descriptionZh() {
      return zh;
    }

    /**
     * What the kind means, in English.
     *
     * @return the description
     */
    public String descriptionEn() {
      return en;
    }
  }

  ReadWarning() {}

  /**
   * Why the content was not placed.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * The text as written in the source.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * Where the text is.
   *
   * @return the location
   */
  public abstract FormatLocation getLocation();

  /**
   * A sentence on what the reader made of it, in English, such as "a label the vocabulary does not
   * know, and its value".
   *
   * @return the detail
   */
  public abstract String getDetail();

  /**
   * The warning as one line: "table 2, row 5, column 3: UNPLACED "立项依据" — a label …".
   *
   * @return the line
   */
  public String describe() {
    String where = getLocation().describe();
    return (where.isEmpty() ? "" : where + ": ") + getKind() + " \"" + getText() + "\" — " + getDetail();
  }

  /**
   * A warning.
   *
   * @param kind why
   * @param text the text as written
   * @param location where
   * @param detail what the reader made of it
   * @return the warning
   */
  public static ReadWarning of(Kind kind, String text, FormatLocation location, String detail) {
    return builder().kind(kind).text(text).location(location).detail(detail).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadWarning}. */
  public static final class Builder extends ImmutableReadWarning.Builder {
    Builder() {}
  }
}

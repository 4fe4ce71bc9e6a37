package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import java.util.Objects;

/**
 * 段落 (layout paragraph): a paragraph outside tables, its text as a person reads it, where it is
 * in the source (a paragraph index, a page), and whether the text is verbatim: whitespace at its
 * ends part of it rather than stray whitespace to trim (see {@link LayoutCell}).
 *
 * @param text the text as written (lines joined with {@code \n})
 * @param location where the paragraph is
 * @param verbatim whether whitespace at the ends of the text is part of it
 */
public record LayoutParagraph(String text, FormatLocation location, boolean verbatim) implements LayoutBlock {
  /**
   * Checks the parts.
   *
   * @param text the text
   * @param location the location
   * @param verbatim whether whitespace at the ends of the text is part of it
   */
  public LayoutParagraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }

  /**
   * A paragraph whose text's ends may carry stray whitespace, which the form reader trims.
   *
   * @param text the text
   * @param location the location
   */
  public LayoutParagraph(String text, FormatLocation location) {
    this(text, location, false);
  }
}

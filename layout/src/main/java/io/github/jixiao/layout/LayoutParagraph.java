package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import java.util.Objects;

/**
 * 段落 (layout paragraph): a paragraph outside tables, its text as a person reads it, and where it is
 * in the source (a paragraph index, a page).
 *
 * @param text the text as written (lines joined with {@code \n})
 * @param location where the paragraph is
 */
public record LayoutParagraph(String text, FormatLocation location) implements LayoutBlock {
  /**
   * Checks the parts.
   *
   * @param text the text
   * @param location the location
   */
  public LayoutParagraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }
}

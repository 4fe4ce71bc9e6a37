package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.model.MissingValueException;

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
    MissingValueException.require(text, "text");
    MissingValueException.require(location, "location");
  }
}

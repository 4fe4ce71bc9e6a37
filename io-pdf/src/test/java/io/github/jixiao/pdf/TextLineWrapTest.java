package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where lines of a cell or paragraph join as a wrap and where they break, from synthetic glyphs
 * (Chinese characters one em wide, other characters half an em, as PageBreakTest draws them): cases
 * the layout zoo printed by LibreOffice found.
 */
class TextLineWrapTest {
  private static final float SIZE = 10;

  /** Each line from x = 55, one baseline per line, 14 pt apart. */
  private static String joined(float rightLimit, String... lines) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      float x = 55;
      for (char c : lines[i].toCharArray()) {
        float width = c >= 0x2E80 ? SIZE : SIZE / 2;
        glyphs.add(new Glyph(String.valueOf(c), x, 714 + 14 * i, width, SIZE));
        x += width;
      }
    }
    return TextLine.text(TextLine.of(glyphs), rightLimit);
  }

  /**
   * "日至2021年" ends 15 pt before the edge: room for "12" but not for "12月", and LibreOffice wraps
   * a number with the unit after it, so the date goes on; with room for "12月" it is a hard break.
   */
  @Test
  void aNumberWrapsTogetherWithItsUnit() {
    assertThat(joined(120, "日至2021年", "12月31日")).isEqualTo("日至2021年12月31日");
    assertThat(joined(140, "日至2021年", "12月31日")).isEqualTo("日至2021年\n12月31日");
  }

  /**
   * "目标1：提升效率。" ends 5 pt before the edge, where "目" could not have fitted; but the next line
   * opens item 2 of the list the text began with, so it is a line of its own. A line starting with
   * a number that continues no list ("2.5倍") still wraps.
   */
  @Test
  void aLineOpeningTheNextNumberedItemStartsANewLine() {
    assertThat(joined(145, "目标1：提升效率。", "目标2：确保安全。")).isEqualTo("目标1：提升效率。\n目标2：确保安全。");
    assertThat(joined(145, "（1）提升效率。", "（2）确保安全。")).isEqualTo("（1）提升效率。\n（2）确保安全。");
    assertThat(joined(145, "效率提升到原来的", "2.5倍。")).isEqualTo("效率提升到原来的2.5倍。");
  }

  /**
   * "王芳 139567812" fills its line and "34" goes on: LibreOffice cut the telephone where the line was
   * full although a name stands before it, so it joins without a space; "王芳 2024" ends short of
   * the edge, so "2025" is a word of its own.
   */
  @Test
  void aNumberCutWhereTheLineIsFullJoinsAlsoAfterOtherText() {
    assertThat(joined(128, "王芳 139567812", "34")).isEqualTo("王芳 13956781234");
    assertThat(joined(108, "王芳 2024", "2025")).isEqualTo("王芳 2024 2025");
  }
}

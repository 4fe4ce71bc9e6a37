package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Texts#cut(String)}: quoted input in messages stays short. */
class TextsCutTest {
  @Test
  void shortTextIsQuotedWhole() {
    String text = "a".repeat(Texts.QUOTED_CHARACTERS);
    assertThat(Texts.cut(text)).isSameAs(text);
  }

  @Test
  void longTextKeepsItsBeginningAndSaysHowLongItWas() {
    String huge = "键".repeat(49_000);
    assertThat(Texts.cut(huge)).isEqualTo("键".repeat(200) + "…(49000 characters)");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String text = "a".repeat(199) + "😀".repeat(10);
    String cut = Texts.cut(text);
    assertThat(cut).startsWith("a".repeat(199) + "…(");
    assertThat(cut).endsWith("(219 characters)");
  }
}

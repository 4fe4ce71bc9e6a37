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

  @Test
  void aShortPathIsQuotedWhole() {
    String path = "/items/0/" + "k".repeat(150);
    assertThat(Texts.cutEach(path, "/")).isSameAs(path);
  }

  @Test
  void eachPieceOfALongPathIsCutAndTheSeparatorsAndEmptyPiecesStay() {
    String key = "键".repeat(300);
    String deep = "/a".repeat(150);
    assertThat(Texts.cutEach("/items/" + key + "//x/", "/"))
        .isEqualTo("/items/" + "键".repeat(200) + "…(300 characters)//x/");
    assertThat(Texts.cutEach(deep, "/")).as("a deep but honest path stays whole").isEqualTo(deep);
    assertThat(Texts.cutEach(key + "::" + key, "::")).isEqualTo(Texts.cut(key) + "::" + Texts.cut(key));
  }
}

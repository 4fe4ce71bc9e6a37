package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Escapes#text(String)} leaves nothing that could change how a line of the report looks. */
class EscapesProperties {
  @Property
  void noControlCharacterSurvives(@ForAll("hostile") String text) {
    String escaped = Escapes.text(text);
    assertThat(escaped.chars().noneMatch(c -> Escapes.isControl((char) c))).as(escaped).isTrue();
    assertThat(escaped.lines().count()).isLessThanOrEqualTo(1);
  }

  @Property
  void textWithoutControlCharactersIsUnchanged(@ForAll("hostile") String text) {
    String plain = text.chars().filter(c -> !Escapes.isControl((char) c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    assertThat(Escapes.text(plain)).isEqualTo(plain);
  }

  @Property
  void escapesCanBeToldApartFromTheTextAroundThem(@ForAll("hostile") String text) {
    // the escaped text is as long as the text plus what each control character added: nothing lost
    long controls = text.chars().filter(c -> Escapes.isControl((char) c)).count();
    assertThat(Escapes.text(text).length()).isGreaterThanOrEqualTo((int) (text.length() + controls));
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings().withChars("合计：0 个错误ab\\")
        .withCharRange('\u0000', '\u001f').withChars('\u007f', '\u0085', '\u009b', '\u2028', '\u2029')
        .withCharRange('\u202a', '\u202e').withCharRange('\u2066', '\u2069').ofMaxLength(40);
  }
}

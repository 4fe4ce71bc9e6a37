package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** compact() gives exactly what full NFKC normalisation without blanks gives. */
class TextNormalizerProperties {

  @Property
  void compactEqualsFullNormalisation(@ForAll("text") String text) {
    // The oracle is written out here, not taken from the code under test: compact() drops what
    // Java calls whitespace or a space character, and the zero-width space and BOM.
    String expected = Normalizer.normalize(text, Normalizer.Form.NFKC).chars()
        .filter(ch -> !(Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == 0x200B || ch == 0xFEFF))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    assertThat(TextNormalizer.compact(text)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withChars("≥≤＞＜％%１２3.万元人次 \u3000℃，、。（）")
            .withCharRange('一', '龥').ofMaxLength(12));
  }
}

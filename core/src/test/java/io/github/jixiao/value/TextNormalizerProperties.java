package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.internal.Texts;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast path of compact() gives exactly what full NFKC normalisation gives. */
class TextNormalizerProperties {

  @Test
  void everyCharacterTheFastPathTrustsIsNfkcStable() {
    StringBuilder all = new StringBuilder();
    for (char ch = 0x20; ch < 0x7F; ch++) {
      all.append(ch);
    }
    for (char ch = 0x4E00; ch <= 0x9FFF; ch++) {
      all.append(ch);
    }
    all.append("≥≤≧≦≮≯⩾⩽·‰°×÷—–、。“”‘’《》【】");
    for (int i = 0; i < all.length(); i++) {
      String one = String.valueOf(all.charAt(i));
      assertThat(Texts.isNfkcStable(one)).as(one).isTrue();
      assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", (int) all.charAt(i)).isEqualTo(one);
    }
    assertThat(Texts.isNfkcStable("９５％")).isFalse();
    assertThat(Texts.isNfkcStable("℃")).isFalse();
  }

  @Property
  void compactEqualsFullNormalisation(@ForAll("text") String text) {
    String expected = Normalizer.normalize(text, Normalizer.Form.NFKC).chars()
        .filter(ch -> !Texts.isBlank((char) ch))
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

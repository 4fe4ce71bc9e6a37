package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.internal.Texts;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The characters the fast path of compact() trusts are those NFKC leaves as they are. */
class TextNormalizerTest {

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
}

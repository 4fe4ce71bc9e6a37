package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * 紧凑文本 (compact text) with its fast paths: whatever the characters, {@link Texts#compact} is
 * NFKC without whitespace of any width, as the JDK's normaliser makes it.
 */
class TextsCompactTest {
  @Property(tries = 3000)
  void isNfkcWithoutBlanks(@ForAll("formText") String text) {
    assertThat(Texts.compact(text)).isEqualTo(reference(text));
  }

  @Test
  void fullWidthPunctuationAndIdeographicSpacesBecomeAscii() {
    assertThat(Texts.compact("\u3000\u3000（一）项目名称：Ａ１，　≥９５％")).isEqualTo("(一)项目名称:A1,≥95%");
  }

  private static String reference(String text) {
    StringBuilder b = new StringBuilder();
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (int i = 0; i < n.length(); i++) {
      if (!Texts.isBlank(n.charAt(i))) {
        b.append(n.charAt(i));
      }
    }
    return b.toString();
  }

  /** What form cells hold, with characters NFKC changes or composes: half-width kana, combining marks, ligatures. */
  @Provide
  Arbitrary<String> formText() {
    Arbitrary<Character> common = Arbitraries.of('（', '）', '：', '，', '；', '％', '\u3000', 'Ａ', '９', '～', '｛', '＼',
        '一', '项', '目', '≥', '≤', '‰', '、', '。', '“', '”', 'a', '1', ' ', '(', '%', '\t', '\n');
    Arbitrary<Character> changing = Arbitraries.of('ｶ', 'ﾞ', '\u0301', '\u0338', 'e', '=', 'ﬁ', '①', '㎡', '\u00A0', '\u2028',
        '\u200B', 'Ⅱ', '\uFF5F', '\uFF00', '\uFFE5');
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, common), net.jqwik.api.Tuple.of(1, changing))
        .list().ofMaxSize(30).map(list -> {
          StringBuilder b = new StringBuilder();
          list.forEach(b::append);
          return b.toString();
        });
  }
}

package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser's promises over arbitrary text. */
class TargetValueProperties {

  @Property
  void neverThrowsAndKeepsTheRawText(@ForAll("anyText") String raw) {
    TargetValue v = TargetValue.parse(raw);
    assertThat(v.getRaw()).isEqualTo(raw);
  }

  @Property
  void theCanonicalFormIsAFixedPoint(@ForAll("anyText") String raw) {
    TargetValue v = TargetValue.parse(raw);
    TargetValue again = TargetValue.parse(v.canonical());
    assertThat(again.getKind()).isEqualTo(v.getKind());
    assertThat(again.getComparator()).isEqualTo(v.getComparator());
    assertThat(again.getValue()).isEqualTo(v.getValue());
    assertThat(again.getUpperValue()).isEqualTo(v.getUpperValue());
    assertThat(again.getUnit()).isEqualTo(v.getUnit());
    assertThat(again.getText()).isEqualTo(v.getText());
    assertThat(again.canonical()).isEqualTo(v.canonical());
  }

  /** Arbitrary Unicode mixed with the pieces target values are made of, so both get exercised. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> pieces =
        Arbitraries.of(
                "≥", "≤", ">", "<", "=", "＞", "不低于", "达到", "以上", "以内", "-", "~", "至", ".",
                ",", "%", "％", "万元", "人次", "元/人·月", "不适用", "是", "否", "暂不确定", "成效明显",
                " ", "\u3000", "。", "1", "0", "9", "１", "５", "12", "000", "m2")
            .list()
            .ofMaxSize(8)
            .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(unicode, pieces);
  }
}

package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which text after a number the parser takes for a unit (UnitSyntax's Javadoc, docs/domain.md
 * "Target values"): short (at most 12 characters), letters and unit symbols, not starting with a
 * symbol other than the degree sign, digits only as an inline exponent after a Latin letter (m2, km3); anything else makes the
 * text a sentence, not a quantity.
 */
class TargetValueUnitsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥100m2|m2",
        "≥100km3|km3",
        "１００ｍ２|m2",
        "5a2|a2",
        "5z2|z2",
        "5A2|A2",
        "5Z2|Z2",
        "5m0|m0",
        "5m9|m9",
        "5kVA|kVA",
        "3‰|‰",
        "≤350元/人·月|元/人·月",
        "1个|个",
        "≤25℃|°C",
        "≤25°C|°C",
        "≥0.5℃|°C",
        "≤5°|°",
        "1个个个个个个个个个个个个|个个个个个个个个个个个个",
      })
  void readsUnits(String raw, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.QUANTITATIVE);
    assertThat(v.getUnit()).contains(unit);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "≥1个个个个个个个个个个个个个", // 13 characters: a sentence, not a unit
        "≥5次2", // a digit after a Chinese unit is not an exponent
        "≥5μ2", // nor after a Greek letter
        "≥5é2", // nor after a letter beyond ASCII
        "≥5/人", // a unit does not start with a symbol
        "≥5·次",
        "≥12月底前", // 前, 底: a time phrase
        "≥3个月前",
        "≥5m2%",
        "≥5.5.5",
      })
  void anOperatorFollowedByANumberAndNoUnitIsUnrecognised(String raw) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(v.getRaw()).isEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"5次2", "5/人", "12月底前完成", "3个月前", "1个个个个个个个个个个个个个"})
  void wordsAfterANumberMakeAStatement(String raw) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(v.getText()).contains(raw);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"5m2-8m2|m2", "1个个个个个个个个个个个个-2|个个个个个个个个个个个个", "5-8A2|A2"})
  void readsUnitsOfRanges(String raw, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.RANGE);
    assertThat(v.getUnit()).contains(unit);
    assertThat(v.getUpperValue()).isPresent();
    assertThat(v.getValue().orElseThrow()).isLessThan(v.getUpperValue().orElseThrow());
    assertThat(v.getValue().orElseThrow()).isGreaterThan(BigDecimal.ZERO);
  }
}

package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the parser reads the number of a target value (docs/domain.md, "Target values"): ASCII or
 * full-width digits, thousands separators only in groups of three after a leading group of one to
 * three digits, an optional fraction, at most 40 digits; a number that is not well formed leaves
 * the value unrecognised (or qualitative, when it is words), never misread.
 */
class TargetValueNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      value = {
        // raw | number | unit: a group of three may end the text, as well as precede a unit
        "10,000|10000|",
        "1,000|1000|",
        "999,999|999999|",
        "100,000元|100000|元",
        "1,000,000|1000000|",
        "≥1,000|1000|",
        "1,000.5|1000.5|",
        "1,000.5万元|1000.5|万元",
        "１，０００|1000|",
        "０|0|",
        "９|9|",
        "９９|99|",
        "0.5|0.5|",
        "+5|5|",
        // sentence punctuation at the end is not part of the number
        "5.|5|",
        "10,000,|10000|",
      })
  void readsWellFormedNumbers(String raw, BigDecimal number, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.QUANTITATIVE);
    assertThat(v.getValue()).contains(number);
    assertThat(v.getUnit()).isEqualTo(Optional.ofNullable(unit));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1,0000", // a later group of four
        "1,00", // a later group of two
        "1,000,00",
        "1,0000元",
        "1,5万元", // a decimal comma
        "≥1,5万元",
        "5.以上", // a point without a fraction, before an operator word
        "1-5.以内",
        "1234,567", // a leading group of four
        "1,000.5.5",
        "5.%", // a point without a fraction
        "≥.5",
        "≥5..5",
        "≥,000",
      })
  void readsNoNumberFromMalformedDigits(String raw) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isNotEqualTo(TargetKind.QUANTITATIVE).isNotEqualTo(TargetKind.RANGE);
    assertThat(v.getValue()).isEmpty();
  }

  @Test
  void aNumberHasAtMostFortyDigits() {
    String forty = "9".repeat(40);
    assertThat(TargetValue.parse(forty + "%").getValue()).contains(new BigDecimal(forty));
    assertThat(TargetValue.parse("≥" + "9".repeat(41) + "%").getKind()).isEqualTo(TargetKind.UNRECOGNISED);
    // Grouped digits and fraction digits count too.
    String grouped = "9" + ",999".repeat(13); // 40 digits
    assertThat(TargetValue.parse(grouped).getValue()).contains(new BigDecimal("9".repeat(40)));
    assertThat(TargetValue.parse("99" + ",999".repeat(13)).getKind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(TargetValue.parse("9".repeat(20) + "." + "9".repeat(20)).getKind())
        .isEqualTo(TargetKind.QUANTITATIVE);
    assertThat(TargetValue.parse("9".repeat(20) + "." + "9".repeat(21)).getKind())
        .isEqualTo(TargetKind.UNRECOGNISED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      value = {
        // raw | lower | upper | unit
        "1,000-2,000|1000|2000|",
        "1,000元-2,000元|1000|2000|元",
        "9-10|9|10|",
        "０-９|0|9|",
        "0.5-1.5万元|0.5|1.5|万元",
        "90%-95|90|95|%",
      })
  void readsRangesOfWellFormedNumbers(String raw, BigDecimal lower, BigDecimal upper, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).as(raw).isEqualTo(TargetKind.RANGE);
    assertThat(v.getValue()).contains(lower);
    assertThat(v.getUpperValue()).contains(upper);
    assertThat(v.getUnit()).isEqualTo(Optional.ofNullable(unit));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"90%-", "90%-95%%", "90%-95元", "90元-95%", "90-,5", "90至上年", "1-2-3"})
  void aRangeNeedsTwoNumbersInOneUnit(String raw) {
    assertThat(TargetValue.parse(raw).getKind()).as(raw).isNotEqualTo(TargetKind.RANGE).isNotEqualTo(TargetKind.QUANTITATIVE);
  }

  @Test
  void operatorsWordsAfterTheNumberNeedANumberBeforeThem() {
    assertThat(TargetValue.parse("以上").getKind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(TargetValue.parse("≥以上").getKind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(TargetValue.parse("5以上").getComparator()).contains(ComparisonOperator.GE);
    assertThat(TargetValue.parse("5以上").getValue()).contains(new BigDecimal("5"));
    assertThat(TargetValue.parse("5及以下").getComparator()).contains(ComparisonOperator.LE);
    assertThat(TargetValue.parse("5及以下").getUnit()).isEmpty();
  }
}

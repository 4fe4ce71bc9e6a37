package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ComparisonOperator's Javadoc: the national codes 1 to 5 and the written forms of an operator. */
class ComparisonOperatorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1|GE", "2|GT", "3|EQ", "4|LT", "5|LE",
        "１|GE", "５|LE", "' 5 '|LE",
        "≥|GE", ">=|GE", "≧|GE", "＞＝|GE", "不低于|GE", "大于等于|GE",
        "＞|GT", ">|GT", "大于|GT",
        "＝|EQ", "=|EQ", "等于|EQ",
        "＜|LT", "<|LT", "低于|LT",
        "≤|LE", "<=|LE", "不超过|LE",
      })
  void readsAnOperatorWrittenOnItsOwn(String text, ComparisonOperator operator) {
    assertThat(ComparisonOperator.fromText(text)).contains(operator);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"0", "6", "9", "12", "51", "", " ", "/", "≥95%", "≥≥", "大于等于号", "定性", "a"})
  void readsNothingElse(String text) {
    assertThat(ComparisonOperator.fromText(text)).isEmpty();
  }

  @Test
  void readsNothingFromNull() {
    assertThat(ComparisonOperator.fromText(null)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ComparisonOperator.class)
  void eachOperatorIsFoundByItsCodeAndItsSymbol(ComparisonOperator operator) {
    assertThat(ComparisonOperator.fromNationalCode(operator.nationalCode())).contains(operator);
    assertThat(ComparisonOperator.fromText(String.valueOf(operator.nationalCode()))).contains(operator);
    assertThat(ComparisonOperator.fromText(operator.symbol())).contains(operator);
  }

  @Test
  void theCodesAreOneToFiveAndSixIsQualitative() {
    assertThat(ComparisonOperator.GE.nationalCode()).isEqualTo(1);
    assertThat(ComparisonOperator.LE.nationalCode()).isEqualTo(5);
    assertThat(ComparisonOperator.fromNationalCode(0)).isEmpty();
    assertThat(ComparisonOperator.fromNationalCode(ComparisonOperator.QUALITATIVE_CODE)).isEmpty();
    assertThat(ComparisonOperator.QUALITATIVE_CODE).isEqualTo(6);
  }
}

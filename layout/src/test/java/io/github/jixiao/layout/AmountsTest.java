package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.AmountUnit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which cell texts are amounts, and what they say: the written scale and unit are kept. */
class AmountsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18.00|18.00|",
        "1,800.00|1800.00|",
        "18.00万元|18.00|WAN_YUAN",
        "180000元|180000|YUAN",
        "-3|-3|",
        "0|0|",
        "0.00|0.00|",
      })
  void readsAmounts(String text, String amount, AmountUnit unit) {
    Amounts.Written written = Amounts.parse(text);

    assertThat(written).isNotNull();
    assertThat(written.amount()).isEqualByComparingTo(amount);
    assertThat(written.amount().toPlainString()).isEqualTo(new BigDecimal(amount).toPlainString());
    assertThat(written.unit()).isEqualTo(unit);
  }

  /** A negative zero has no BigDecimal: reading it as 0.00 would change the text silently. */
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"-0", "-0.00", "-0.00万元", "18.00.00", "十八", ""})
  void refusesWhatIsNotAnAmountAsWritten(String text) {
    assertThat(Amounts.parse(text)).isNull();
  }
}

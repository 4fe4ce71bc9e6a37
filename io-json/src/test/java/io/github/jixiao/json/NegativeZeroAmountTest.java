package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A negative zero ("-0", "-0.00") cannot be kept by the model, whose decimals have no sign when
 * they are zero: the reader refuses it instead of reading 0 and writing back something else.
 * Every other amount keeps its written form, negative ones and scales included.
 */
class NegativeZeroAmountTest {
  /** The seed with its first "0.00" amount (其他资金 of sheet 1) written as the given text. */
  private static String seedWithZeroWrittenAs(String written) {
    String json = JsonTesting.write(SampleDocuments.huaiyuan2024());
    String zero = json.replaceFirst("(\"amount\"\\s*:\\s*)\"0\\.00\"", "$1" + written);
    assertThat(zero).isNotEqualTo(json);
    return zero;
  }

  private static FormatException readFails(String json) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> JsonTesting.readDisclosure(json));
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  @Test
  void aNegativeZeroAmountIsRefusedWhereItIs() {
    for (String written : new String[] {"\"-0.00\"", "\"-0\"", "\"-0.0\"", "-0", "-0.00"}) {
      FormatException e = readFails(seedWithZeroWrittenAs(written));

      assertThat(e.reason()).as(written).isEqualTo(Reason.INVALID_NUMBER);
      assertThat(e.detail()).as(written).contains("negative zero").contains("\"amount\"");
      assertThat(e.location().getJsonPointer().orElseThrow()).as(written).endsWith("/amount");
    }
  }

  @Test
  void theSchemaRefusesANegativeZeroString() {
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, seedWithZeroWrittenAs("\"-0.00\""))).isNotEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, seedWithZeroWrittenAs("\"-0.01\""))).isEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, seedWithZeroWrittenAs("\"-10\""))).isEmpty();
    assertThat(JsonTesting.validate(JsonTesting.OUR_SCHEMA, seedWithZeroWrittenAs("\"0.000\""))).isEmpty();
  }

  @Test
  void zeroAndNegativeAmountsKeepTheirWrittenForm() {
    for (String written : new String[] {"0", "0.0", "0.000", "-0.01", "-10", "-0.10"}) {
      Disclosure d = JsonTesting.readDisclosure(seedWithZeroWrittenAs("\"" + written + "\""));
      BigDecimal amount = d.getItems().get(0).getAnnualFunding().orElseThrow().getSources().get(1).getAmount();

      assertThat(amount.toPlainString()).isEqualTo(written);
      assertThat(JsonTesting.write(d)).contains("\"" + written + "\"");
      assertThat(JsonTesting.readDisclosure(JsonTesting.write(d))).isEqualTo(d);
    }
  }
}

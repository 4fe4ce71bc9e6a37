package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored values through number-format codes, as Excel shows them. */
class CellFormatTest {
  @ParameterizedTest(name = "{0} in \"{1}\" shows {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "18|0.00|18.00",
      "18.5|0.00|18.50",
      "18.005|0.00|18.01",
      "-18.005|0.00|-18.01",
      "1800|#,##0.00|'1,800.00'",
      "1234567.891|#,##0.00|'1,234,567.89'",
      "123456789012345678|0|123456789012345678",
      "0.1|0|0",
      "0.5|0|1",
      "0.85|0%|85%",
      "0.855|0.0%|85.5%",
      "18|0.00\"万元\"|18.00万元",
      "18|\"¥\"#,##0.00|¥18.00",
      "18|[$¥-804]#,##0.00|¥18.00",
      "-5|#,##0.00;(#,##0.00)|(5.00)",
      "-5|#,##0.00;[Red]-#,##0.00|-5.00",
      "0|0.00;-0.00;\"-\"|-",
      "2024|General|2024",
      "0.30000000000000004|General|0.3",
      "18.000|General|18",
      "1500000|#,##0,|'1,500'",
      "0.5|#.00|.50",
      "45000|yyyy-mm-dd|2023-03-15",
      "45000|yyyy\"年\"m\"月\"d\"日\"|2023年3月15日",
      "45000.5|yyyy/m/d h:mm|2023/3/15 12:00",
      "45000|[$-804]yyyy年m月d日|2023年3月15日",
      "0.75|h:mm:ss|18:00:00",
      "1.5|[h]:mm|36:00",
      "7|@|7",
      "abc|0.00|abc"})
  void showsTheValueAsASpreadsheetDoes(String raw, String code, String shown) {
    assertThat(CellFormat.display(raw, code, false)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({"43538,2023-03-15", "0,1904-01-01"})
  void countsDatesFrom1904WhenTheWorkbookSaysSo(String raw, String shown) {
    assertThat(CellFormat.display(raw, "yyyy-mm-dd", true)).isEqualTo(shown);
  }
}

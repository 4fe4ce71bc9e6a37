package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every one of the 111 target values of the seed document, with what it must parse to. */
class SeedTargetValuesTest {

  @ParameterizedTest(name = "sheet {0} / {1}: {2}")
  @CsvFileSource(resources = "/seed-target-values.psv", delimiter = '|', nullValues = "")
  void parsesLikeTheTableSays(
      int sheet,
      String indicator,
      String raw,
      TargetKind kind,
      ComparisonOperator comparator,
      BigDecimal number,
      String unit) {
    TargetValue value = TargetValue.parse(raw);

    assertThat(value.getRaw()).isEqualTo(raw);
    assertThat(value.getKind()).isEqualTo(kind);
    assertThat(value.getComparator()).isEqualTo(Optional.ofNullable(comparator));
    assertThat(value.getValue()).isEqualTo(Optional.ofNullable(number));
    assertThat(value.getUnit()).isEqualTo(Optional.ofNullable(unit));
    if (kind == TargetKind.QUALITATIVE || kind == TargetKind.YES_NO) {
      assertThat(value.getText()).contains(raw);
    }
  }
}

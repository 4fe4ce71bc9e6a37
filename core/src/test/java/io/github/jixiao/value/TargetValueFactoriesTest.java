package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The factories of TargetValue (its class Javadoc): each builds the value of its kind with the
 * canonical rendering as raw text, and parsing that rendering gives the same value back.
 */
class TargetValueFactoriesTest {

  @Test
  void notApplicableIsWrittenAsTheNationalMarker() {
    TargetValue v = TargetValue.notApplicable();

    assertThat(v.getKind()).isEqualTo(TargetKind.NOT_APPLICABLE);
    assertThat(v.getRaw()).isEqualTo("不适用").isEqualTo(TargetValue.NOT_APPLICABLE_TEXT);
    assertThat(v.canonical()).isEqualTo("不适用");
    assertThat(v.nationalComparatorCode()).isEmpty();
    assertThat(v.effectiveComparator()).isEmpty();
    assertThat(v.answer()).isEmpty();
  }

  @Test
  void undeterminedIsWrittenAsTheNationalMarker() {
    TargetValue v = TargetValue.undetermined();

    assertThat(v.getKind()).isEqualTo(TargetKind.UNDETERMINED);
    assertThat(v.getRaw()).isEqualTo("暂不确定").isEqualTo(TargetValue.UNDETERMINED_TEXT);
    assertThat(v.canonical()).isEqualTo("暂不确定");
    assertThat(v.nationalComparatorCode()).isEmpty();
  }

  @Test
  void yesNoIsWrittenYesOrNoAndCodedQualitative() {
    TargetValue yes = TargetValue.yesNo(true);
    TargetValue no = TargetValue.yesNo(false);

    assertThat(yes.getKind()).isEqualTo(TargetKind.YES_NO);
    assertThat(yes.getRaw()).isEqualTo("是");
    assertThat(yes.getText()).contains("是");
    assertThat(yes.canonical()).isEqualTo("是");
    assertThat(yes.answer()).contains(true);
    assertThat(no.getRaw()).isEqualTo("否");
    assertThat(no.canonical()).isEqualTo("否");
    assertThat(no.answer()).contains(false);
    assertThat(no.nationalComparatorCode()).isEqualTo(OptionalInt.of(ComparisonOperator.QUALITATIVE_CODE));
  }

  @Test
  void qualitativeTrimsItsText() {
    TargetValue v = TargetValue.qualitative("\u3000 成效明显 \t");

    assertThat(v.getKind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(v.getRaw()).isEqualTo("成效明显");
    assertThat(v.getText()).contains("成效明显");
    assertThat(v.canonical()).isEqualTo("成效明显");
    assertThat(v.answer()).isEmpty();
    assertThat(v.nationalComparatorCode()).hasValue(6);
    assertThatThrownBy(() -> TargetValue.qualitative(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("text");
  }

  @Test
  void aRangeIsWrittenWithItsUnitOnBothBounds() {
    TargetValue v = TargetValue.range(new BigDecimal("90"), new BigDecimal("95.5"), "%");

    assertThat(v.getKind()).isEqualTo(TargetKind.RANGE);
    assertThat(v.getValue()).contains(new BigDecimal("90"));
    assertThat(v.getUpperValue()).contains(new BigDecimal("95.5"));
    assertThat(v.getUnit()).contains("%");
    assertThat(v.isPercentage()).isTrue();
    assertThat(v.getRaw()).isEqualTo("90%-95.5%");
    assertThat(v.canonical()).isEqualTo("90%-95.5%");
    assertThat(v.nationalComparatorCode()).isEmpty();
    assertThat(v.effectiveComparator()).isEmpty();
  }

  @Test
  void aRangeWithoutUnitHasNone() {
    TargetValue empty = TargetValue.range(new BigDecimal("2024"), new BigDecimal("2026"), "");
    TargetValue absent = TargetValue.range(new BigDecimal("2024"), new BigDecimal("2026"), null);

    assertThat(empty.getUnit()).isEmpty();
    assertThat(empty.getRaw()).isEqualTo("2024-2026");
    assertThat(absent).isEqualTo(empty);
    assertThatThrownBy(() -> TargetValue.range(null, BigDecimal.ONE, "%"))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("lower");
    assertThatThrownBy(() -> TargetValue.range(BigDecimal.ONE, null, "%"))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("upper");
  }

  @Test
  void aQuantityWithoutOperatorOrUnitIsAPlainNumber() {
    TargetValue v = TargetValue.quantitative(null, new BigDecimal("18.00"), "");

    assertThat(v.getRaw()).isEqualTo("18.00");
    assertThat(v.getComparator()).isEmpty();
    assertThat(v.effectiveComparator()).contains(ComparisonOperator.EQ);
    assertThat(v.getUnit()).isEmpty();
    assertThat(v.isPercentage()).isFalse();
    assertThatThrownBy(() -> TargetValue.quantitative(ComparisonOperator.GE, null, "%"))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("value");
  }

  @Test
  void parsingTheCanonicalTextOfAFactoryValueGivesItBack() {
    List<TargetValue> values =
        List.of(
            TargetValue.quantitative(ComparisonOperator.GE, new BigDecimal("95"), "%"),
            TargetValue.quantitative(ComparisonOperator.LT, new BigDecimal("-5.25"), "万元"),
            TargetValue.quantitative(null, new BigDecimal("10000"), "人次"),
            TargetValue.range(new BigDecimal("-5"), new BigDecimal("-3"), "%"),
            TargetValue.range(new BigDecimal("3"), new BigDecimal("5"), "天"),
            TargetValue.qualitative("成效明显"),
            TargetValue.yesNo(true),
            TargetValue.yesNo(false),
            TargetValue.notApplicable(),
            TargetValue.undetermined());
    for (TargetValue v : values) {
      assertThat(TargetValue.parse(v.canonical())).as(v.canonical()).isEqualTo(v);
    }
  }

  @Test
  void aNumberWithANegativeScaleIsWrittenOut() {
    TargetValue v = TargetValue.quantitative(null, new BigDecimal("1E+3"), "家");

    assertThat(v.getRaw()).isEqualTo("1000家");
    assertThat(v.getValue()).contains(new BigDecimal("1000"));
    assertThat(TargetValue.parse(v.canonical())).isEqualTo(v);
    assertThat(TargetValue.range(new BigDecimal("1E+1"), new BigDecimal("2E+1"), "%").getRaw())
        .isEqualTo("10%-20%");
  }

  @Test
  void aFactoryRefusesPartsThatWouldReadBackAsAnotherValue() {
    assertThatThrownBy(() -> TargetValue.qualitative("是"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("\"是\" made as a QUALITATIVE value would read back as a YES_NO value");
    assertThatThrownBy(() -> TargetValue.qualitative("95%"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("QUANTITATIVE");
    assertThatThrownBy(
            () -> TargetValue.quantitative(ComparisonOperator.GE, new BigDecimal("12"), "月底前"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("\"≥12月底前\"");
  }
}

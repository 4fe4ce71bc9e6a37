package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The builder's promise (TargetValue's class Javadoc): the parts must fit the kind, and a value
 * whose parts do not is refused with a ModelException that names the field and says why.
 */
class TargetValueModelCheckTest {
  private static final BigDecimal NINETY = new BigDecimal("90");
  private static final BigDecimal NINETY_FIVE = new BigDecimal("95");

  private static TargetValue.Builder builder(TargetKind kind) {
    return TargetValue.builder().raw("as written").kind(kind);
  }

  @Test
  void eachKindBuildsWithExactlyItsParts() {
    assertThatCode(
            () -> {
              builder(TargetKind.QUANTITATIVE)
                  .comparator(ComparisonOperator.GE)
                  .value(NINETY)
                  .unit("%")
                  .build();
              builder(TargetKind.QUANTITATIVE).value(NINETY).build();
              builder(TargetKind.RANGE).value(NINETY).upperValue(NINETY_FIVE).unit("%").build();
              builder(TargetKind.RANGE).value(NINETY).upperValue(NINETY_FIVE).build();
              builder(TargetKind.QUALITATIVE).text("成效明显").build();
              builder(TargetKind.YES_NO).text("是").build();
              builder(TargetKind.YES_NO).text("否").build();
              builder(TargetKind.NOT_APPLICABLE).build();
              builder(TargetKind.UNDETERMINED).build();
              builder(TargetKind.UNRECOGNISED).build();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void numbersAreRequiredForQuantitiesAndRanges() {
    assertRefused(builder(TargetKind.RANGE).upperValue(NINETY_FIVE), "TargetValue.value: required for a RANGE value");
    assertRefused(builder(TargetKind.QUANTITATIVE).unit("%"), "TargetValue.value: required for a QUANTITATIVE value");
    assertRefused(builder(TargetKind.RANGE).value(NINETY), "TargetValue.upperValue: required for a RANGE value");
  }

  @ParameterizedTest
  @EnumSource(
      value = TargetKind.class,
      names = {"QUALITATIVE", "YES_NO", "NOT_APPLICABLE", "UNDETERMINED", "UNRECOGNISED"})
  void numbersAreNotAllowedForOtherKinds(TargetKind kind) {
    TargetValue.Builder b = builder(kind).value(NINETY);
    if (kind == TargetKind.QUALITATIVE || kind == TargetKind.YES_NO) {
      b.text("是");
    }
    assertRefused(b, "TargetValue.value: not allowed for a " + kind + " value");
  }

  @Test
  void anUpperBoundIsOnlyForRanges() {
    assertRefused(
        builder(TargetKind.QUANTITATIVE).value(NINETY).upperValue(NINETY_FIVE),
        "TargetValue.upperValue: not allowed for a QUANTITATIVE value");
    assertRefused(
        builder(TargetKind.UNRECOGNISED).upperValue(NINETY_FIVE),
        "TargetValue.upperValue: not allowed for a UNRECOGNISED value");
  }

  @Test
  void anOperatorIsOnlyForQuantities() {
    assertRefused(
        builder(TargetKind.RANGE).value(NINETY).upperValue(NINETY_FIVE).comparator(ComparisonOperator.GE),
        "TargetValue.comparator: not allowed for a RANGE value");
    assertRefused(
        builder(TargetKind.NOT_APPLICABLE).comparator(ComparisonOperator.EQ),
        "TargetValue.comparator: not allowed for a NOT_APPLICABLE value");
  }

  @Test
  void aUnitIsOnlyForQuantitiesAndRanges() {
    assertRefused(
        builder(TargetKind.QUALITATIVE).text("成效明显").unit("%"),
        "TargetValue.unit: not allowed for a QUALITATIVE value");
    assertRefused(
        builder(TargetKind.UNDETERMINED).unit("万元"),
        "TargetValue.unit: not allowed for a UNDETERMINED value");
  }

  @Test
  void textIsRequiredForWordsAndAnswersAndNotAllowedOtherwise() {
    assertRefused(builder(TargetKind.QUALITATIVE), "TargetValue.text: required for a QUALITATIVE value");
    assertRefused(builder(TargetKind.YES_NO), "TargetValue.text: required for a YES_NO value");
    assertRefused(
        builder(TargetKind.QUANTITATIVE).value(NINETY).text("90"),
        "TargetValue.text: not allowed for a QUANTITATIVE value");
    assertRefused(builder(TargetKind.UNRECOGNISED).text("≥"), "TargetValue.text: not allowed for a UNRECOGNISED value");
  }

  @Test
  void aYesNoValueMustAnswerYesOrNo() {
    assertRefused(builder(TargetKind.YES_NO).text("成效明显"), "TargetValue.text: \"成效明显\" is not a yes/no answer");
    assertThat(builder(TargetKind.YES_NO).text(" Yes。").build().answer()).contains(true);
  }

  private static void assertRefused(TargetValue.Builder builder, String message) {
    assertThatThrownBy(builder::build).isInstanceOf(ModelException.class).hasMessage(message);
  }
}

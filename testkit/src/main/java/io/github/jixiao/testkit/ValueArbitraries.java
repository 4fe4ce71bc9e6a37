package io.github.jixiao.testkit;

import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Value generators of {@link JixiaoArbitraries}: amounts in 万元 and 元, amount units, comparison
 * operators, units and target values of every kind, and the shares that split an amount.
 */
final class ValueArbitraries {
  static final List<String> UNITS =
      List.of("%", "次", "个", "家", "人", "人次", "位次", "天", "套", "年", "万元", "元", "元/人·月", "m2");
  static final String QUALITATIVE_CHARACTERS = "成效明显著提升高及时合规达标稳步上改善良好有序进行完顺利保障持续增强优化";

  private ValueArbitraries() {}

  /**
   * Amounts in 万元 as budget tables write them: two decimals, 0.01 to 50 000.00.
   *
   * @return amounts with scale 2
   */
  static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.longs().between(1, 5_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /**
   * Amounts in 元 as budget tables write them: two decimals, 1 000.00 to 50 000 000.00.
   *
   * @return amounts in 元 with scale 2
   */
  static Arbitrary<BigDecimal> yuanAmounts() {
    return Arbitraries.longs().between(100_000, 5_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /**
   * The units funding blocks are written in: mostly 万元, sometimes 元.
   *
   * @return amount units
   */
  static Arbitrary<AmountUnit> amountUnits() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(AmountUnit.WAN_YUAN)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(AmountUnit.YUAN)));
  }

  /**
   * Comparison operators.
   *
   * @return every operator
   */
  static Arbitrary<ComparisonOperator> comparators() {
    return Arbitraries.of(ComparisonOperator.class);
  }

  /**
   * Units seen in target values, compound ones (元/人·月) included.
   *
   * @return units
   */
  static Arbitrary<String> units() {
    return Arbitraries.of(UNITS);
  }

  /**
   * Target values of every readable kind (quantitative, range, qualitative, yes/no, 不适用,
   * 暂不确定), each with its canonical rendering as raw text.
   *
   * @return target values
   */
  static Arbitrary<TargetValue> targetValues() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, quantitativeTargets()),
        net.jqwik.api.Tuple.of(1, rangeTargets()),
        net.jqwik.api.Tuple.of(3, qualitativeTargets()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(TargetValue::yesNo)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TargetValue.notApplicable())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TargetValue.undetermined())));
  }

  /**
   * Quantitative target values: an optional operator, a number (negative, fractional and large
   * ones included) and an optional unit.
   *
   * @return quantitative values
   */
  static Arbitrary<TargetValue> quantitativeTargets() {
    return Combinators.combine(comparators().injectNull(0.3), numbers(), units().injectNull(0.1))
        .as(TargetValue::quantitative);
  }

  /**
   * Ranges such as "90%-95%".
   *
   * @return range values
   */
  static Arbitrary<TargetValue> rangeTargets() {
    return Combinators.combine(numbers(), numbers(), units().injectNull(0.2)).as(TargetValue::range);
  }

  /**
   * Qualitative statements such as 成效明显, from a pool of evaluative words.
   *
   * @return qualitative values
   */
  static Arbitrary<TargetValue> qualitativeTargets() {
    return Arbitraries.strings()
        .withChars(QUALITATIVE_CHARACTERS)
        .ofMinLength(2)
        .ofMaxLength(12)
        .map(TargetValue::qualitative);
  }

  static Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(Arbitraries.longs().between(-1_000_000, 100_000_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<BigDecimal> percentBetween(int min, int max) {
    return Arbitraries.integers().between(min, max).map(BigDecimal::valueOf);
  }

  static BigDecimal share(BigDecimal amount, int percent) {
    return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
  }
}

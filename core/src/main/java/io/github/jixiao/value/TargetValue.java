package io.github.jixiao.value;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * 指标值 (target value): what an indicator's 指标值 cell says, kept as written and read into typed
 * parts.
 *
 * <p>The {@linkplain #getRaw() raw text} is always kept exactly as written; the parsed parts sit
 * beside it. {@link #parse(String)} never throws on any string: text it cannot read becomes
 * {@link TargetKind#UNRECOGNISED}. The parts depend on the {@linkplain #getKind() kind}:
 *
 * <ul>
 *   <li>{@link TargetKind#QUANTITATIVE}: an optional {@linkplain #getComparator() operator} (absent
 *       when none was written, which means equal), a {@linkplain #getValue() number} with its
 *       written scale, and an optional {@linkplain #getUnit() unit};
 *   <li>{@link TargetKind#RANGE}: {@linkplain #getValue() lower} and {@linkplain #getUpperValue()
 *       upper} numbers and an optional unit;
 *   <li>{@link TargetKind#QUALITATIVE} and {@link TargetKind#YES_NO}: the trimmed {@linkplain
 *       #getText() text};
 *   <li>{@link TargetKind#NOT_APPLICABLE}, {@link TargetKind#UNDETERMINED}, {@link
 *       TargetKind#UNRECOGNISED}: no parts.
 * </ul>
 *
 * <p>Values built by the factories ({@link #quantitative}, {@link #range}, …) have the
 * {@linkplain #canonical() canonical rendering} as their raw text, and {@code
 * TargetValue.parse(v.canonical())} equals {@code v}: a factory refuses, with a {@link
 * ModelException}, parts whose text would read as another value (qualitative text "是" or "95%", a
 * unit such as "月底前").
 */
@Value.Immutable
public abstract class TargetValue implements Serializable {
  private static final long serialVersionUID = 1L;

  TargetValue() {}

  /**
   * The text exactly as written in the 指标值 cell, padding included.
   *
   * @return the raw text, never null
   */
  @NotNull
  @Size(max = 10_000)
  public abstract String getRaw();

  /**
   * What the text turned out to be.
   *
   * @return the kind
   */
  public abstract TargetKind getKind();

  /**
   * The comparison operator as written, for a quantitative value; absent when the value was
   * written without one (which means equal, see {@link #effectiveComparator()}).
   *
   * @return the written operator
   */
  public abstract Optional<ComparisonOperator> getComparator();

  /**
   * The number of a quantitative value, or the lower bound of a range, with its written scale.
   *
   * @return the number
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * The upper bound of a range.
   *
   * @return the upper bound, present only for {@link TargetKind#RANGE}
   */
  public abstract Optional<BigDecimal> getUpperValue();

  /**
   * The unit of a quantitative value or range, such as "%", "万元" or "元/人·月"; full-width forms
   * are normalised (％ becomes %).
   *
   * @return the unit, absent when none was written
   */
  public abstract Optional<String> getUnit();

  /**
   * The text of a qualitative or yes/no value, trimmed of padding.
   *
   * @return the text
   */
  public abstract Optional<String> getText();

  @Value.Check
  void checkPartsFitKind() {
    TargetKind kind = getKind();
    boolean numeric = kind == TargetKind.QUANTITATIVE || kind == TargetKind.RANGE;
    boolean textual = kind == TargetKind.QUALITATIVE || kind == TargetKind.YES_NO;
    require(getValue().isPresent() == numeric, "value", numeric ? "required" : "not allowed");
    require(
        getUpperValue().isPresent() == (kind == TargetKind.RANGE),
        "upperValue",
        kind == TargetKind.RANGE ? "required" : "not allowed");
    require(
        getComparator().isEmpty() || kind == TargetKind.QUANTITATIVE,
        "comparator",
        "not allowed");
    require(getUnit().isEmpty() || numeric, "unit", "not allowed");
    require(getText().isPresent() == textual, "text", textual ? "required" : "not allowed");
    if (kind == TargetKind.YES_NO && YesNo.answer(getText().get()).isEmpty()) {
      throw new ModelException(
          "TargetValue.text: \"" + getText().get() + "\" is not a yes/no answer");
    }
  }

  private void require(boolean ok, String field, String what) {
    if (!ok) {
      throw new ModelException(
          "TargetValue." + field + ": " + what + " for a " + getKind() + " value");
    }
  }

  /**
   * The operator that applies: the written one, or {@link ComparisonOperator#EQ} for a number
   * written without an operator. Empty for anything but a quantitative value.
   *
   * @return the effective operator
   */
  public Optional<ComparisonOperator> effectiveComparator() {
    if (getKind() != TargetKind.QUANTITATIVE) {
      return Optional.empty();
    }
    return Optional.of(getComparator().orElse(ComparisonOperator.EQ));
  }

  /**
   * The code the national integrated budget system uses for this value: 1 to 5 for a
   * quantitative value's operator, {@link ComparisonOperator#QUALITATIVE_CODE 6} for qualitative and
   * yes/no values, empty for ranges, 不适用, 暂不确定 and unrecognised text.
   *
   * @return the national code
   */
  public OptionalInt nationalComparatorCode() {
    switch (getKind()) {
      case QUANTITATIVE:
        return OptionalInt.of(effectiveComparator().orElseThrow().nationalCode());
      case QUALITATIVE:
      case YES_NO:
        return OptionalInt.of(ComparisonOperator.QUALITATIVE_CODE);
      default:
        return OptionalInt.empty();
    }
  }

  /**
   * The answer of a yes/no value: true for 是.
   *
   * @return the answer, present only for {@link TargetKind#YES_NO}
   */
  public Optional<Boolean> answer() {
    return getKind() == TargetKind.YES_NO ? YesNo.answer(getText().orElseThrow()) : Optional.empty();
  }

  /**
   * Whether this is a quantitative value or range in percent.
   *
   * @return true when the unit is %
   */
  public boolean isPercentage() {
    return getUnit().filter("%"::equals).isPresent();
  }

  /**
   * The canonical rendering: the written operator as the national list writes it (≥ ＞ ＝ ＜ ≤),
   * the number in plain ASCII digits with its scale and no grouping, the unit; ranges as
   * "90%-95%"; 不适用 and 暂不确定 for the special markers; the trimmed text for qualitative and
   * yes/no values; the raw text for unrecognised ones.
   *
   * @return the canonical text
   */
  public String canonical() {
    String unit = getUnit().orElse("");
    switch (getKind()) {
      case QUANTITATIVE:
        return getComparator().map(ComparisonOperator::symbol).orElse("")
            + getValue().orElseThrow().toPlainString()
            + unit;
      case RANGE:
        return getValue().orElseThrow().toPlainString()
            + unit
            + "-"
            + getUpperValue().orElseThrow().toPlainString()
            + unit;
      case QUALITATIVE:
      case YES_NO:
        return getText().orElseThrow();
      case NOT_APPLICABLE:
        return NOT_APPLICABLE_TEXT;
      case UNDETERMINED:
        return UNDETERMINED_TEXT;
      default:
        return getRaw();
    }
  }

  /** The canonical text of {@link TargetKind#NOT_APPLICABLE}. */
  public static final String NOT_APPLICABLE_TEXT = "不适用";

  /** The canonical text of {@link TargetKind#UNDETERMINED}. */
  public static final String UNDETERMINED_TEXT = "暂不确定";

  /**
   * Reads a target value as written. Never throws for any string: text that cannot be read
   * becomes {@link TargetKind#UNRECOGNISED}, keeping the text.
   *
   * @param raw the text of the 指标值 cell
   * @return the value, with {@code raw} as its raw text
   * @throws MissingValueException if {@code raw} is null
   */
  public static TargetValue parse(String raw) {
    if (raw == null) {
      throw new MissingValueException("raw");
    }
    return TargetValueParser.parse(raw);
  }

  /**
   * A quantitative value, with its canonical rendering as raw text.
   *
   * @param comparator the written operator, or null for a number written without one
   * @param value the number
   * @param unit the unit, or null or empty for none
   * @return the value
   */
  public static TargetValue quantitative(
      ComparisonOperator comparator, BigDecimal value, String unit) {
    return withCanonicalRaw(
        builder()
            .kind(TargetKind.QUANTITATIVE)
            .comparator(Optional.ofNullable(comparator))
            .value(writable(MissingValueException.require(value, "value")))
            .unit(emptyToNull(unit)));
  }

  /**
   * A range of two numbers, with its canonical rendering as raw text.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param unit the unit of both, or null or empty for none
   * @return the value
   */
  public static TargetValue range(BigDecimal lower, BigDecimal upper, String unit) {
    return withCanonicalRaw(
        builder()
            .kind(TargetKind.RANGE)
            .value(writable(MissingValueException.require(lower, "lower")))
            .upperValue(writable(MissingValueException.require(upper, "upper")))
            .unit(emptyToNull(unit)));
  }

  /**
   * A qualitative value such as 成效明显.
   *
   * @param text the statement; padding is trimmed
   * @return the value, with the trimmed text as raw text
   */
  public static TargetValue qualitative(String text) {
    String trimmed = TextNormalizer.trim(MissingValueException.require(text, "text"));
    return readsBack(builder().raw(trimmed).kind(TargetKind.QUALITATIVE).text(trimmed).build());
  }

  /**
   * A yes/no value written 是 or 否.
   *
   * @param yes the answer
   * @return the value
   */
  public static TargetValue yesNo(boolean yes) {
    String text = yes ? YesNo.YES : YesNo.NO;
    return builder().raw(text).kind(TargetKind.YES_NO).text(text).build();
  }

  /**
   * The not-applicable marker, written 不适用.
   *
   * @return the value
   */
  public static TargetValue notApplicable() {
    return builder().raw(NOT_APPLICABLE_TEXT).kind(TargetKind.NOT_APPLICABLE).build();
  }

  /**
   * The undetermined marker, written 暂不确定.
   *
   * @return the value
   */
  public static TargetValue undetermined() {
    return builder().raw(UNDETERMINED_TEXT).kind(TargetKind.UNDETERMINED).build();
  }

  private static TargetValue withCanonicalRaw(Builder builder) {
    TargetValue parts = builder.raw("").build();
    return readsBack(builder().from(parts).raw(parts.canonical()).build());
  }

  /**
   * A number as it can be written: 1E+3 has no written form with its negative scale, so it becomes
   * 1000 (the same number, scale 0); other numbers keep their scale.
   */
  private static BigDecimal writable(BigDecimal number) {
    return number.scale() < 0 ? number.setScale(0) : number;
  }

  /**
   * Keeps the class's promise that {@code parse(v.canonical())} equals a value a factory made: a
   * value whose text would read as something else ("是" as qualitative text, "95%", a unit the
   * parser does not take for one) is refused rather than built.
   */
  private static TargetValue readsBack(TargetValue value) {
    TargetValue again = TargetValueParser.parse(value.getRaw());
    if (!again.equals(value)) {
      throw new ModelException(
          "TargetValue: \""
              + value.getRaw()
              + "\" made as a "
              + value.getKind()
              + " value would read back as a "
              + again.getKind()
              + " value"
              + (again.getKind() == value.getKind() ? " with other parts" : ""));
    }
    return value;
  }

  private static String emptyToNull(String unit) {
    return unit == null || unit.isEmpty() ? null : unit;
  }

  /**
   * A builder for values whose parts come from elsewhere (a JSON document that carries both raw
   * text and parts). Prefer {@link #parse(String)} and the factories.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetValue}; {@link #build()} checks that the parts fit the kind. */
  public static final class Builder extends ImmutableTargetValue.Builder {
    Builder() {}
  }
}

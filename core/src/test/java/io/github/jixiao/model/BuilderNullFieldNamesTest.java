package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A null given to a builder's convenience setter or to a factory is a {@link
 * MissingValueException} naming what the caller called — the builder's field ({@code target}, not
 * the {@code raw} of the parser it delegates to), or the factory's parameter — never a bare
 * {@link NullPointerException} from inside.
 */
class BuilderNullFieldNamesTest {
  private static void names(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isExactlyInstanceOf(MissingValueException.class)
        .hasMessage("a value is required but was null: " + field);
  }

  @Test
  void indicatorBuilderSettersNameTheirField() {
    names(() -> Indicator.builder().target((String) null), "target");
    names(() -> Indicator.builder().target((TargetValue) null), "target");
    names(() -> Indicator.builder().level1((String) null), "level1");
    names(() -> Indicator.builder().level2((String) null), "level2");
    names(() -> Indicator.builder().level1((StandardCategory) null), "level1");
    names(() -> Indicator.builder().level2((StandardCategory) null), "level2");
    names(() -> Indicator.builder().nameAsWritten(null), "name");
    names(() -> Indicator.builder().name(null), "name");
  }

  @Test
  void factoriesNameTheirParameter() {
    names(() -> TargetValue.parse(null), "raw");
    names(() -> TargetValue.qualitative(null), "text");
    names(() -> IndicatorCategory.level1(null), "label");
    names(() -> IndicatorCategory.level2(null), "label");
    names(() -> IndicatorCategory.of((StandardCategory) null), "standard");
    names(() -> IndicatorCategory.of(null, StandardCategory.OUTPUT), "label");
    names(() -> FundingSource.of((String) null, BigDecimal.ONE), "label");
    names(() -> FundingSource.of("财政拨款", null), "amount");
    names(() -> FundingSource.of((FundingSourceKind) null, BigDecimal.ONE), "kind");
    names(() -> Goals.of(null), "text");
    names(() -> ProjectPeriod.of(null), "text");
    names(() -> SupervisingDepartment.parse(null), "written");
    names(() -> LabelledText.of(null, "x"), "label");
    names(() -> LabelledText.of("x", null), "text");
  }
}

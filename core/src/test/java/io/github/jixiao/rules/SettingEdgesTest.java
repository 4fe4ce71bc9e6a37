package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A setting and its type at their edges: the range of a percentage, the length of a number, the
 * messages of refused values and defaults, what makes two settings equal, how a value is written.
 */
class SettingEdgesTest {
  private static final Setting<BigDecimal> SHARE = Setting.percentage("czt.share", new BigDecimal("50"), "份额", "share");

  @Test
  void aPercentageRunsFrom0To100BothIncluded() {
    assertThat(SHARE.parse("0")).isEqualByComparingTo("0");
    assertThat(SHARE.parse("100")).isEqualByComparingTo("100");
    assertThat(SHARE.parse(" 99.5 % ")).isEqualByComparingTo("99.5");
    assertThat(SHARE.parse("100％")).isEqualByComparingTo("100");
    assertThatThrownBy(() -> SHARE.parse("100.01")).isInstanceOf(PolicyException.class)
        .hasMessage("czt.share: must be a percentage between 0 and 100, was 100.01");
    assertThatThrownBy(() -> SHARE.parse("-0.01")).isInstanceOf(PolicyException.class)
        .hasMessage("czt.share: must be a percentage between 0 and 100, was -0.01");
    assertThat(SHARE.check(BigDecimal.ZERO)).isSameAs(BigDecimal.ZERO);
    assertThatThrownBy(() -> SHARE.check(new BigDecimal("-1"))).isInstanceOf(PolicyException.class)
        .hasMessage("czt.share: must be a percentage between 0 and 100, was -1");
  }

  @Test
  void aNumberOf40CharactersIsReadAnd41AreRefusedUnparsed() {
    Setting<Integer> limit = Setting.integer("czt.limit", 1, "上限", "limit");
    String forty = "0".repeat(39) + "7";
    assertThat(limit.parse(forty)).isEqualTo(7);
    assertThatThrownBy(() -> limit.parse("0" + forty)).isInstanceOf(PolicyException.class)
        .hasMessage("czt.limit: number too long (41 characters, at most 40)");
    Setting<BigDecimal> amount = Setting.decimal("czt.amount", BigDecimal.ONE, "金额", "amount");
    assertThat(amount.parse("0." + "0".repeat(37) + "1")).isEqualByComparingTo("1E-38");
    assertThatThrownBy(() -> amount.parse("0." + "0".repeat(38) + "1")).isInstanceOf(PolicyException.class)
        .hasMessageContaining("number too long (41 characters");
  }

  @Test
  void aRefusedValueNamesTheKeyAndKeepsTheTypesReason() {
    Setting<Boolean> strict = Setting.bool("czt.strict", false, "从严", "strict");
    assertThat(strict.parse(" TRUE ")).isTrue();
    assertThat(strict.parse("False")).isFalse();
    PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(PolicyException.class, () -> strict.parse("yes"));
    assertThat(e).hasMessage("czt.strict: \"yes\" is not a boolean (true or false)");
    assertThat(e.getKey()).contains("czt.strict");
    assertThat(e.getLine()).isEmpty();
    assertThat(e.getCause()).isInstanceOf(PolicyException.class).hasMessage("\"yes\" is not a boolean (true or false)");
    assertThatThrownBy(() -> Setting.integer("czt.n", 1, "数", "n").parse("1.5")).hasMessage("czt.n: \"1.5\" is not an integer");
    assertThat(Setting.string("czt.region", "安徽", "地区", "region").parse("  淮北 ")).isEqualTo("淮北");
  }

  @Test
  void aValueOfTheWrongClassIsRefusedNamingKeyAndClass() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Setting<Object> raw = (Setting) Setting.integer("czt.limit", 1, "上限", "limit");
    assertThatThrownBy(() -> raw.check("8")).isInstanceOf(PolicyException.class)
        .hasMessage("czt.limit: a integer setting needs a Integer, was java.lang.String");
    assertThatNullPointerException().isThrownBy(() -> raw.check(null)).withMessage("czt.limit");
  }

  @Test
  void aDefaultOutsideItsRangeIsRefusedWhenTheSettingIsDeclared() {
    assertThatThrownBy(() -> Setting.percentage("czt.p", new BigDecimal("-1"), "甲", "a")).isInstanceOf(RuleSetException.class)
        .hasMessage("setting czt.p: default must be a percentage between 0 and 100, was -1")
        .hasCauseInstanceOf(PolicyException.class);
    assertThat(Setting.percentage("czt.p", new BigDecimal("100"), "甲", "a").defaultValue()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Setting.integer("czt", 1, "甲", "a")).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("\"czt\" is not of the form pack.name");
  }

  @Test
  void twoSettingsAreEqualWhenKeyTypeDefaultAndDescriptionsAre() {
    Setting<Integer> a = Setting.integer("czt.n", 1, "数", "n");
    assertThat(a).isEqualTo(Setting.integer("czt.n", 1, "数", "n")).hasSameHashCodeAs(Setting.integer("czt.n", 1, "数", "n"));
    assertThat(a).isEqualTo(a);
    assertThat(a).isNotEqualTo(Setting.integer("czt.m", 1, "数", "n"));
    assertThat(a).isNotEqualTo(Setting.integer("czt.n", 2, "数", "n"));
    assertThat(a).isNotEqualTo(Setting.integer("czt.n", 1, "个数", "n"));
    assertThat(a).isNotEqualTo(Setting.integer("czt.n", 1, "数", "number"));
    assertThat(Setting.decimal("czt.n", BigDecimal.ONE, "数", "n")).isNotEqualTo(Setting.percentage("czt.n", BigDecimal.ONE, "数", "n"));
    assertThat(a).isNotEqualTo("czt.n").isNotEqualTo(null);
  }

  @Test
  void aValueIsWrittenAsAPolicyFileWritesIt() {
    assertThat(SHARE.format(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(Setting.percentage("czt.p", new BigDecimal("1E+1"), "甲", "a")).hasToString("czt.p (percentage, default 10)");
    assertThat(Setting.bool("czt.b", true, "甲", "a")).hasToString("czt.b (boolean, default true)");
    assertThat(SHARE.description("zh")).isEqualTo("份额");
    assertThat(SHARE.description("fr")).isEqualTo("share");
    assertThat(SHARE.description(null)).isEqualTo("share");
    assertThat(SHARE.type()).isEqualTo(SettingType.PERCENTAGE);
    assertThat(SettingType.PERCENTAGE.label()).isEqualTo("percentage");
    assertThat(SettingType.PERCENTAGE.valueType()).isEqualTo(BigDecimal.class);
    assertThat(SettingType.BOOLEAN.valueType()).isEqualTo(Boolean.class);
  }
}

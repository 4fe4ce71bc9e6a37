package io.github.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The written forms of docs/domain.md, "Target values", beyond those the sample document uses. */
class TargetValueParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      value = {
        // raw | comparator | number | unit
        "≥95%|GE|95|%",
        ">=95%|GE|95|%",
        "=>95%|GE|95|%",
        "≧95%|GE|95|%",
        "＞＝95％|GE|95|%",
        "＞60次|GT|60|次",
        ">60次|GT|60|次",
        "＝1套|EQ|1|套",
        "=1套|EQ|1|套",
        "＜5天|LT|5|天",
        "<5天|LT|5|天",
        "≤131万元|LE|131|万元",
        "<=131万元|LE|131|万元",
        "≦131万元|LE|131|万元",
        "不低于95%|GE|95|%",
        "不少于10次|GE|10|次",
        "不高于100%|LE|100|%",
        "不超过50万元|LE|50|万元",
        "低于3%|LT|3|%",
        "大于10家|GT|10|家",
        "小于2天|LT|2|天",
        "达到100%|GE|100|%",
        "等于12个|EQ|12|个",
        "１２．５％||12.5|%",
        "≥１０，０００人次|GE|10000|人次",
        "10,000元||10000|元",
        "≤1,234,567.89元|LE|1234567.89|元",
        "≤350元/人·月|LE|350|元/人·月",
        // quoted, or JUnit would trim the spaces this case is about
        "'  ≥ 95 %  '|GE|95|%",
        "'\u3000≥95%\t'|GE|95|%",
        "≥95%。|GE|95|%",
        "95%以上|GE|95|%",
        "3天以内|LE|3|天",
        "24小时内|LE|24|小时",
        "≥100m2|GE|100|m2",
        "18.00||18.00|",
        "≥-5%|GE|-5|%",
      })
  void readsQuantities(String raw, ComparisonOperator comparator, BigDecimal number, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).isEqualTo(TargetKind.QUANTITATIVE);
    assertThat(v.getComparator()).isEqualTo(Optional.ofNullable(comparator));
    assertThat(v.getValue()).contains(number);
    assertThat(v.getUnit()).isEqualTo(Optional.ofNullable(unit));
    assertThat(v.getRaw()).isEqualTo(raw);
    assertThat(raw).as("JUnit handed over the case as written").doesNotContain("'");
  }

  @Test
  void keepsTheWrittenScale() {
    assertThat(TargetValue.parse("18.00").getValue().orElseThrow().scale()).isEqualTo(2);
    assertThat(TargetValue.parse("18.0").getValue().orElseThrow().scale()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      value = {
        "90%-95%|90|95|%",
        "90-95%|90|95|%",
        "90%~95%|90|95|%",
        "90%～95%|90|95|%",
        "90%至95%|90|95|%",
        "3—5天|3|5|天",
        "-5%--3%|-5|-3|%",
        "2024-2026年|2024|2026|年",
      })
  void readsRanges(String raw, BigDecimal lower, BigDecimal upper, String unit) {
    TargetValue v = TargetValue.parse(raw);

    assertThat(v.getKind()).isEqualTo(TargetKind.RANGE);
    assertThat(v.getValue()).contains(lower);
    assertThat(v.getUpperValue()).contains(upper);
    assertThat(v.getUnit()).isEqualTo(Optional.ofNullable(unit));
    assertThat(v.getComparator()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"不适用", "项目不适用", "此项目不适用", "本指标不适用", "该项不适用", "不涉及", "/", "／", "N/A", "无", " 不适用 "})
  void readsNotApplicableVariants(String raw) {
    assertThat(TargetValue.parse(raw).getKind()).isEqualTo(TargetKind.NOT_APPLICABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"暂不确定", "待定", "不确定"})
  void readsUndetermined(String raw) {
    assertThat(TargetValue.parse(raw).getKind()).isEqualTo(TargetKind.UNDETERMINED);
  }

  @Test
  void readsYesAndNo() {
    assertThat(TargetValue.parse("是").answer()).contains(true);
    assertThat(TargetValue.parse(" 否 ").answer()).contains(false);
    assertThat(TargetValue.parse("是.").answer()).contains(true);
    assertThat(TargetValue.parse("Yes。").getKind()).isEqualTo(TargetKind.YES_NO);
    assertThat(TargetValue.parse("否").getText()).contains("否");
    assertThat(TargetValue.parse("成效明显").answer()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"成效明显", "达到预期效果", "不低于上年水平", "12月底前完成", "实现24小时值班", "食宿经费"})
  void wordsAreQualitative(String raw) {
    TargetValue v = TargetValue.parse(raw);
    assertThat(v.getKind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(v.getText()).contains(raw);
    assertThat(v.nationalComparatorCode()).isEqualTo(OptionalInt.of(6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "≥", "≥上年", "≥95%以上", "≥90%-95%", "95%%", "1,5", "1.2.3", "≥1e5%", "--5"})
  void malformedQuantitiesAreUnrecognisedAndKeepTheirText(String raw) {
    TargetValue v = TargetValue.parse(raw);
    assertThat(v.getKind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(v.getRaw()).isEqualTo(raw);
    assertThat(v.canonical()).isEqualTo(raw);
  }

  @Test
  void absurdNumbersAreUnrecognisedNotSlow() {
    String huge = "≥" + "9".repeat(100_000) + "%";
    // Generous: a linear parse takes milliseconds; a backtracking one, minutes. The speed itself is
    // measured by the benchmarks, not here.
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TargetValue.parse(huge)).getKind())
        .isEqualTo(TargetKind.UNRECOGNISED);
  }

  @Test
  void mapsComparatorsToNationalCodes() {
    assertThat(TargetValue.parse("≥95%").nationalComparatorCode()).hasValue(1);
    assertThat(TargetValue.parse("＞95%").nationalComparatorCode()).hasValue(2);
    assertThat(TargetValue.parse("85家").nationalComparatorCode()).hasValue(3);
    assertThat(TargetValue.parse("<5天").nationalComparatorCode()).hasValue(4);
    assertThat(TargetValue.parse("≤100%").nationalComparatorCode()).hasValue(5);
    assertThat(TargetValue.parse("达标").nationalComparatorCode()).hasValue(6);
    assertThat(TargetValue.parse("不适用").nationalComparatorCode()).isEmpty();
    assertThat(ComparisonOperator.fromNationalCode(5)).contains(ComparisonOperator.LE);
    assertThat(ComparisonOperator.fromText("不低于")).contains(ComparisonOperator.GE);
    assertThat(ComparisonOperator.fromText(" ＞ ")).contains(ComparisonOperator.GT);
    assertThat(ComparisonOperator.fromText("3")).contains(ComparisonOperator.EQ);
    assertThat(ComparisonOperator.fromText("≥95%")).isEmpty();
  }

  @Test
  void writtenWithoutOperatorMeansEqual() {
    TargetValue v = TargetValue.parse("105.2万元");
    assertThat(v.getComparator()).isEmpty();
    assertThat(v.effectiveComparator()).contains(ComparisonOperator.EQ);
  }

  @Test
  void rendersCanonically() {
    assertThat(TargetValue.parse("＞＝１０，０００ 人次").canonical()).isEqualTo("≥10000人次");
    assertThat(TargetValue.parse("不超过50万元").canonical()).isEqualTo("≤50万元");
    assertThat(TargetValue.parse("90-95%").canonical()).isEqualTo("90%-95%");
    assertThat(TargetValue.parse("项目不适用").canonical()).isEqualTo("不适用");
    assertThat(TargetValue.parse(" 成效明显 ").canonical()).isEqualTo("成效明显");
    assertThat(TargetValue.quantitative(ComparisonOperator.GT, new BigDecimal("3"), "个").getRaw())
        .isEqualTo("＞3个");
  }

  @Test
  void rejectsNullAndPartsThatDoNotFitTheKind() {
    assertThatThrownBy(() -> TargetValue.parse(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("raw");
    assertThatThrownBy(
            () -> TargetValue.builder().raw("x").kind(TargetKind.QUANTITATIVE).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("TargetValue.value");
    assertThatThrownBy(
            () ->
                TargetValue.builder()
                    .raw("x")
                    .kind(TargetKind.QUALITATIVE)
                    .text("x")
                    .comparator(ComparisonOperator.GE)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("TargetValue.comparator");
    assertThatThrownBy(() -> TargetValue.builder().kind(TargetKind.NOT_APPLICABLE).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("raw");
  }

  @Test
  void seedTableListsAll111Values() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/seed-target-values.psv")) {
      long rows =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .count();
      assertThat(rows).isEqualTo(111);
    }
  }
}

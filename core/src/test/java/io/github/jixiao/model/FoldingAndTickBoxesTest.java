package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Separate comparator and unit columns fold into the target; tick boxes resolve; amounts keep their written unit. */
class FoldingAndTickBoxesTest {

  private static Indicator row(String value, String comparator, String unit) {
    return Indicator.builder().level1("产出指标").level2("质量指标").name("合格率").target(value)
        .comparatorText(comparator).unit(unit).build();
  }

  @Example
  void comparatorValueAndUnitColumnsMeanOneTarget() {
    TargetValue t = row("90", "≥", "%").effectiveTarget();
    assertThat(t.getComparator()).contains(ComparisonOperator.GE);
    assertThat(t.getValue()).contains(new BigDecimal("90"));
    assertThat(t.getUnit()).contains("%");
    assertThat(t.nationalComparatorCode()).hasValue(1);
    // the written cells stay as written
    assertThat(row("90", "≥", "%").getTarget().getRaw()).isEqualTo("90");
  }

  @Example
  void aValueCellThatSaysMoreWins() {
    assertThat(row("≤100%", "≥", "个").effectiveTarget().getRaw()).isEqualTo("≤100%");
    assertThat(row("有效减轻", "定性", null).effectiveTarget().getKind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(row("95", null, "/").effectiveTarget().getRaw()).isEqualTo("95");
    // a national code in the comparator column is the operator, not a digit of the number
    assertThat(row("90", "1", "%").effectiveTarget().getRaw()).isEqualTo("≥90%");
    assertThat(row("90", "不低于", "%").effectiveTarget().getComparator()).contains(ComparisonOperator.GE);
  }

  @Property
  void foldingEqualsParsingTheJoinedCells(@ForAll("operators") String operator, @ForAll @IntRange(min = 0, max = 100000) int number,
      @ForAll("units") String unit) {
    TargetValue folded = row(Integer.toString(number), operator, unit).effectiveTarget();
    assertThat(folded).isEqualTo(TargetValue.parse(operator + number + unit));
    assertThat(folded.getKind()).isEqualTo(TargetKind.QUANTITATIVE);
  }

  @Provide
  Arbitrary<String> operators() {
    return Arbitraries.of("≥", "≤", ">", "<", "=", "＞", "＜", "＝", ">=", "≧", "不低于", "不超过");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("%", "次", "个", "万元", "人次", "天");
  }

  @Example
  void tickBoxesChooseTheTickedOption() {
    BudgetItem.Builder b = BudgetItem.builder().name("项目");
    assertThat(b.attribute("新增项目□ 延续项目√").build().attributeChoice()).contains("延续项目");
    assertThat(BudgetItem.builder().name("项目").attribute("☑新增项目 □延续项目").build().attributeChoice()).contains("新增项目");
    assertThat(BudgetItem.builder().name("项目").attribute("新增项目■ 延续项目□").build().attributeChoice()).contains("新增项目");
    assertThat(BudgetItem.builder().name("项目").attribute("延续项目").build().attributeChoice()).contains("延续项目");
    assertThat(BudgetItem.builder().name("项目").attribute("新增项目□ 延续项目□").build().attributeChoice()).isEmpty();
    assertThat(BudgetItem.builder().name("项目").attribute("新增项目√ 延续项目√").build().attributeChoice()).isEmpty();
  }

  @Property
  void amountsInYuanGoBackAsWritten(@ForAll @IntRange(min = 0, max = 1_000_000_000) int cents) {
    BigDecimal written = BigDecimal.valueOf(cents, 2);
    BigDecimal wan = AmountUnit.YUAN.toWanYuan(written);
    assertThat(wan.compareTo(written.divide(BigDecimal.valueOf(10_000)))).isZero();
    assertThat(AmountUnit.YUAN.fromWanYuan(wan)).isEqualTo(written);
    assertThat(AmountUnit.WAN_YUAN.toWanYuan(written)).isSameAs(written);
  }
}

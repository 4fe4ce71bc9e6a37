package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.value.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Construction: what is rejected (naming the field), what stays representable, what is derived. */
class ModelTest {

  private static Indicator indicator(String l1, String l2, String name, String target) {
    return Indicator.builder().level1(l1).level2(l2).name(name).target(target).build();
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> BudgetItem.builder().build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> BudgetItem.builder().name(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Indicator.builder().level1("产出指标").name("x").target("1").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("level2");
    assertThatThrownBy(() -> FundingSplit.builder().total(BigDecimal.ONE).addSource((FundingSource) null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("sources");
  }

  @Test
  void structuralNonsenseIsRejected() {
    assertThatThrownBy(() -> DisclosureListEntry.of(-1, "x", BigDecimal.ONE))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("DisclosureListEntry.sequence");
    assertThatThrownBy(
            () ->
                Indicator.builder()
                    .level1(StandardCategory.QUANTITY)
                    .level2(StandardCategory.QUALITY)
                    .name("x")
                    .target("1")
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Indicator.level1");
    assertThatThrownBy(
            () ->
                IndicatorTable.builder()
                    .addOptionalColumns(IndicatorColumn.UNIT, IndicatorColumn.UNIT)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("optionalColumns");
  }

  @Test
  void whatAReviewerWouldFlagStaysRepresentable() {
    FundingSplit split =
        FundingSplit.of(
            new BigDecimal("100.00"),
            FundingSource.of(FundingSourceKind.FISCAL_APPROPRIATION, new BigDecimal("90.00")),
            FundingSource.of("其他资金", new BigDecimal("-5.00")));
    BudgetItem item =
        BudgetItem.builder()
            .name("信息化建设项目")
            .annualFunding(split)
            .annualIndicators(
                IndicatorTable.of(List.of(indicator("产出指标", "成本指标", "项目总成本", "105.2万元"))))
            .build();

    assertThat(item.getAnnualFunding().orElseThrow().sourcesSum()).isEqualByComparingTo("85.00");
    assertThat(item.getAnnualIndicators().getRows().get(0).getTarget().getValue())
        .contains(new BigDecimal("105.2"));
  }

  @Test
  void valuesAreImmutableCopies() {
    List<Indicator> rows = new ArrayList<>(List.of(indicator("产出指标", "数量指标", "督查次数", "≥60次")));
    IndicatorTable table = IndicatorTable.of(rows);
    rows.clear();
    assertThat(table.getRows()).hasSize(1);
    assertThatThrownBy(() -> table.getRows().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void amountsKeepTheirWrittenScale() {
    FundingSource s = FundingSource.of("财政拨款", new BigDecimal("18.00"));
    assertThat(s.getAmount().toPlainString()).isEqualTo("18.00");
    assertThat(s).isNotEqualTo(FundingSource.of("财政拨款", new BigDecimal("18.0")));
  }

  @Test
  void recognisesFundingSourceLabels() {
    assertThat(FundingSourceKind.recognize("   其中：财政拨款")).isEqualTo(FundingSourceKind.FISCAL_APPROPRIATION);
    assertThat(FundingSourceKind.recognize("         其他资金")).isEqualTo(FundingSourceKind.OTHER);
    assertThat(FundingSourceKind.recognize("事业收入")).isEqualTo(FundingSourceKind.SERVICE_INCOME);
    assertThat(FundingSourceKind.recognize("其中：上级财政资金")).isEqualTo(FundingSourceKind.SUPERIOR_FISCAL);
    assertThat(FundingSourceKind.recognize("社会捐赠")).isEqualTo(FundingSourceKind.CUSTOM);
    FundingSource nested =
        FundingSource.builder()
            .label("财政拨款")
            .amount(new BigDecimal("10"))
            .addChild(FundingSource.of("上级财政资金", new BigDecimal("6")))
            .addChild(FundingSource.of("本级财政", new BigDecimal("4")))
            .build();
    assertThat(nested.childrenSum()).isEqualByComparingTo("10");
    assertThat(nested.getChildren().get(1).kind()).isEqualTo(FundingSourceKind.LOCAL_FISCAL);
  }

  @Test
  void splitsNumberedGoals() {
    Goals goals = Goals.of("目标1：提升公共服务水平  目标2：提高公众满意度  目标3：提升行政监督效能");
    assertThat(goals.numbered())
        .containsExactly(
            Goal.of(1, "提升公共服务水平"), Goal.of(2, "提高公众满意度"), Goal.of(3, "提升行政监督效能"));
    assertThat(Goals.of("目标一：甲。目标二：乙。").numbered())
        .containsExactly(Goal.of(1, "甲。"), Goal.of(2, "乙。"));
    assertThat(Goals.of("保证异地任职、挂职领导正常生活需要。").numbered()).isEmpty();
  }

  @Test
  void readsDepartmentsAndPeriods() {
    SupervisingDepartment d = SupervisingDepartment.parse("[003]怀远县人民政府办公室");
    assertThat(d.getCode()).contains("003");
    assertThat(d.getName()).isEqualTo("怀远县人民政府办公室");
    assertThat(d.text()).isEqualTo("[003]怀远县人民政府办公室");
    assertThat(d.hasCodeAndNameForm()).isTrue();
    assertThat(SupervisingDepartment.parse("【105001】县教育局").getCode()).contains("105001");
    SupervisingDepartment noCode = SupervisingDepartment.parse("怀远县人民政府办公室");
    assertThat(noCode.getCode()).isEmpty();
    assertThat(noCode.hasCodeAndNameForm()).isFalse();
    assertThat(SupervisingDepartment.of("003", "办公室").text()).isEqualTo("[003]办公室");

    assertThat(ProjectPeriod.of("3年").years()).hasValue(3);
    assertThat(ProjectPeriod.of("三年").years()).hasValue(3);
    assertThat(ProjectPeriod.of("十年").years()).hasValue(10);
    assertThat(ProjectPeriod.of("2024-2026年").years()).hasValue(3);
    assertThat(ProjectPeriod.of("长期").years()).isEmpty();
  }

  @Test
  void indicatorBuilderRecognisesLabelsAndParsesTargets() {
    Indicator i = indicator("产出指标", "时效指标", "各项任务完成及时率", "≥95%");
    assertThat(i.getLevel1().getStandard()).contains(StandardCategory.OUTPUT);
    assertThat(i.getLevel2().getStandard()).contains(StandardCategory.TIMELINESS);
    assertThat(i.getTarget().getKind()).isEqualTo(TargetKind.QUANTITATIVE);
    Indicator custom = indicator("创新指标", "创新指标", "x", "是");
    assertThat(custom.getLevel1().isCustom()).isTrue();
  }

  @Test
  void aStarMarksACoreIndicator() {
    Indicator core = Indicator.builder().level1("满意度指标").level2("满意度指标").nameAsWritten(" ★群众满意度").target("≥95%").build();
    assertThat(core.isCore()).isTrue();
    assertThat(core.getName()).isEqualTo("群众满意度");
    Indicator plain = Indicator.builder().level1("满意度指标").level2("满意度指标").nameAsWritten("群众满意度").target("≥95%").build();
    assertThat(plain.isCore()).isFalse();
  }

  @Test
  void detectsTheFrameworkOfATable() {
    IndicatorTable pre = IndicatorTable.of(List.of(indicator("产出指标", "成本指标", "预算控制率", "≤100%")));
    IndicatorTable v2021 = IndicatorTable.of(List.of(indicator("成本指标", "经济成本指标", "项目总成本", "≤10万元")));
    assertThat(pre.detectFramework()).contains(IndicatorFramework.PRE_2021);
    assertThat(v2021.detectFramework()).contains(IndicatorFramework.V2021);
  }

  @Test
  void readsTheClassifiedProjectCount() {
    Disclosure d = Disclosure.builder().classifiedNote("注：本单位0个涉密项目除外。").build();
    assertThat(d.classifiedProjectCount()).hasValue(0);
    assertThat(Disclosure.builder().build().classifiedProjectCount()).isEmpty();
  }
}

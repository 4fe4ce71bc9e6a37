package io.github.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.ComparisonOperator;
import io.github.jixiao.value.TargetKind;
import io.github.jixiao.value.TargetValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A first sheet built in code and a target value parsed, as the model section of README describes them. */
class ModelQuickStartTest {

  @Test
  void buildASheetAndParseATarget() {
    BudgetItem item =
        BudgetItem.builder()
            .name("督查考核专项经费项目")
            .department(SupervisingDepartment.parse("[003]怀远县人民政府办公室"))
            .period(ProjectPeriod.of("3年"))
            .annualFunding(
                FundingSplit.of(
                    new BigDecimal("18.00"),
                    FundingSource.of("财政拨款", new BigDecimal("18.00")),
                    FundingSource.of("其他资金", new BigDecimal("0.00"))))
            .annualIndicators(
                IndicatorTable.of(
                    List.of(
                        Indicator.builder()
                            .level1("产出指标")
                            .level2("数量指标")
                            .name("督查次数")
                            .target("≥60次")
                            .build())))
            .build();

    TargetValue t = TargetValue.parse("不低于９５％");

    assertThat(t.getKind()).isEqualTo(TargetKind.QUANTITATIVE);
    assertThat(t.getComparator()).contains(ComparisonOperator.GE);
    assertThat(t.nationalComparatorCode()).hasValue(1);
    assertThat(t.getValue()).contains(new BigDecimal("95"));
    assertThat(t.getUnit()).contains("%");
    assertThat(t.canonical()).isEqualTo("≥95%");
    assertThat(item.getDepartment().orElseThrow().getCode()).contains("003");
    assertThat(item.getAnnualIndicators().getRows().get(0).getLevel2().getStandard())
        .contains(StandardCategory.QUANTITY);
  }
}

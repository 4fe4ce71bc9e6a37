package io.github.jixiao.framework;

import static io.github.jixiao.framework.StandardCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label variants map to the right standard category, and each framework places it correctly. */
class CategoryLabelsTest {

  @ParameterizedTest(name = "level 1 \"{0}\" is {1}")
  @CsvSource({
    "产出指标, OUTPUT",
    "产出, OUTPUT",
    "'产 出 指 标', OUTPUT",
    "'产出\n指标', OUTPUT",
    "成本指标, COST",
    "效益指标, BENEFIT",
    "效益, BENEFIT",
    "满意度指标, SATISFACTION",
    "社会公众或服务对象满意度指标, SATISFACTION",
    "服务对象满意度指标, SATISFACTION",
    "Output, OUTPUT",
    "satisfaction indicators, SATISFACTION",
  })
  void recognisesLevel1Variants(String label, StandardCategory expected) {
    assertThat(StandardCategory.recognizeLevel1(label)).contains(expected);
  }

  @ParameterizedTest(name = "level 2 \"{0}\" is {1}")
  @CsvSource({
    "数量指标, QUANTITY",
    "数量, QUANTITY",
    "质量指标, QUALITY",
    "时效指标, TIMELINESS",
    "成本指标, OUTPUT_COST",
    "经济成本指标, ECONOMIC_COST",
    "社会成本指标, SOCIAL_COST",
    "生态环境成本指标, ECO_ENVIRONMENTAL_COST",
    "经济效益指标, ECONOMIC_BENEFIT",
    "社会效益指标, SOCIAL_BENEFIT",
    "生态效益指标, ECOLOGICAL_BENEFIT",
    "环境效益指标, ECOLOGICAL_BENEFIT",
    "可持续影响指标, SUSTAINABLE_IMPACT",
    "服务对象满意度指标, SERVICE_RECIPIENT_SATISFACTION",
    "满意度指标, SERVICE_RECIPIENT_SATISFACTION",
    "社会公众或服务对象满意度指标, SERVICE_RECIPIENT_SATISFACTION",
  })
  void recognisesLevel2Variants(String label, StandardCategory expected) {
    assertThat(StandardCategory.recognizeLevel2(label)).contains(expected);
  }

  @Test
  void unknownLabelsAreNotStandard() {
    assertThat(StandardCategory.recognizeLevel1("指标")).isEmpty();
    assertThat(StandardCategory.recognizeLevel2("创新指标")).isEmpty();
    assertThat(StandardCategory.recognizeLevel1(null)).isEmpty();
    assertThat(StandardCategory.recognizeLevel1("数量指标")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} under {2} in {3}")
  @CsvSource({
    "数量指标, 产出指标, PRE_2021, true",
    "数量指标, 产出指标, V2021, true",
    "成本指标, 产出指标, PRE_2021, true",
    "成本指标, 产出指标, V2021, false",
    "经济成本指标, 成本指标, V2021, true",
    "经济成本指标, 成本指标, PRE_2021, false",
    "环境效益, 效益指标, PRE_2021, true",
    "生态环境成本, 成本指标, V2021, true",
    "满意度指标, 满意度指标, PRE_2021, true",
    "满意度指标, 满意度指标, V2021, true",
    "社会效益指标, 产出指标, V2021, false",
  })
  void frameworksPlaceLevel2UnderTheirOwnLevel1(
      String level2, String level1, IndicatorFramework framework, boolean belongs) {
    StandardCategory l2 = StandardCategory.recognizeLevel2(level2).orElseThrow();
    StandardCategory l1 = StandardCategory.recognizeLevel1(level1).orElseThrow();
    assertThat(framework.belongsTo(l2, l1)).isEqualTo(belongs);
    assertThat(framework.parentOf(l2).filter(l1::equals).isPresent()).isEqualTo(belongs);
  }

  @Test
  void frameworksAreTheCentralTemplates() {
    assertThat(IndicatorFramework.PRE_2021.level1Categories())
        .containsExactly(OUTPUT, BENEFIT, SATISFACTION);
    assertThat(IndicatorFramework.PRE_2021.level2Categories(OUTPUT))
        .containsExactly(QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST);
    assertThat(IndicatorFramework.V2021.level1Categories())
        .containsExactly(COST, OUTPUT, BENEFIT, SATISFACTION);
    assertThat(IndicatorFramework.V2021.level2Categories(COST))
        .containsExactly(ECONOMIC_COST, SOCIAL_COST, ECO_ENVIRONMENTAL_COST);
    assertThat(IndicatorFramework.V2021.level2Categories(OUTPUT))
        .containsExactly(QUANTITY, QUALITY, TIMELINESS);
    assertThat(IndicatorFramework.PRE_2021.contains(COST)).isFalse();
    assertThat(IndicatorFramework.fromId("2021")).contains(IndicatorFramework.V2021);
    // every level-2 category of each framework is a level-2 category, each in exactly one place
    for (IndicatorFramework f : IndicatorFramework.values()) {
      assertThat(f.level2Categories()).allMatch(c -> c.level() == 2).doesNotHaveDuplicates();
      assertThat(f.level1Categories()).allMatch(c -> c.level() == 1);
    }
  }

  @Test
  void detectsTheFrameworkFromTheCostCategories() {
    assertThat(IndicatorFramework.detect(List.of(OUTPUT, OUTPUT_COST))).contains(IndicatorFramework.PRE_2021);
    assertThat(IndicatorFramework.detect(List.of(COST, ECONOMIC_COST))).contains(IndicatorFramework.V2021);
    assertThat(IndicatorFramework.detect(List.of(OUTPUT, QUANTITY))).isEmpty();
    assertThat(IndicatorFramework.detect(List.of(OUTPUT_COST, COST))).isEmpty();
  }

  @Test
  void codesAreStableAndUnique() {
    assertThat(StandardCategory.fromCode("output.quantity")).contains(QUANTITY);
    assertThat(List.of(StandardCategory.values()).stream().map(StandardCategory::code))
        .doesNotHaveDuplicates();
  }
}

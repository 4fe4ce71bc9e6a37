package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/** Which indicators the satisfaction rules (JX-SAT-001, JX-SAT-002) take for satisfaction indicators. */
class IndicatorTraitsTest {
  private static Indicator indicator(String level1, String level2, String name) {
    return Indicator.builder().level1(level1).level2(level2).name(name).target("≥90%").build();
  }

  @Test
  void aStandardLevel1Decides() {
    assertThat(IndicatorTraits.isSatisfaction(indicator("满意度指标", "服务对象满意度指标", "群众评价"))).isTrue();
    // "持续提升企业满意度" under 效益 is a benefit, whatever its name says
    assertThat(IndicatorTraits.isSatisfaction(indicator("效益指标", "社会效益指标", "持续提升企业满意度"))).isFalse();
  }

  @Test
  void withoutAStandardLevel1AStandardLevel2Decides() {
    assertThat(IndicatorTraits.isSatisfaction(indicator("其他", "服务对象满意度指标", "群众评价"))).isTrue();
    assertThat(IndicatorTraits.isSatisfaction(indicator("其他", "社会效益指标", "企业满意度"))).isFalse();
  }

  @Test
  void withoutStandardCategoriesTheNameDecides() {
    assertThat(IndicatorTraits.isSatisfaction(indicator("其他", "其他", "企业满意度"))).isTrue();
    assertThat(IndicatorTraits.isSatisfaction(indicator("其他", "其他", "办结率"))).isFalse();
  }
}

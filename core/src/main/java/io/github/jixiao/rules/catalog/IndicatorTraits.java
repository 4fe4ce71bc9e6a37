package io.github.jixiao.rules.catalog;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.Indicator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What an indicator measures, read from its categories and name: costs and time limits (targets
 * should cap them, ≤), rates such as coverage, pass and completion rates (targets should floor
 * them, ≥), satisfaction, and money.
 */
final class IndicatorTraits {
  /** Words naming quantities a target should cap. */
  private static final String[] AT_MOST_WORDS = {"成本", "费用", "控制率", "时限", "时长", "用时", "耗时", "响应时间", "办理时间"};
  /** Words naming rates a target should floor. */
  private static final String[] AT_LEAST_WORDS = {
    "覆盖率", "合格率", "达标率", "完成率", "及时率", "办结率", "知晓率", "到位率", "执行率", "通过率", "受益率", "验收率",
    "出勤率", "响应率", "满意度", "满意率"
  };
  private static final String[] SATISFACTION_WORDS = {"满意度", "满意率"};
  private static final String[] COST_WORDS = {"成本", "费用", "经费"};
  /** Money units and their value in 万元. */
  private static final Map<String, BigDecimal> MONEY_UNITS =
      Map.of("万元", BigDecimal.ONE, "元", new BigDecimal("0.0001"), "千元", new BigDecimal("0.1"), "亿元", new BigDecimal("10000"));

  private IndicatorTraits() {}

  static boolean isCostCategory(Indicator indicator) {
    Optional<StandardCategory> level2 = indicator.getLevel2().getStandard();
    return indicator.getLevel1().getStandard().filter(StandardCategory.COST::equals).isPresent()
        || level2.filter(c -> c == StandardCategory.OUTPUT_COST
                || c == StandardCategory.ECONOMIC_COST
                || c == StandardCategory.SOCIAL_COST
                || c == StandardCategory.ECO_ENVIRONMENTAL_COST)
            .isPresent();
  }

  /**
   * A satisfaction indicator: by its categories where they are standard ("持续提升企业满意度" under
   * 效益 is a benefit), by its name where they are not.
   */
  static boolean isSatisfaction(Indicator indicator) {
    Optional<StandardCategory> level1 = indicator.getLevel1().getStandard();
    if (level1.isPresent()) {
      return level1.get() == StandardCategory.SATISFACTION;
    }
    return indicator.getLevel2().getStandard().map(StandardCategory.SERVICE_RECIPIENT_SATISFACTION::equals)
        .orElseGet(() -> containsAny(indicator.getName(), SATISFACTION_WORDS));
  }

  /** A cost or time limit: its target should use ≤ or ＝. */
  static boolean expectsAtMost(Indicator indicator) {
    return containsAny(indicator.getName(), AT_MOST_WORDS);
  }

  /** A rate that should be high: its target should use ≥ (or ＝). */
  static boolean expectsAtLeast(Indicator indicator) {
    return !expectsAtMost(indicator) && containsAny(indicator.getName(), AT_LEAST_WORDS);
  }

  /** A cost that must fit within the table's funding. */
  static boolean isCost(Indicator indicator) {
    return isCostCategory(indicator) || containsAny(indicator.getName(), COST_WORDS);
  }

  /** The value of a money unit in 万元, or empty for a unit that is not money. */
  static Optional<BigDecimal> tenThousandYuanPer(String unit) {
    if (!unit.endsWith("元")) {
      return Optional.empty(); // every money unit ends with 元; spares a map lookup per row
    }
    return Optional.ofNullable(MONEY_UNITS.get(unit));
  }

  private static boolean containsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}

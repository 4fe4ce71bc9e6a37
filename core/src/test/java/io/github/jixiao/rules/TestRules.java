package io.github.jixiao.rules;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.util.List;

/** Small rules and documents for engine tests. */
final class TestRules {
  private TestRules() {}

  static RuleMetadata metadata(String id) {
    return RuleMetadata.builder()
        .id(id)
        .titleZh("测试规则")
        .titleEn("test rule")
        .description("a rule for tests")
        .defaultSeverity(Severity.WARNING)
        .category(RuleCategory.COMPLETENESS)
        .citation("test")
        .build();
  }

  /** Reports every sheet whose name contains a word. */
  static ItemRule nameContains(String id, String word) {
    RuleMetadata metadata = metadata(id);
    return new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(ItemCheck check) {
        if (check.item().getName().contains(word)) {
          check.report(check.at(Section.ITEM, "name"), Message.of("名称含“" + word + "”", "name contains " + word));
        }
      }
    };
  }

  /** A rule that always throws. */
  static ItemRule throwing(String id) {
    RuleMetadata metadata = metadata(id);
    return new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(ItemCheck check) {
        throw new IllegalStateException("boom on " + check.item().getName());
      }
    };
  }

  /** An item rule that throws what the supplier gives, whatever its type (checked ones too). */
  static ItemRule failingItemRule(String id, java.util.function.Supplier<Throwable> failure) {
    RuleMetadata metadata = metadata(id);
    return new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(ItemCheck check) {
        TestRules.<RuntimeException>sneakyThrow(failure.get());
      }
    };
  }

  /** A disclosure rule that throws what the supplier gives, whatever its type. */
  static DisclosureRule failingDisclosureRule(String id, java.util.function.Supplier<Throwable> failure) {
    RuleMetadata metadata = metadata(id);
    return new DisclosureRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(DisclosureCheck check) {
        TestRules.<RuntimeException>sneakyThrow(failure.get());
      }
    };
  }

  /** Throws any throwable, checked ones too, as a rule written in another JVM language may. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  /** A clean pre-2021 sheet that the catalogue has nothing to say about. */
  static BudgetItem cleanItem(String name) {
    return BudgetItem.builder()
        .year(2024)
        .name(name)
        .department(SupervisingDepartment.parse("[003]怀远县人民政府办公室"))
        .period(ProjectPeriod.of("1年"))
        .annualFunding(
            FundingSplit.of(
                new BigDecimal("18.00"),
                FundingSource.of("财政拨款", new BigDecimal("18.00")),
                FundingSource.of("其他资金", new BigDecimal("0.00"))))
        .annualGoals(Goals.of("完成督查考核工作。"))
        .annualIndicators(
            IndicatorTable.of(
                List.of(
                    row("产出指标", "数量指标", "督查次数", "≥60次"),
                    row("产出指标", "质量指标", "督查完成率", "100%"),
                    row("产出指标", "时效指标", "任务完成及时率", "≥95%"),
                    row("产出指标", "成本指标", "预算控制率", "≤100%"),
                    row("效益指标", "社会效益指标", "督促整改", "成效明显"),
                    row("满意度指标", "满意度指标", "被督查机关满意度", "≥95%"))))
        .build();
  }

  static Indicator row(String l1, String l2, String name, String target) {
    return Indicator.builder().level1(l1).level2(l2).name(name).target(target).build();
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.catalog.Sheets;

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

  /** A clean sheet that the catalogue has nothing to say about (the catalogue tests' sheet), named. */
  static BudgetItem cleanItem(String name) {
    return BudgetItem.builder().from(Sheets.clean()).name(name).build();
  }
}

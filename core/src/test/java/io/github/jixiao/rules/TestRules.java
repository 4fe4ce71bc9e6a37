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

  /** A clean sheet that the catalogue has nothing to say about (the catalogue tests' sheet), named. */
  static BudgetItem cleanItem(String name) {
    return BudgetItem.builder().from(Sheets.clean()).name(name).build();
  }
}

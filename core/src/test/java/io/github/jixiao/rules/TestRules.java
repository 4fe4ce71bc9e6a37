package io.github.jixiao.rules;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.catalog.Sheets;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

  /** An item rule with test metadata that checks each sheet as given. */
  static ItemRule itemRule(String id, Consumer<ItemCheck> check) {
    RuleMetadata metadata = metadata(id);
    return new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(ItemCheck c) {
        check.accept(c);
      }
    };
  }

  /** A disclosure rule with test metadata that checks the disclosure as given. */
  static DisclosureRule disclosureRule(String id, Consumer<DisclosureCheck> check) {
    RuleMetadata metadata = metadata(id);
    return new DisclosureRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(DisclosureCheck c) {
        check.accept(c);
      }
    };
  }

  /** Reports every sheet whose name contains a word. */
  static ItemRule nameContains(String id, String word) {
    return itemRule(id, check -> {
      if (check.item().getName().contains(word)) {
        check.report(check.at(Section.ITEM, "name"), Message.of("名称含“" + word + "”", "name contains " + word));
      }
    });
  }

  /**
   * A check of either kind that throws what the function makes of the check, whatever its type
   * (checked ones too).
   */
  static <C> Consumer<C> failing(Function<? super C, ? extends Throwable> failure) {
    return check -> TestRules.<RuntimeException>sneakyThrow(failure.apply(check));
  }

  /** An item rule that always throws an IllegalStateException naming the sheet. */
  static ItemRule throwing(String id) {
    return itemRule(id, failing(check -> new IllegalStateException("boom on " + check.item().getName())));
  }

  /** An item rule that throws what the supplier gives, whatever its type (checked ones too). */
  static ItemRule failingItemRule(String id, Supplier<Throwable> failure) {
    return itemRule(id, failing(check -> failure.get()));
  }

  /** A disclosure rule that throws what the supplier gives, whatever its type. */
  static DisclosureRule failingDisclosureRule(String id, Supplier<Throwable> failure) {
    return disclosureRule(id, failing(check -> failure.get()));
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

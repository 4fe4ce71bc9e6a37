package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule from a rule pack that fails in any way a pack can fail becomes an ERROR finding naming
 * it, and the catalogue's findings are all still there; a virtual machine error ends the run.
 */
class RuleFailureContainmentTest {
  private static final Disclosure DOCUMENT = disclosureWithFindings();

  /** A disclosure the catalogue has findings for: the list amount differs from the sheet's total. */
  private static Disclosure disclosureWithFindings() {
    BudgetItem item = TestRules.cleanItem("甲项目");
    return Disclosure.builder()
        .addListEntry(DisclosureListEntry.of(1, item.getName(), new java.math.BigDecimal("99.00")))
        .addItem(item)
        .build();
  }

  /** A custom error a rule pack might define. */
  static final class PackError extends Error {
    private static final long serialVersionUID = 1L;

    PackError(String message) {
      super(message);
    }
  }

  /** An exception whose message itself fails. */
  static final class BadMessage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("message fails");
    }
  }

  static Stream<Arguments> containedFailures() {
    return Stream.of(
        Arguments.of("IllegalStateException", (Supplier<Throwable>) () -> new IllegalStateException("boom")),
        Arguments.of("AssertionError", (Supplier<Throwable>) () -> new AssertionError("assert in a rule pack")),
        Arguments.of("NoClassDefFoundError", (Supplier<Throwable>) () -> new NoClassDefFoundError("com/acme/MissingDependency")),
        Arguments.of("ExceptionInInitializerError", (Supplier<Throwable>) () -> new ExceptionInInitializerError("static init failed")),
        Arguments.of("StackOverflowError", (Supplier<Throwable>) StackOverflowError::new),
        Arguments.of("PackError", (Supplier<Throwable>) () -> new PackError("the pack's own error")),
        Arguments.of("IOException", (Supplier<Throwable>) () -> new IOException("checked, thrown past the compiler")),
        Arguments.of("BadMessage", (Supplier<Throwable>) BadMessage::new));
  }

  private static List<Finding> catalogueFindings() {
    return RuleSet.builder().addCatalogue().build().evaluate(DOCUMENT, Policy.defaults()).getFindings();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containedFailures")
  void anItemRuleThatThrowsBecomesAnErrorFindingAndTheCatalogueStillRuns(String kind, Supplier<Throwable> failure) {
    RuleSet rules = RuleSet.builder().addCatalogue().add(TestRules.failingItemRule("X-FAIL-1", failure)).build();

    Report report = rules.evaluate(DOCUMENT, Policy.defaults());

    assertThat(catalogueFindings()).isNotEmpty();
    List<Finding> others = report.getFindings().stream().filter(f -> !f.getRuleId().equals("X-FAIL-1")).toList();
    assertThat(others).containsExactlyElementsOf(catalogueFindings());
    List<Finding> failed = report.getFindings().stream().filter(f -> f.getRuleId().equals("X-FAIL-1")).toList();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(failed.get(0).getMessageEn()).contains("X-FAIL-1").contains(kind);
    assertThat(failed.get(0).getMessageZh()).contains("X-FAIL-1").contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containedFailures")
  void aDisclosureRuleThatThrowsBecomesAnErrorFindingAndTheCatalogueStillRuns(String kind, Supplier<Throwable> failure) {
    RuleSet rules = RuleSet.builder().addCatalogue().add(TestRules.failingDisclosureRule("X-FAIL-2", failure)).build();

    Report report = rules.evaluate(DOCUMENT, Policy.defaults());

    assertThat(report.getFindings().stream().filter(f -> !f.getRuleId().equals("X-FAIL-2")).toList())
        .containsExactlyElementsOf(catalogueFindings());
    assertThat(report.getFindings()).filteredOn(f -> f.getRuleId().equals("X-FAIL-2"))
        .singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR))
        .satisfies(f -> assertThat(f.getMessageEn()).contains(kind));
  }

  @Test
  void aRuleThatOverflowsTheStackByRecursionIsContained() {
    RuleSet rules = RuleSet.builder().add(TestRules.failingItemRule("X-DEEP-1", () -> {
      recurse(0);
      return new IllegalStateException("unreachable");
    })).build();

    Report report = rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults());

    assertThat(report.getFindings()).singleElement()
        .satisfies(f -> assertThat(f.getMessageEn()).contains("StackOverflowError"));
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @Test
  void theMessageOfAFailureWhoseMessageFailsSaysSo() {
    RuleSet rules = RuleSet.builder().add(TestRules.failingItemRule("X-BADMSG", BadMessage::new)).build();

    Finding f = rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults()).getFindings().get(0);

    assertThat(f.getMessageEn()).contains("BadMessage").contains("its message could not be read");
  }

  @Test
  void findingsReportedBeforeTheFailureAreKept() {
    RuleMetadata metadata = TestRules.metadata("X-HALF-1");
    ItemRule half = new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void check(ItemCheck check) {
        check.report(check.at(Section.ITEM, "name"), Message.of("先报告", "reported first"));
        throw new AssertionError("then failed");
      }
    };

    List<Finding> findings = RuleSet.builder().add(half).build().evaluate(TestRules.cleanItem("甲项目"), Policy.defaults()).getFindings();

    assertThat(findings).extracting(Finding::getMessageEn).containsExactly("reported first", "rule X-HALF-1 failed: java.lang.AssertionError: then failed");
  }

  /** A failure whose message runs out of memory: the run cannot be trusted, so the error goes on. */
  static final class MessageOutOfMemory extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final OutOfMemoryError OOM = new OutOfMemoryError("while building a message");

    @Override
    public String getMessage() {
      throw OOM;
    }
  }

  @Test
  void anOutOfMemoryErrorWhileDescribingAFailureIsNotTurnedIntoAFinding() {
    RuleSet rules = RuleSet.builder().add(TestRules.failingItemRule("X-OOM-2", MessageOutOfMemory::new)).build();

    assertThatThrownBy(() -> rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults())).isSameAs(MessageOutOfMemory.OOM);
  }

  @Test
  void anInterruptThrownPastTheCompilerIsKeptForTheCaller() {
    RuleSet rules = RuleSet.builder().add(TestRules.failingItemRule("X-INT-1", () -> new InterruptedException("stop"))).build();
    try {
      Finding f = rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults()).getFindings().get(0);
      assertThat(f.getMessageEn()).contains("InterruptedException");
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is set again").isTrue();
    } finally {
      Thread.interrupted(); // leave the test thread as it was
    }
  }

  @Test
  void anOutOfMemoryErrorIsNotTurnedIntoAFinding() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    RuleSet rules = RuleSet.builder().addCatalogue().add(TestRules.failingItemRule("X-OOM-1", () -> oom)).build();

    assertThatThrownBy(() -> rules.evaluate(DOCUMENT, Policy.defaults())).isSameAs(oom);
    assertThatThrownBy(() -> rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults())).isSameAs(oom);
  }

  @Test
  void anInternalErrorOfADisclosureRuleIsNotTurnedIntoAFinding() {
    InternalError internal = new InternalError("the virtual machine is broken");
    RuleSet rules = RuleSet.builder().add(TestRules.failingDisclosureRule("X-VM-1", () -> internal)).build();

    assertThatThrownBy(() -> rules.evaluate(DOCUMENT, Policy.defaults())).isSameAs(internal);
  }

  @Test
  void metadataIsReadOnceWhenTheRuleIsAdded() {
    RuleMetadata metadata = TestRules.metadata("X-META-1");
    int[] calls = {0};
    ItemRule rule = new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        if (calls[0]++ > 0) {
          throw new IllegalStateException("metadata asked again");
        }
        return metadata;
      }

      @Override
      public void check(ItemCheck check) {
        check.report(check.at(Section.ITEM, "name"), Message.of("已检查", "checked"));
      }
    };

    RuleSet rules = RuleSet.builder().add(rule).build();

    assertThat(rules.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults()).getFindings())
        .extracting(Finding::getRuleId).containsExactly("X-META-1");
    assertThat(rules.rule("X-META-1")).containsSame(rule);
    assertThat(calls[0]).isEqualTo(1);
  }
}

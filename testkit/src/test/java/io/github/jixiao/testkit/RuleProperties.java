package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** The catalogue against generated documents: quiet on valid ones, precise on broken ones. */
class RuleProperties {
  private static final RuleSet CATALOGUE = RuleSet.catalogue();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Property
  void validDocumentsHaveNoFindings(@ForAll("valid") Disclosure d) {
    Report report = CATALOGUE.evaluate(d, Policy.defaults());
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Property
  void eachRuleFiresOnItsBreakersAndNoOtherDoes(@ForAll("ruleAndBreaker") RuleCase c) {
    Report report = CATALOGUE.evaluate(c.document(), Policy.defaults());
    Set<String> fired = report.getFindings().stream().map(Finding::getRuleId).collect(Collectors.toSet());
    assertThat(fired).as(report.toText("en")).containsExactly(c.ruleId());
  }

  // Each try evaluates its document eight times on four threads: 100 tries are the cost of 800.
  @Property(tries = 100)
  void findingsAreTheSameAcrossRunsAndThreads(@ForAll("ruleAndBreaker") RuleCase c) throws Exception {
    Report first = CATALOGUE.evaluate(c.document(), Policy.defaults());
    assertThat(CATALOGUE.evaluate(c.document(), Policy.defaults())).isEqualTo(first);
    List<Future<Report>> parallel =
        List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
            .map(i -> POOL.submit(() -> CATALOGUE.evaluate(c.document(), Policy.defaults())))
            .collect(Collectors.toList());
    for (Future<Report> f : parallel) {
      assertThat(f.get()).isEqualTo(first);
    }
  }

  /** A rule and a document that breaks it. */
  record RuleCase(String ruleId, Disclosure document) {}

  @Provide
  Arbitrary<Disclosure> valid() {
    return JixiaoArbitraries.disclosures();
  }

  @Provide
  Arbitrary<RuleCase> ruleAndBreaker() {
    List<String> ids = CATALOGUE.rules().stream().map(Rule::metadata).map(m -> m.getId()).collect(Collectors.toList());
    return Arbitraries.of(ids).flatMap(id -> RuleBreakers.breaking(id).map(d -> new RuleCase(id, d)));
  }
}

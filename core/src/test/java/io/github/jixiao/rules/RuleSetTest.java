package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.rules.catalog.BuiltInRules;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Building rule sets and evaluating them. */
class RuleSetTest {

  private static Disclosure disclosureOf(BudgetItem... items) {
    Disclosure.Builder b = Disclosure.builder();
    for (int i = 0; i < items.length; i++) {
      b.addListEntry(DisclosureListEntry.of(i + 1, items[i].getName(), items[i].getAnnualFunding().orElseThrow().getTotal()));
      b.addItem(items[i]);
    }
    return b.build();
  }

  @Test
  void theCatalogueHasNothingToSayAboutACleanDocument() {
    Report report = RuleSet.catalogue().evaluate(disclosureOf(TestRules.cleanItem("甲项目"), TestRules.cleanItem("乙项目")), Policy.defaults());
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void catalogueRulesHaveCompleteMetadataAndUniqueIds() {
    List<Rule> rules = RuleSet.catalogue().rules();
    assertThat(rules).hasSize(BuiltInRules.all().size());
    assertThat(rules.stream().map(r -> r.metadata().getId())).doesNotHaveDuplicates().isSorted();
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      assertThat(m.getId()).startsWith("JX-");
      assertThat(m.getTitleZh()).isNotBlank();
      assertThat(m.getTitleEn()).isNotBlank();
      assertThat(m.getDescription()).isNotBlank();
      assertThat(m.getCitation()).isNotBlank();
    }
  }

  @Test
  void duplicateIdsFailTheBuildNamingBothRules() {
    assertThatThrownBy(() -> RuleSet.builder().addCatalogue().add(TestRules.nameContains("JX-FUND-001", "x")).build())
        .isInstanceOf(DuplicateRuleException.class)
        .hasMessageContaining("JX-FUND-001")
        .hasMessageContaining("rule provider \"jixiao-catalogue\"")
        .hasMessageContaining("FundingAddsUp")
        .hasMessageContaining("the caller");
    ItemRule rule = TestRules.nameContains("MY-RULE-1", "x");
    assertThatThrownBy(() -> RuleSet.builder().add(rule, rule).build())
        .isInstanceOf(DuplicateRuleException.class)
        .hasMessageContaining("MY-RULE-1");
  }

  @Test
  void aThrowingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
    RuleSet rules =
        RuleSet.builder().add(TestRules.throwing("MY-BOOM-1"), TestRules.nameContains("MY-NAME-1", "甲")).build();
    Report report = rules.evaluate(disclosureOf(TestRules.cleanItem("甲项目")), Policy.defaults());

    assertThat(report.getFindings()).extracting(Finding::getRuleId).containsExactly("MY-BOOM-1", "MY-NAME-1");
    Finding failure = report.getFindings().get(0);
    assertThat(failure.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(failure.getMessageEn()).contains("MY-BOOM-1").contains("IllegalStateException").contains("boom on 甲项目");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void policyDisablesRulesAndOverridesSeverities() {
    RuleSet rules = RuleSet.builder().add(TestRules.nameContains("MY-NAME-1", "甲"), TestRules.nameContains("MY-NAME-2", "甲")).build();
    Policy policy = Policy.builder().addDisabledRule("MY-NAME-2").putSeverityOverride("MY-NAME-1", Severity.ERROR).build();
    Report report = rules.evaluate(TestRules.cleanItem("甲项目"), policy);

    assertThat(report.getFindings()).extracting(Finding::getRuleId).containsExactly("MY-NAME-1");
    assertThat(report.getFindings().get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(report.getFindings().get(0).getLocation().getPath()).isEqualTo("name");
  }

  @Test
  void rulePacksAreFoundThroughServiceLoaderWithTheGivenClassLoader() {
    RuleSet withPack = RuleSet.builder().addCatalogue().addProviders(getClass().getClassLoader()).build();
    assertThat(withPack.rule("ACME-TEST-001")).isPresent();
    assertThat(withPack.rules()).hasSize(BuiltInRules.all().size() + 1);

    ClassLoader empty = new URLClassLoader(new URL[0], null);
    assertThat(RuleSet.builder().addProviders(empty).build().rules()).isEmpty();

    assertThatThrownBy(() -> RuleSet.builder().addProviders(getClass().getClassLoader()).addProviders(getClass().getClassLoader()).build())
        .isInstanceOf(DuplicateRuleException.class)
        .hasMessageContaining("ACME-TEST-001")
        .hasMessageContaining("rule provider \"acme\"");
  }

  @Test
  void findingsComeInDocumentOrder() {
    RuleSet rules = RuleSet.builder().add(TestRules.nameContains("ZZ-LAST-1", "项目"), TestRules.nameContains("AA-FIRST-1", "项目")).build();
    Report report = rules.evaluate(disclosureOf(TestRules.cleanItem("乙项目"), TestRules.cleanItem("甲项目")), Policy.defaults());
    assertThat(report.getFindings().stream().map(f -> f.getLocation().getPath() + " " + f.getRuleId()).collect(Collectors.toList()))
        .containsExactly("items[0].name AA-FIRST-1", "items[0].name ZZ-LAST-1", "items[1].name AA-FIRST-1", "items[1].name ZZ-LAST-1");
    assertThat(report.countsBySeverity()).containsEntry(Severity.WARNING, 4).containsEntry(Severity.ERROR, 0);
  }

  @Test
  void rendersPlainText() {
    RuleSet rules = RuleSet.builder().add(TestRules.nameContains("MY-NAME-1", "甲")).build();
    Report report = rules.evaluate(disclosureOf(TestRules.cleanItem("甲项目")), Policy.defaults());
    assertThat(report.toText("zh")).isEqualTo("甲项目 (items[0])\n  警告  MY-NAME-1  items[0].name  名称含“甲”\n合计：0 个错误，1 个警告，0 个提示\n");
    assertThat(report.toText("en")).contains("WARNING  MY-NAME-1  items[0].name  name contains 甲").endsWith("Total: 0 error(s), 1 warning(s), 0 info\n");
  }

  @Test
  void aRuleMustBeOneKind() {
    Rule neither = () -> TestRules.metadata("MY-ODD-1");
    assertThatThrownBy(() -> RuleSet.builder().add(neither)).isInstanceOf(RuleSetException.class).hasMessageContaining("neither");
  }

  @Test
  void listAmountsAgreeAtTheListsPrecision() {
    BudgetItem item = BudgetItem.builder().from(TestRules.cleanItem("甲项目"))
        .annualFunding(io.github.jixiao.model.FundingSplit.of(new BigDecimal("24.37"),
            io.github.jixiao.model.FundingSource.of("财政拨款", new BigDecimal("24.37"))))
        .build();
    for (String listed : new String[] {"24.4", "24.37", "24"}) {
      Disclosure d = Disclosure.builder().addListEntry(DisclosureListEntry.of(1, "甲项目", new BigDecimal(listed))).addItem(item).build();
      assertThat(RuleSet.catalogue().evaluate(d, Policy.defaults()).getFindings()).as(listed).isEmpty();
    }
    for (String listed : new String[] {"24.5", "24.3", "24.36", "25"}) {
      Disclosure d = Disclosure.builder().addListEntry(DisclosureListEntry.of(1, "甲项目", new BigDecimal(listed))).addItem(item).build();
      assertThat(RuleSet.catalogue().evaluate(d, Policy.defaults()).getFindings())
          .as(listed)
          .extracting(f -> f.getRuleId() + " " + f.getLocation().getPath())
          .containsExactly("JX-LIST-003 listEntries[0].amount");
    }
  }
}

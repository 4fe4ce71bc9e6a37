package io.github.jixiao.examples;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Goals;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testkit.SampleDocuments;

/** 示例：通过 ServiceLoader 加载自定义规则包 (example: a custom rule pack loaded through ServiceLoader). */
public final class CustomRulePack {
  private CustomRulePack() {}

  /**
   * Builds a rule set of the catalogue and every rule pack on the class path, shortens one goal
   * of the sample and prints what the pack's rule finds.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.builder().addCatalogue().addProviders(CustomRulePack.class.getClassLoader()).build();
    Disclosure sample = SampleDocuments.huaiyuan2024();
    BudgetItem first = BudgetItem.builder().from(sample.getItems().get(0)).annualGoals(Goals.of("完成督查。")).build();
    Report report = rules.evaluate(first, Policy.defaults());
    System.out.println("rules: " + rules.rules().size());
    for (Finding f : report.getFindings()) {
      if (f.getRuleId().startsWith("ACME-")) {
        System.out.println(f.getRuleId() + " " + f.getSeverity() + " " + f.getMessageZh());
      }
    }
  }
}

package io.github.jixiao.examples;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Goals;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Setting;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.Properties;

/** 示例：通过 ServiceLoader 加载自定义规则包 (example: a custom rule pack loaded through ServiceLoader). */
public final class CustomRulePack {
  private CustomRulePack() {}

  /**
   * Builds a rule set of the catalogue and every rule pack on the class path, shortens one goal
   * of the sample and prints what the pack's rule finds, then reads a policy that sets the pack's
   * setting and prints what the rule finds under it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.builder().addCatalogue().addProviders(CustomRulePack.class.getClassLoader()).build();
    Disclosure sample = SampleDocuments.huaiyuan2024();
    BudgetItem first = BudgetItem.builder().from(sample.getItems().get(0)).annualGoals(Goals.of("完成督查。")).build();
    Report report = rules.evaluate(first, Policy.defaults());
    System.out.println("rules: " + rules.rules().size());
    print(report);
    for (Setting<?> setting : rules.settings()) {
      System.out.println("setting " + setting + ": " + setting.description("zh"));
    }
    // A policy for this rule set may set the pack's settings (a policy file would say the same).
    Properties file = new Properties();
    file.setProperty("acme.goal.minimum-length", "5");
    Policy lenient = Policy.fromProperties(file, rules);
    System.out.println("acme.goal.minimum-length = " + lenient.setting(AcmeRulePack.GOAL_MINIMUM_LENGTH));
    print(rules.evaluate(first, lenient));
  }

  private static void print(Report report) {
    long count = report.getFindings().stream().filter(f -> f.getRuleId().startsWith("ACME-")).count();
    System.out.println("ACME findings: " + count);
    for (Finding f : report.getFindings()) {
      if (f.getRuleId().startsWith("ACME-")) {
        System.out.println(f.getRuleId() + " " + f.getSeverity() + " " + f.getMessageZh());
      }
    }
  }
}

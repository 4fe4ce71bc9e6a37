package io.github.jixiao.cli;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Setting;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao rules}: lists the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the rule catalogue: id, default severity, title and source; then the policy settings: key, default, type and description.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "language of titles: zh or en (default: ${DEFAULT-VALUE})")
  private ValidateCommand.Language lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleSet rules = RuleSet.catalogue();
    for (Rule rule : rules.rules()) {
      RuleMetadata m = rule.metadata();
      out.printf("%-12s %-8s %s  [%s]%n", m.getId(), m.getDefaultSeverity(), m.title(lang.name()), m.getCitation());
    }
    // The settings the rule packs declare: what a --policy file may set besides the rule ids.
    List<Setting<?>> settings = rules.settings();
    if (!settings.isEmpty()) {
      out.println();
      out.println("zh".equals(lang.name()) ? "策略设置：" : "policy settings:");
      for (Setting<?> s : settings) {
        out.printf("%s = %s  (%s)  %s%n", s.key(), defaultText(s), s.type().label(), s.description(lang.name()));
      }
    }
    out.flush();
    return Main.OK;
  }

  private static <T> String defaultText(Setting<T> setting) {
    return setting.format(setting.defaultValue());
  }
}

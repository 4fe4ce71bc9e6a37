package io.github.jixiao.cli;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import java.io.PrintWriter;
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
    description = "Lists the rule catalogue: id, default severity, title and source.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "language of titles: zh or en (default: ${DEFAULT-VALUE})")
  private ValidateCommand.Language lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Rule rule : RuleSet.catalogue().rules()) {
      RuleMetadata m = rule.metadata();
      out.printf("%-12s %-8s %s  [%s]%n", m.getId(), m.getDefaultSeverity(), m.title(lang.name()), m.getCitation());
    }
    out.flush();
    return Main.OK;
  }
}

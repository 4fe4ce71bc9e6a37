package io.github.jixiao.cli;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
    description = "Lists the rule catalogue, and the rules of the packs given with --rules: id, default severity, title "
        + "and source.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "language of titles: zh or en (default: ${DEFAULT-VALUE})")
  private ValidateCommand.Language lang;

  @Option(names = "--rules", paramLabel = "DIR|JAR", description = "also list the rules of the rule packs of a jar, or of "
      + "every jar in a folder; repeatable")
  private List<Path> rulePacks = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RulePacks packs = RulePacks.load(rulePacks, Phrases.of(lang))) {
      for (Rule rule : packs.rules().rules()) {
        RuleMetadata m = rule.metadata();
        out.printf("%-12s %-8s %s  [%s]%n", m.getId(), m.getDefaultSeverity(),
            Escapes.text(m.title(lang.name())), Escapes.text(m.getCitation()));
      }
    }
    out.flush();
    return Main.OK;
  }
}

package io.github.jixiao.cli;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Setting;
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
        + "and source; then the policy settings they declare: key, default, type and description.")
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
    Phrases say = Phrases.of(lang);
    try (RulePacks packs = RulePacks.load(rulePacks, say)) {
      RuleSet rules = packs.rules();
      for (Rule rule : rules.rules()) {
        RuleMetadata m = rule.metadata();
        out.printf("%-12s %-8s %s  [%s]%n", m.getId(), m.getDefaultSeverity(),
            Escapes.text(m.title(lang.name())), Escapes.text(m.getCitation()));
      }
      // The settings the rule packs declare: what a --policy file may set besides the rule ids.
      List<Setting<?>> settings = rules.settings();
      if (!settings.isEmpty()) {
        out.println();
        out.println(say.get("rules.settings"));
        for (Setting<?> s : settings) {
          out.printf("%s = %s  (%s)  %s%n", Escapes.text(s.key()), Escapes.text(defaultText(s)), s.type().label(),
              Escapes.text(s.description(lang.name())));
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  private static <T> String defaultText(Setting<T> setting) {
    return setting.format(setting.defaultValue());
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists the catalogue exactly as the code defines it. When a rule changes, run the
 * build with {@code -Djixiao.updateDocs=true} to rewrite the file, and review the diff.
 */
class RuleCatalogueDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# Rule catalogue 规则目录\n\n")
        .append("The ").append(RuleSet.catalogue().rules().size())
        .append(" built-in review rules of `jixiao-core` (`RuleSet.catalogue()`, the rule pack `BuiltInRules`),\n")
        .append("generated from the code by `RuleCatalogueDocTest`. Ids never change meaning. Severities are\n")
        .append("defaults; a `Policy` can override them or switch rules off (see the README and \"Policy settings\" below).\n\n")
        .append("A built-in rule is one class in `io.github.jixiao.rules.catalog` whose `@RuleDeclaration` gives its\n")
        .append("id, severity, category and citation; its titles, description and messages are in\n")
        .append("`CatalogueMessages_zh.properties` and `_en.properties` under its id; `BuiltInRules` lists it; and\n")
        .append("its test (`<RuleClass>Test`) has cases that fire and cases that stay quiet. Tests fail when one\n")
        .append("of these is missing.\n\n")
        .append("| id | severity | category | title | 标题 | citation 依据 |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Rule rule : RuleSet.catalogue().rules()) {
      RuleMetadata m = rule.metadata();
      b.append("| ").append(m.getId())
          .append(" | ").append(m.getDefaultSeverity())
          .append(" | ").append(m.getCategory().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(m.getTitleEn().replace("|", "\\|"))
          .append(" | ").append(m.getTitleZh().replace("|", "\\|"))
          .append(" | ").append(m.getCitation())
          .append(" |\n");
    }
    b.append("\n## What each rule checks\n\n");
    for (Rule rule : RuleSet.catalogue().rules()) {
      RuleMetadata m = rule.metadata();
      b.append("- **").append(m.getId()).append("** — ").append(m.getDescription()).append('\n');
    }
    b.append("\n## Policy settings 策略设置\n\n")
        .append("The thresholds the catalogue's rules read, as `Setting`s of the `Policy` (`Policy.SATISFACTION_MINIMUM`, …)\n")
        .append("that a policy file sets by key:\n\n")
        .append("| key | type | default | description | 说明 |\n")
        .append("|---|---|---|---|---|\n");
    for (Setting<?> setting : RuleSet.catalogue().settings()) {
      b.append("| `").append(setting.key())
          .append("` | ").append(setting.type().label())
          .append(" | ").append(defaultText(setting))
          .append(" | ").append(setting.descriptionEn().replace("|", "\\|"))
          .append(" | ").append(setting.descriptionZh().replace("|", "\\|"))
          .append(" |\n");
    }
    b.append("\nA rule pack declares its own settings the same way (`RuleProvider.settings()`, each a typed\n")
        .append("`Setting` such as `Setting.percentage(\"czt.satisfaction.minimum\", new BigDecimal(\"90\"), zh, en)`),\n")
        .append("with keys that begin with the pack's id and a dot; its rules read them with\n")
        .append("`check.policy().setting(CztRules.MINIMUM)`, the policy's value or the default. A policy file read\n")
        .append("for a rule set (`Policy.load(file, ruleSet)`; `Policy.load(file)` reads for the catalogue) may set\n")
        .append("them; a key, or a rule id in `rules.disabled` or `severity.<id>`, that the rule set does not know is\n")
        .append("a `PolicyException` naming the key, its line and the nearest known name. `jixiao rules` lists the\n")
        .append("settings.\n");
    return b.toString();
  }

  private static <T> String defaultText(Setting<T> setting) {
    return setting.format(setting.defaultValue());
  }

  @Test
  void docsListTheCatalogue() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("jixiao.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date; rebuild with -Djixiao.updateDocs=true")
        .isEqualTo(expected);
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.rules.Message;
import io.github.jixiao.rules.Messages;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;

/**
 * A built-in rule: its metadata, declared on the subclass with {@link
 * io.github.jixiao.rules.RuleDeclaration} and completed with the titles and description of the
 * catalogue's message bundles, and its messages ({@code <id>.message} and variants {@code
 * <id>.message.<variant>}).
 */
abstract class CatalogueRule implements Rule {
  static final Messages MESSAGES =
      Messages.load("io.github.jixiao.rules.catalog.CatalogueMessages", CatalogueRule.class.getModule());

  private final RuleMetadata metadata;

  CatalogueRule() {
    this.metadata = RuleMetadata.declaredBy(getClass(), MESSAGES);
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  /** The rule's message, formatted; only called when a finding is reported. */
  final Message message(Object... arguments) {
    return MESSAGES.format(metadata.getId() + ".message", arguments);
  }

  /** A variant of the rule's message, for rules whose findings read differently. */
  final Message messageVariant(String variant, Object... arguments) {
    return MESSAGES.format(metadata.getId() + ".message." + variant, arguments);
  }

  @Override
  public String toString() {
    return metadata.getId();
  }
}

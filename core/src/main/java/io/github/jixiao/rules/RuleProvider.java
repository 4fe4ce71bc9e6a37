package io.github.jixiao.rules;

import java.util.List;

/**
 * 规则包 (rule pack): a service that contributes rules, found through {@link
 * java.util.ServiceLoader} (list the implementation in {@code
 * META-INF/services/io.github.jixiao.rules.RuleProvider}) by {@link
 * RuleSet.Builder#addProviders(ClassLoader)}.
 */
public interface RuleProvider {
  /**
   * A stable name for this pack, used in error messages and to order packs.
   *
   * @return the name
   */
  String id();

  /**
   * The rules of this pack.
   *
   * @return the rules
   */
  List<Rule> rules();

  /**
   * The settings this pack's rules read from the {@link Policy} ({@link Policy#setting(Setting)}):
   * each key begins with this pack's {@link #id()} and a dot, such as {@code acme.goal.minimum},
   * which a policy file may then set. A rule set built with this pack checks the keys and lists
   * the settings ({@link RuleSet#settings()}, {@code jixiao rules}).
   *
   * @return the settings, none unless overridden
   */
  default List<Setting<?>> settings() {
    return List.of();
  }
}

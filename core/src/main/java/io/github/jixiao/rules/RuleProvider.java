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
}

/**
 * 示例：模块路径上的应用 (example: an application on the module path). It requires Jixiao's core,
 * JSON and Word modules, finds the formats and its own rule pack through {@link
 * java.util.ServiceLoader}, and opens the package of its message bundles to core, which reads them.
 */
module io.github.jixiao.examples.modular {
  requires io.github.jixiao.core;
  requires io.github.jixiao.json;
  requires io.github.jixiao.docx;

  // Core's Messages reads the rule pack's bundles from this package.
  opens io.github.jixiao.examples.modular.rules to io.github.jixiao.core;

  provides io.github.jixiao.rules.RuleProvider with io.github.jixiao.examples.modular.rules.LocalRules;
}

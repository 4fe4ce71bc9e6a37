/**
 * 绩效 testkit: jqwik arbitraries for every model type, rule breakers, the sample county document,
 * and the layout zoo. The arbitraries are API, so jqwik's API module is required transitively;
 * users bring the jqwik engine.
 */
module io.github.jixiao.testkit {
  requires transitive io.github.jixiao.core;
  requires transitive io.github.jixiao.layout;
  requires transitive net.jqwik.api;

  exports io.github.jixiao.testkit;
  exports io.github.jixiao.testkit.layout;
}

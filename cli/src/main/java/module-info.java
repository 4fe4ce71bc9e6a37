/**
 * 绩效 command-line tool: {@code jixiao validate | convert | rules}. {@link
 * io.github.jixiao.cli.Main#run(String[], java.io.PrintStream, java.io.PrintStream)} runs it in
 * process; the package is open to picocli, which sets the commands' options by reflection, and to core,
 * which reads the tool's message bundles; rule packs given with {@code --rules} are found as
 * {@code RuleProvider} services.
 */
module io.github.jixiao.cli {
  requires io.github.jixiao.core;
  requires io.github.jixiao.json;
  requires io.github.jixiao.docx;
  requires io.github.jixiao.pdf;
  requires info.picocli;

  // rule packs given with --rules, loaded by ServiceLoader in a class loader of their own
  uses io.github.jixiao.rules.RuleProvider;

  exports io.github.jixiao.cli;
  // picocli sets the commands' options by reflection; core reads the tool's message bundles
  opens io.github.jixiao.cli to info.picocli, io.github.jixiao.core;
}

/**
 * 绩效 command-line tool: {@code jixiao validate | convert | rules}. {@link
 * io.github.jixiao.cli.Main#run(String[], java.io.PrintStream, java.io.PrintStream)} runs it in
 * process; the package is open to picocli, which sets the commands' options by reflection.
 */
module io.github.jixiao.cli {
  requires io.github.jixiao.core;
  requires io.github.jixiao.json;
  requires io.github.jixiao.docx;
  requires io.github.jixiao.pdf;
  requires info.picocli;

  exports io.github.jixiao.cli;
  opens io.github.jixiao.cli to info.picocli;
}

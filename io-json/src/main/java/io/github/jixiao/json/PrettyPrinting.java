package io.github.jixiao.json;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Indentation with "\n" line ends on every platform, so that written files are byte-identical. */
final class PrettyPrinting {
  private PrettyPrinting() {}

  static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}

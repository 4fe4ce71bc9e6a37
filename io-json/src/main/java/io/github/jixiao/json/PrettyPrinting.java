package io.github.jixiao.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Indentation with "\n" line ends on every platform, so that written files are byte-identical; and
 * the write contexts that hand it to a generator of jackson-core alone (no databind: the JSON
 * format and the reports run without it, see the module descriptor).
 */
final class PrettyPrinting {
  /** Generators without a pretty printer. */
  static final ObjectWriteContext COMPACT = ObjectWriteContext.empty();

  /** Generators indented by {@link #printer()}, a fresh instance for each (a printer keeps its nesting). */
  static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return printer();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private PrettyPrinting() {}

  static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}

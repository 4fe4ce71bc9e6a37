package io.github.jixiao.examples.modular;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 示例：在模块路径上读取、审核并转换 Word 文件 (example: read, validate and convert a Word file on
 * the module path):
 *
 * <pre>
 * java --module-path MODULES -m io.github.jixiao.examples.modular/io.github.jixiao.examples.modular.ValidateOnModulePath IN.docx OUT-DIR
 * </pre>
 *
 * <p>Prints which Jixiao modules run and whether they are named by their own descriptors, the
 * formats ServiceLoader found, the findings of the rule catalogue and of this module's rule pack,
 * and writes {@code OUT-DIR/<name>.json} and {@code OUT-DIR/<name>.docx}. Exits with 0 if nothing
 * is an ERROR, 1 if something is (as {@code jixiao validate} does), 2 if it cannot run.
 */
public final class ValidateOnModulePath {
  private static final List<String> JIXIAO_MODULES =
      List.of("io.github.jixiao.core", "io.github.jixiao.layout", "io.github.jixiao.json", "io.github.jixiao.docx");

  private ValidateOnModulePath() {}

  /**
   * Runs the example and exits with its code.
   *
   * @param args the .docx file to read and the folder to write into
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /**
   * Runs the example.
   *
   * @param args the .docx file to read and the folder to write into
   * @param out where the report goes
   * @param err where problems go
   * @return 0 without ERROR findings, 1 with them, 2 if the example cannot run
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: ValidateOnModulePath IN.docx OUT-DIR");
      return 2;
    }
    try {
      return validateAndConvert(Path.of(args[0]), Path.of(args[1]), out);
    } catch (IOException | RuntimeException e) {
      e.printStackTrace(err);
      return 2;
    }
  }

  private static int validateAndConvert(Path in, Path outDir, PrintStream out) throws IOException {
    Module app = ValidateOnModulePath.class.getModule();
    out.println("app: " + (app.isNamed() ? "module " + app.getName() : "the class path"));
    ModuleLayer layer = app.isNamed() ? app.getLayer() : ModuleLayer.boot();
    for (String name : JIXIAO_MODULES) {
      out.println(name + ": " + layer.findModule(name).map(m -> m.getDescriptor().isAutomatic() ? "automatic" : "named by module-info").orElse("absent"));
    }
    out.println("io.github.jixiao.internal exported to the app: " + RuleSet.class.getModule().isExported("io.github.jixiao.internal", app));

    // Formats come from the modules that provide io.github.jixiao.format.FormatProvider.
    FormatRegistry formats = FormatRegistry.discover(ValidateOnModulePath.class.getClassLoader());
    out.println("formats: " + formats.providers().stream().map(FormatProvider::id).sorted().collect(Collectors.joining(" ")));

    DocumentReader word = formats.forFile(in).orElseThrow(() -> new IllegalArgumentException("no format reads " + in)).reader(ReadOptions.defaults());
    Disclosure document = word.readDisclosure(in);
    out.println("read: " + document.getTitle().orElse("(no title)") + ", " + document.getItems().size() + " sheets");

    // The catalogue's messages come from core's own bundles; the rule pack's from this module's.
    Report catalogue = RuleSet.catalogue().evaluate(document, Policy.defaults());
    print("catalogue", catalogue, out);
    RuleSet local = RuleSet.builder().addProviders(ValidateOnModulePath.class.getClassLoader()).build();
    Report pack = local.evaluate(document, Policy.defaults());
    print("rule packs", pack, out);

    Files.createDirectories(outDir);
    String name = in.getFileName().toString().replaceFirst("\\.docx$", "");
    for (String format : List.of("json", "docx")) {
      Path file = outDir.resolve(name + "." + format);
      try (OutputStream stream = Files.newOutputStream(file)) {
        formats.byId(format).orElseThrow().writer(WriteOptions.defaults()).writeDisclosure(document, stream);
      }
      out.println("wrote " + file.getFileName());
    }
    return catalogue.hasErrors() || pack.hasErrors() ? 1 : 0;
  }

  private static void print(String what, Report report, PrintStream out) {
    for (Finding f : report.getFindings()) {
      out.println(f.getSeverity() + " " + f.getRuleId() + " " + f.getLocation().getPath() + " " + f.getMessageZh());
    }
    out.println(what + ": " + report.count(Severity.ERROR) + " ERROR, " + report.count(Severity.WARNING) + " WARNING, "
        + report.count(Severity.INFO) + " INFO");
  }
}

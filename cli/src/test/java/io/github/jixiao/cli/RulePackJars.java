package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.RuleProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.spi.ToolProvider;

/**
 * Real rule-pack jars, built in the test: Java sources compiled with the JDK's javac against
 * core, packed with a {@code META-INF/services} file (or without one).
 */
final class RulePackJars {
  private RulePackJars() {}

  /**
   * A pack of one rule, {@code id}, that reports every sheet with a message naming the class loader
   * that loaded the rule (to show it came from the pack's own loader).
   */
  static String oneRulePack(String pkg, String id) {
    return """
        package %1$s;

        import io.github.jixiao.rules.*;
        import java.util.List;

        public final class Pack implements RuleProvider {
          public String id() { return "%1$s"; }
          public List<Rule> rules() { return List.of(new EverySheet()); }

          static final class EverySheet implements ItemRule {
            private static final RuleMetadata METADATA = RuleMetadata.builder()
                .id("%2$s").titleZh("每张表都报告").titleEn("Every sheet reported")
                .description("Reports every sheet (a test pack).")
                .defaultSeverity(Severity.INFO).category(RuleCategory.COMPLETENESS).citation("test pack").build();

            public RuleMetadata metadata() { return METADATA; }

            public void check(ItemCheck check) {
              String loader = getClass().getClassLoader().getName();
              check.report(check.at(Section.ITEM, ""), Message.of("来自 " + loader, "from " + loader));
            }
          }
        }
        """.formatted(pkg, id);
  }

  /**
   * Compiles sources (each a public class {@code Pack} and what it holds, in its package) into a jar;
   * the services file lists {@code services} as given (null: no services file).
   */
  static Path jar(Path dir, String name, String services, String... sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve(name + "-src"));
    Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
    for (int i = 0; i < sources.length; i++) {
      String pkg = sources[i].substring("package ".length(), sources[i].indexOf(';')).strip();
      Path file = src.resolve(pkg.replace('.', '/')).resolve("Pack.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, sources[i]);
    }
    // javac through java.util.spi.ToolProvider: java.base, so the test module needs no java.compiler
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("no javac: run the tests on a JDK"));
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath", coreClasses(), "-proc:none",
        "--release", "17", "-nowarn"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    StringWriter diagnostics = new StringWriter();
    PrintWriter messages = new PrintWriter(diagnostics);
    int status = javac.run(messages, messages, args.toArray(String[]::new));
    messages.flush();
    assertThat(status).as(diagnostics.toString()).isZero();
    Path jar = dir.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
      if (services != null) {
        out.putNextEntry(new JarEntry("META-INF/services/" + RuleProvider.class.getName()));
        out.write(services.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Where core's classes are: a folder in the reactor build, a jar elsewhere. */
  private static String coreClasses() {
    try {
      return Path.of(RuleProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.FormatRegistryException;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import io.github.jixiao.rules.DuplicateRuleException;
import io.github.jixiao.rules.PolicyException;
import io.github.jixiao.rules.RuleSetException;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exception type of the project extends {@link JixiaoException}: core's by reflection over
 * its classes, every module's (core, layout, io-json, io-docx, testkit, cli, …) by a scan of the
 * sources, since the other modules are built after this one. A new exception class that does not
 * extend the root fails here; the few private carriers that must extend a JDK or Jackson type to
 * pass a {@code FormatException} through a third-party API are listed with the reason.
 */
class ExceptionHierarchyTest {
  /** Core's exception types; JixiaoException's Javadoc lists the same. */
  private static final Set<Class<?>> CORE_EXCEPTIONS = Set.of(JixiaoException.class, ModelException.class,
      MissingValueException.class, FormatException.class, FormatRegistryException.class, PolicyException.class,
      RuleSetException.class, DuplicateRuleException.class);

  /**
   * Throwables that may not extend the root, by module and simple name, with the reason. Each
   * must be non-public and is caught inside its module, or is the exception type a host's library
   * expects, with a Jixiao exception as its cause.
   */
  private static final Map<String, String> CARRIERS = Map.of(
      "core:FormatIoException",
      "an IOException, so that a FormatException raised while the XML parser reads a zip entry of a Word or Excel "
          + "package passes through the parser (internal, shared by the format modules)",
      "io-json:LimitExceeded",
      "a Jackson StreamConstraintsException, so that Jackson's limit checks say which limit was exceeded",
      "jackson2:ValueException",
      "a Jackson 2 JsonMappingException, what a host's ObjectMapper throws, at the value's start, caused by the FormatException",
      "io-pdf:StreamTooLong",
      "an IOException, so that the decoded-stream limit passes through PDFBox's filters, which pass IOExceptions on");

  private static final Path ROOT = Path.of("..");

  @Test
  void coreExceptionsExtendTheRoot() throws IOException, URISyntaxException {
    Path classes = Path.of(JixiaoException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> throwables = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
        if (Throwable.class.isAssignableFrom(type) && !CARRIERS.containsKey("core:" + type.getSimpleName())) {
          throwables.add(type);
        }
      }
    }
    for (Class<?> type : throwables) {
      assertThat(JixiaoException.class).as(type.getName() + " must extend JixiaoException").isAssignableFrom(type);
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName() + " is public API").isTrue();
      assertThat(IllegalArgumentException.class.isAssignableFrom(type)).as(type.getName()).isFalse();
    }
    assertThat(throwables)
        .as("core's exception types; a new one extends JixiaoException and is added to its Javadoc and here")
        .containsExactlyInAnyOrderElementsOf(CORE_EXCEPTIONS);
    assertThat(Modifier.isAbstract(JixiaoException.class.getModifiers())).isTrue();
    assertThat(JixiaoException.class.getSuperclass()).isEqualTo(RuntimeException.class);
  }

  @Test
  void theRootsJavadocListsEveryCoreException() throws IOException {
    String source = Files.readString(ROOT.resolve("core/src/main/java/io/github/jixiao/JixiaoException.java"));
    for (Class<?> type : CORE_EXCEPTIONS) {
      if (type != JixiaoException.class) {
        assertThat(source).as("JixiaoException's Javadoc links " + type.getSimpleName()).contains(type.getName() + "}");
      }
    }
  }

  @Test
  void everyExceptionDeclaredInAnyModuleExtendsTheRoot() throws IOException {
    List<Declaration> declarations = new ArrayList<>();
    Set<String> modulesSeen = new TreeSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.sorted().collect(Collectors.toList())) {
        Path sources = module.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
          modulesSeen.add(module.getFileName().toString());
          try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
              declarations.addAll(declarations(module.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
          }
        }
      }
    }
    assertThat(modulesSeen).as("the scan reaches the other modules").contains("core", "layout", "io-json", "io-docx");
    Map<String, String> offenders = offenders(declarations);
    assertThat(offenders).as("exception classes that do not extend JixiaoException (module:class = superclass)").isEmpty();
    Set<String> carriersFound = declarations.stream()
        .filter(d -> CARRIERS.containsKey(d.module() + ":" + d.name()))
        .peek(d -> assertThat(d.isPublic()).as(d.module() + ":" + d.name() + " must not be public").isFalse())
        .map(d -> d.module() + ":" + d.name())
        .collect(Collectors.toSet());
    assertThat(carriersFound).as("every listed carrier still exists").containsExactlyInAnyOrderElementsOf(CARRIERS.keySet());
    Set<String> core = CORE_EXCEPTIONS.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    assertThat(rooted(declarations)).as("the scan finds core's exceptions").containsAll(core);
  }

  @Test
  void theScanFindsAnExceptionThatDoesNotExtendTheRoot() {
    List<Declaration> declarations = new ArrayList<>();
    declarations.addAll(declarations("core", "public abstract class JixiaoException extends RuntimeException {}"));
    declarations.addAll(declarations("core", "public class FormatException extends JixiaoException {}"));
    declarations.addAll(declarations("io-json", "/** x */\npublic final class JsonThingException\n    extends FormatException {\n"
        + "  static final class Nested extends IllegalStateException {}\n}"));
    declarations.addAll(declarations("layout", "final class Oops extends java.lang.RuntimeException {}\n"
        + "class Later extends Oops {}\nclass NotOne extends Object {}\npublic record R(int a) {}"));
    declarations.addAll(declarations("cli", "class Generic<T> extends Exception {}"));
    assertThat(offenders(declarations)).containsOnlyKeys("io-json:Nested", "layout:Oops", "layout:Later", "cli:Generic");
    assertThat(rooted(declarations)).contains("JsonThingException").doesNotContain("Nested", "NotOne");
  }

  @Test
  void theSpecificTypesKeepTheirApi() {
    FormatException format = new FormatException(FormatException.Reason.TRUNCATED, FormatLocation.unknown(), "ends early");
    JixiaoException root = format;
    assertThat(root).isInstanceOf(RuntimeException.class).isNotInstanceOf(IllegalArgumentException.class);
    assertThat(format.reason()).isEqualTo(FormatException.Reason.TRUNCATED);
    assertThat(format.detail()).isEqualTo("ends early");
    assertThat(format.withSource("a.json").location().getSource()).hasValue("a.json");
    assertThat(new DuplicateRuleException("JX-1", "a", "b").ruleId()).isEqualTo("JX-1");
    assertThat(new MissingValueException("name")).isInstanceOf(ModelException.class).hasMessageContaining("name");
    assertThat(MissingValueException.require("x", "name")).isEqualTo("x");
    IOException cause = new IOException("disk");
    assertThat(new PolicyException("bad", cause)).hasCause(cause);
    assertThat(new RuleSetException("bad", cause)).hasCause(cause);
    assertThat(new FormatRegistryException("bad", cause)).hasCause(cause);
  }

  // ------------------------------------------------------------------------------------- the scan

  /** A class declaration: where, its simple name, its superclass's simple name, whether public. */
  private record Declaration(String module, String name, String superName, boolean isPublic) {}

  private static final Pattern CLASS = Pattern.compile(
      "((?:(?:public|protected|private|abstract|static|final|sealed|non-sealed|strictfp)\\s+)*)class\\s+(\\w+)"
          + "\\s*(?:<[^{]*?>)?\\s*extends\\s+([\\w.]+)");

  private static List<Declaration> declarations(String module, String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    List<Declaration> found = new ArrayList<>();
    Matcher m = CLASS.matcher(code);
    while (m.find()) {
      String superName = m.group(3).substring(m.group(3).lastIndexOf('.') + 1);
      found.add(new Declaration(module, m.group(2), superName, m.group(1).contains("public")));
    }
    return found;
  }

  /** The declared classes that are throwables: their superclass is one, by name or by declaration. */
  private static Map<String, Declaration> throwables(List<Declaration> declarations) {
    Map<String, Declaration> byName = new HashMap<>();
    declarations.forEach(d -> byName.put(d.name(), d));
    Map<String, Declaration> throwables = new TreeMap<>();
    for (Declaration d : declarations) {
      if (isThrowable(d, byName, 0)) {
        throwables.put(d.module() + ":" + d.name(), d);
      }
    }
    return throwables;
  }

  private static boolean isThrowable(Declaration d, Map<String, Declaration> byName, int depth) {
    String s = d.superName();
    if (s.equals("Throwable") || s.endsWith("Exception") || s.endsWith("Error")) {
      return true;
    }
    Declaration parent = byName.get(s);
    return parent != null && depth < 20 && isThrowable(parent, byName, depth + 1);
  }

  /** The simple names of the declared classes that extend JixiaoException (or are it). */
  private static Set<String> rooted(List<Declaration> declarations) {
    Map<String, Declaration> byName = new HashMap<>();
    declarations.forEach(d -> byName.put(d.name(), d));
    Set<String> rooted = new TreeSet<>();
    for (Declaration d : declarations) {
      Declaration at = d;
      for (int depth = 0; at != null && depth < 20; depth++) {
        if (at.name().equals("JixiaoException") || at.superName().equals("JixiaoException")) {
          rooted.add(d.name());
          break;
        }
        at = byName.get(at.superName());
      }
    }
    return rooted;
  }

  /** Throwables that neither extend the root nor are listed carriers, with their superclass. */
  private static Map<String, String> offenders(List<Declaration> declarations) {
    Set<String> rooted = rooted(declarations);
    Map<String, String> offenders = new TreeMap<>();
    throwables(declarations).forEach((key, d) -> {
      if (!rooted.contains(d.name()) && !CARRIERS.containsKey(key)) {
        offenders.put(key, d.superName());
      }
    });
    return offenders;
  }
}

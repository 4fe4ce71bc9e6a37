package io.github.jixiao.cli;

import io.github.jixiao.rules.RuleProvider;
import io.github.jixiao.rules.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * 规则包 (rule packs given with {@code --rules}): jars, or folders of jars, listing {@link
 * RuleProvider}s in {@code META-INF/services/io.github.jixiao.rules.RuleProvider} — each jar named,
 * and at least one jar of each folder (the others may be libraries the packs use). They
 * are loaded in a class loader of their own whose parent is the tool's, so that a pack sees the
 * tool's Jixiao and nothing of another tool; their rules join the built-in catalogue, packs in id
 * order (as {@link RuleSet.Builder#addProviders(ClassLoader)} adds them). Closing releases the
 * jars.
 */
final class RulePacks implements AutoCloseable {
  private static final String SERVICES = "META-INF/services/" + RuleProvider.class.getName();

  private final URLClassLoader loader;
  private final RuleSet rules;

  private RulePacks(URLClassLoader loader, RuleSet rules) {
    this.loader = loader;
    this.rules = rules;
  }

  /** The catalogue and the rules of the packs. */
  RuleSet rules() {
    return rules;
  }

  /**
   * Loads the packs.
   *
   * @param paths jars and folders of jars; none for the catalogue alone
   * @param say the language of the errors
   * @return the packs, to be closed once their rules have run
   * @throws CliException for a path that is missing, not a jar or a folder of jars, a jar that lists
   *     no provider or cannot be read, or a pack whose rules cannot be loaded (a listed class
   *     missing, a rule id the catalogue or another pack has)
   */
  static RulePacks load(List<Path> paths, Phrases say) {
    if (paths.isEmpty()) {
      return new RulePacks(null, RuleSet.catalogue());
    }
    List<URL> jars = new ArrayList<>();
    for (Path path : paths) {
      List<Path> found = jars(path, say);
      // a folder may hold the libraries its packs need beside them: one jar with a provider is enough
      if (found.stream().noneMatch(jar -> listsAProvider(jar, say))) {
        throw new CliException(say.get(Files.isDirectory(path) ? "rules.noProviderInFolder" : "rules.noProvider", path));
      }
      for (Path jar : found) {
        try {
          jars.add(jar.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new CliException(say.get("rules.cannotRead", jar, e.getMessage()), e);
        }
      }
    }
    URLClassLoader loader = new URLClassLoader("jixiao-rule-packs", jars.toArray(URL[]::new), RulePacks.class.getClassLoader());
    try {
      return new RulePacks(loader, withPacks(loader));
    } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
      close(loader);
      throw new CliException(say.get("rules.cannotLoad", String.valueOf(e.getMessage())), e);
    }
  }

  /** The catalogue and the providers the packs' own jars define (not those of the tool's class path). */
  private static RuleSet withPacks(URLClassLoader loader) {
    List<RuleProvider> providers = new ArrayList<>();
    ServiceLoader.load(RuleProvider.class, loader).stream()
        .filter(p -> p.type().getClassLoader() == loader)
        .forEach(p -> providers.add(p.get()));
    providers.sort(Comparator.comparing(RuleProvider::id).thenComparing(p -> p.getClass().getName()));
    RuleSet.Builder builder = RuleSet.builder().addCatalogue();
    providers.forEach(builder::addProvider);
    return builder.build();
  }

  /** The jar a path names, or the jars of a folder in name order. */
  private static List<Path> jars(Path path, Phrases say) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> children = Files.list(path)) {
        List<Path> jars = children.filter(RulePacks::isJar).filter(Files::isRegularFile).sorted().toList();
        if (jars.isEmpty()) {
          throw new CliException(say.get("rules.noJars", path));
        }
        return jars;
      } catch (IOException e) {
        throw new CliException(say.get("rules.cannotRead", path, e.getMessage()), e);
      }
    }
    if (!Files.exists(path)) {
      throw new CliException(say.get("rules.noSuchPath", path));
    }
    if (!Files.isRegularFile(path) || !isJar(path)) {
      throw new CliException(say.get("rules.notAJar", path));
    }
    return List.of(path);
  }

  private static boolean isJar(Path path) {
    return Inputs.extension(path).equals("jar");
  }

  /**
   * Whether a jar lists a provider. A pack given that lists none is refused: it would add nothing,
   * and silently.
   */
  private static boolean listsAProvider(Path jar, Phrases say) {
    try (JarFile file = new JarFile(jar.toFile())) {
      var entry = file.getJarEntry(SERVICES);
      return entry != null && listsAClass(file.getInputStream(entry));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new CliException(say.get("rules.cannotRead", jar, e.getMessage()), e);
    }
  }

  /** Whether a services file names a class: a line with something before any {@code #} comment. */
  private static boolean listsAClass(InputStream in) throws IOException {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines.lines().map(l -> l.replaceFirst("#.*", "").strip()).anyMatch(l -> !l.isEmpty());
    }
  }

  @Override
  public void close() {
    if (loader != null) {
      close(loader);
    }
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // the jars stay open until the JVM ends: nothing the user can act on
    }
  }
}

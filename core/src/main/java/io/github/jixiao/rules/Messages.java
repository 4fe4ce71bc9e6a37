package io.github.jixiao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 消息资源 (message bundles): a pair of {@code .properties} files, {@code <base>_zh.properties} and
 * {@code <base>_en.properties} (UTF-8), from which rules format their {@link Message}s with {@link
 * MessageFormat} patterns; keys missing from one of them are looked up in {@code
 * <base>.properties} where it exists. Formatting happens only when a finding is reported.
 *
 * <p>The files are read as resources, not through {@link java.util.ResourceBundle}'s lookup, so
 * that the same bundles work on the class path and in named modules: a rule pack in a named module
 * loads its bundles with {@link #load(String, Module)} and opens their package to {@code
 * io.github.jixiao.core} ({@code opens com.example.rules to io.github.jixiao.core;}).
 */
public final class Messages {
  private final Bundle zh;
  private final Bundle en;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(Bundle zh, Bundle en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Loads the Chinese and English bundles of a base name through a class loader: for bundles on the
   * class path, or in packages a named module opens unconditionally.
   *
   * @param baseName the bundle base name, such as {@code com.example.rules.Messages}
   * @param classLoader the class loader to find the bundles with
   * @return the bundles
   * @throws MissingResourceException if either bundle is missing
   */
  public static Messages load(String baseName, ClassLoader classLoader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(classLoader, "classLoader");
    return load(baseName, classLoader::getResourceAsStream, "class loader " + classLoader);
  }

  /**
   * Loads the Chinese and English bundles of a base name from a module, such as {@code
   * MyRule.class.getModule()}. A named module other than {@code io.github.jixiao.core} must open the
   * bundles' package to {@code io.github.jixiao.core}; for an unnamed module (the class path) the
   * module's class loader finds them.
   *
   * @param baseName the bundle base name, such as {@code com.example.rules.Messages}
   * @param module the module that holds the bundles
   * @return the bundles
   * @throws MissingResourceException if either bundle is missing
   */
  public static Messages load(String baseName, Module module) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(module, "module");
    return load(
        baseName,
        name -> {
          try {
            return module.getResourceAsStream(name);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " of " + module, e);
          }
        },
        module.toString());
  }

  private static Messages load(String baseName, Resources resources, String where) {
    Properties root = read(baseName, "", resources);
    return new Messages(
        bundle(baseName, Locale.CHINESE, root, resources, where),
        bundle(baseName, Locale.ENGLISH, root, resources, where));
  }

  private static Bundle bundle(String baseName, Locale locale, Properties root, Resources resources, String where) {
    Properties texts = read(baseName, "_" + locale.getLanguage(), resources);
    if (texts == null && root == null) {
      String resource = resourceName(baseName, "_" + locale.getLanguage());
      throw new MissingResourceException(
          "no " + resource + " found by " + where + " (a bundle in a named module needs Messages.load(baseName, module) "
              + "and its package opened to io.github.jixiao.core)",
          baseName + "_" + locale.getLanguage(),
          "");
    }
    return new Bundle(baseName + "_" + locale.getLanguage(), locale, texts, root);
  }

  private static String resourceName(String baseName, String suffix) {
    return baseName.replace('.', '/') + suffix + ".properties";
  }

  /** The properties of one file, or null if there is none; UTF-8, else ISO-8859-1 as {@code PropertyResourceBundle} reads it. */
  private static Properties read(String baseName, String suffix, Resources resources) {
    String name = resourceName(baseName, suffix);
    byte[] bytes;
    try (InputStream in = resources.open(name)) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return properties;
  }

  /**
   * Formats the message of a key in both languages.
   *
   * @param key the key
   * @param arguments the pattern's arguments; pass numbers as text to keep their written form
   * @return the message
   * @throws MissingResourceException if a bundle lacks the key
   */
  public Message format(String key, Object... arguments) {
    return Message.of(format(zh, key, arguments), format(en, key, arguments));
  }

  /**
   * The Chinese text of a key, unformatted.
   *
   * @param key the key
   * @return the text
   * @throws MissingResourceException if the bundle lacks the key
   */
  public String zh(String key) {
    return zh.text(key);
  }

  /**
   * The English text of a key, unformatted.
   *
   * @param key the key
   * @return the text
   * @throws MissingResourceException if the bundle lacks the key
   */
  public String en(String key) {
    return en.text(key);
  }

  private String format(Bundle bundle, String key, Object[] arguments) {
    // Parsing a pattern costs more than formatting it: keep one parsed prototype per key and
    // format with a copy, because MessageFormat is not thread-safe.
    MessageFormat prototype =
        formats.computeIfAbsent(bundle.locale + "\u0000" + key, k -> new MessageFormat(bundle.text(key), bundle.locale));
    return ((MessageFormat) prototype.clone()).format(arguments);
  }

  /** Opens a resource by its name, or gives null if there is none. */
  @FunctionalInterface
  private interface Resources {
    InputStream open(String name) throws IOException;
  }

  /** One language's texts, with the base bundle's behind them. */
  private static final class Bundle {
    private final String name;
    private final Locale locale;
    private final Properties texts;
    private final Properties root;

    Bundle(String name, Locale locale, Properties texts, Properties root) {
      this.name = name;
      this.locale = locale;
      this.texts = texts;
      this.root = root;
    }

    String text(String key) {
      Objects.requireNonNull(key, "key");
      String text = texts == null ? null : texts.getProperty(key);
      if (text == null && root != null) {
        text = root.getProperty(key);
      }
      if (text == null) {
        throw new MissingResourceException("no key " + key + " in " + name, name, key);
      }
      return text;
    }
  }
}

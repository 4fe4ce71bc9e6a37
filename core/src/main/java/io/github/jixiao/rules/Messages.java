package io.github.jixiao.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 消息资源 (message bundles): a pair of resource bundles, {@code <base>_zh.properties} and {@code
 * <base>_en.properties} (UTF-8), from which rules format their {@link Message}s with {@link
 * MessageFormat} patterns. Formatting happens only when a finding is reported.
 */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle zh;
  private final ResourceBundle en;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(ResourceBundle zh, ResourceBundle en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Loads the Chinese and English bundles of a base name.
   *
   * @param baseName the bundle base name, such as {@code com.example.rules.Messages}
   * @param classLoader the class loader to find the bundles with
   * @return the bundles
   * @throws MissingResourceException if either bundle is missing
   */
  public static Messages load(String baseName, ClassLoader classLoader) {
    return new Messages(
        ResourceBundle.getBundle(baseName, Locale.CHINESE, classLoader, NO_FALLBACK),
        ResourceBundle.getBundle(baseName, Locale.ENGLISH, classLoader, NO_FALLBACK));
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
   */
  public String zh(String key) {
    return zh.getString(key);
  }

  /**
   * The English text of a key, unformatted.
   *
   * @param key the key
   * @return the text
   */
  public String en(String key) {
    return en.getString(key);
  }

  private String format(ResourceBundle bundle, String key, Object[] arguments) {
    // Parsing a pattern costs more than formatting it: keep one parsed prototype per key and
    // format with a copy, because MessageFormat is not thread-safe.
    MessageFormat prototype =
        formats.computeIfAbsent(bundle.getLocale() + "\u0000" + key, k -> new MessageFormat(bundle.getString(key), bundle.getLocale()));
    return ((MessageFormat) prototype.clone()).format(arguments);
  }
}

package io.github.jixiao.cli;

import io.github.jixiao.rules.Messages;
import java.util.Arrays;
import java.util.List;

/**
 * 提示语 (the tool's own words): every message the command-line tool prints itself — errors,
 * usage hints, the progress line and the total — in the language of {@code --lang} (Chinese by
 * default), from the bundles {@code CliMessages_zh.properties} and {@code
 * CliMessages_en.properties} beside this class. Messages that come from the library (a reader's
 * error, a policy key it does not know) are printed as the library gives them, in English.
 */
final class Phrases {
  /** The base name of the bundles. */
  static final String BUNDLE = "io.github.jixiao.cli.CliMessages";

  private static final Messages MESSAGES = Messages.load(BUNDLE, Phrases.class.getModule());

  /** Chinese, the default. */
  static final Phrases ZH = new Phrases(true);
  /** English. */
  static final Phrases EN = new Phrases(false);

  private final boolean zh;

  private Phrases(boolean zh) {
    this.zh = zh;
  }

  /** The phrases of a language. */
  static Phrases of(ValidateCommand.Language language) {
    return language == ValidateCommand.Language.en ? EN : ZH;
  }

  /**
   * The language a command line asks for with {@code --lang en} or {@code --lang=en}, for what is
   * printed before or without a command's options (no command, a failure picocli reports).
   */
  static Phrases of(String[] args) {
    List<String> list = Arrays.asList(args);
    int at = list.indexOf("--lang");
    boolean en = list.contains("--lang=en") || (at >= 0 && at + 1 < list.size() && list.get(at + 1).equals("en"));
    return en ? EN : ZH;
  }

  /** Whether the words are Chinese. */
  boolean zh() {
    return zh;
  }

  /** The language's code, as the library takes it: {@code zh} or {@code en}. */
  String language() {
    return zh ? "zh" : "en";
  }

  /**
   * A message.
   *
   * @param key the key in the bundles
   * @param arguments the values of {0}, {1}...
   * @return the message in this language
   */
  String get(String key, Object... arguments) {
    Object[] plain = arguments.clone();
    for (int i = 0; i < plain.length; i++) {
      // counts as digits only: MessageFormat would group them ("1,510 张表")
      if (plain[i] instanceof Integer || plain[i] instanceof Long) {
        plain[i] = plain[i].toString();
      }
    }
    var message = MESSAGES.format(key, plain);
    return zh ? message.zh() : message.en();
  }

  /** A list of words as "a, b or c" ("a、b 或 c"). */
  String or(List<String> words) {
    if (words.size() < 2) {
      return String.join("", words);
    }
    String head = String.join(zh ? "、" : ", ", words.subList(0, words.size() - 1));
    return get("list.or", head, words.get(words.size() - 1));
  }
}

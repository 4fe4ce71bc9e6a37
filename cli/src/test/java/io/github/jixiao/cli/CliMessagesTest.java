package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tool's own message bundles: the same keys and arguments in both languages, and every key the code asks for. */
class CliMessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Phrases.class.getResourceAsStream("CliMessages_" + language + ".properties")) {
      assertThat(in).as(language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void bothBundlesHaveTheSameKeysAndTheSameArguments() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    for (String key : zh.stringPropertyNames()) {
      assertThat(arguments(zh.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
      // each is a pattern MessageFormat takes (a stray quote or brace would throw or swallow text)
      Object[] wide = new Object[10];
      for (int i = 0; i < wide.length; i++) {
        wide[i] = "<" + i + ">";
      }
      for (Properties bundle : new Properties[] {zh, en}) {
        String formatted = new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(wide);
        for (String n : arguments(bundle.getProperty(key))) {
          assertThat(formatted).as(key).contains("<" + n + ">");
        }
        assertThat(formatted).as(key).doesNotContain("{").doesNotContain("'");
      }
    }
  }

  @Test
  void theChineseBundleIsChineseAndTheEnglishIsNot() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
      assertThat(en.getProperty(key)).as(key).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyKeyTheCodeAsksForIsInTheBundles() throws IOException {
    Set<String> keys = bundle("en").stringPropertyNames();
    Set<String> prefixes = new TreeSet<>();
    keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
    Set<String> asked = new TreeSet<>();
    Pattern literal = Pattern.compile("\"([a-z]+\\.[a-zA-Z]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(source));
        while (m.find()) {
          String candidate = m.group(1);
          if (prefixes.contains(candidate.substring(0, candidate.indexOf('.') + 1))) {
            asked.add(candidate);
          }
        }
      }
    }
    assertThat(asked).as("keys the code names").hasSizeGreaterThan(20);
    assertThat(keys).containsAll(asked);
  }

  @Test
  void phrasesFormatInTheirLanguage() {
    assertThat(Phrases.ZH.get("input.noSuchFile", "a.docx")).isEqualTo("a.docx：文件不存在");
    assertThat(Phrases.EN.get("input.noSuchFile", "a.docx")).isEqualTo("a.docx: no such file");
    assertThat(Phrases.ZH.or(java.util.List.of(".a", ".b", ".c"))).isEqualTo(".a、.b 或 .c");
    assertThat(Phrases.EN.or(java.util.List.of(".a", ".b", ".c"))).isEqualTo(".a, .b or .c");
    assertThat(Phrases.of(new String[] {"validate", "--lang", "en"})).isSameAs(Phrases.EN);
    assertThat(Phrases.of(new String[] {"validate", "--lang=en"})).isSameAs(Phrases.EN);
    assertThat(Phrases.of(new String[] {"validate"})).isSameAs(Phrases.ZH);
    assertThat(Phrases.ZH.get("progress", 1510, 2000L)).as("counts are not grouped").isEqualTo("已检查 1510/2000 个文件");
    assertThat(Phrases.EN.get("progress", 1510, 2000)).isEqualTo("1510/2000 files checked");
  }
}

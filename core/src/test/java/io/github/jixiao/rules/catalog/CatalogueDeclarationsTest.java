package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What makes a built-in rule is all there: every declared rule class is in the catalogue, and every
 * rule has its texts in Chinese and English, with the same messages and arguments in both.
 */
class CatalogueDeclarationsTest {
  private static final String BUNDLE = "io/github/jixiao/rules/catalog/CatalogueMessages_";

  @Test
  void everyDeclaredRuleClassIsInTheCatalogue() throws IOException, URISyntaxException {
    Path classes = Path.of(BuiltInRules.class.getResource("BuiltInRules.class").toURI()).getParent();
    Set<String> declared;
    try (Stream<Path> files = Files.list(classes)) {
      declared = files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> load(name.substring(0, name.length() - ".class".length())))
          .filter(type -> type.isAnnotationPresent(RuleDeclaration.class))
          .map(Class::getName)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = BuiltInRules.all().stream().map(rule -> rule.getClass().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(declared).as("rule classes with @RuleDeclaration").hasSizeGreaterThan(20);
    assertThat(listed).as("BuiltInRules lists every declared rule").isEqualTo(declared);
    assertThat(new BuiltInRules().rules()).isEqualTo(BuiltInRules.all());
    assertThat(RuleSet.catalogue().rules()).containsExactlyInAnyOrderElementsOf(BuiltInRules.all());
    assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.toString()).isEqualTo(rule.metadata().getId()));
  }

  @Test
  void everyRuleHasItsTextsInBothLanguagesWithTheSameArguments() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    List<String> ids = BuiltInRules.all().stream().map(rule -> rule.metadata().getId()).toList();
    for (String id : ids) {
      assertThat(zh.getProperty(id + ".title")).as(id + ".title in Chinese").isNotBlank();
      assertThat(en.getProperty(id + ".title")).as(id + ".title in English").isNotBlank();
      assertThat(en.getProperty(id + ".description")).as(id + ".description in English").isNotBlank();
      Set<String> zhMessages = messageKeys(zh, id);
      assertThat(zhMessages).as(id + " has a message").isNotEmpty();
      assertThat(messageKeys(en, id)).as(id + ": the same message keys in both languages").isEqualTo(zhMessages);
      for (String key : zhMessages) {
        assertThat(arguments(en.getProperty(key))).as(key + ": the same arguments in both languages")
            .isEqualTo(arguments(zh.getProperty(key)));
      }
    }
    Set<String> known = Set.copyOf(ids);
    for (Properties bundle : List.of(zh, en)) {
      for (String key : bundle.stringPropertyNames()) {
        assertThat(known).as("the texts of " + key + " belong to a rule of the catalogue")
            .contains(key.substring(0, key.indexOf('.')));
      }
    }
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(BuiltInRules.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Rule.class.getClassLoader().getResourceAsStream(BUNDLE + language + ".properties")) {
      assertThat(in).as(BUNDLE + language).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> messageKeys(Properties bundle, String id) {
    return bundle.stringPropertyNames().stream()
        .filter(key -> key.equals(id + ".message") || key.startsWith(id + ".message."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The argument indices a pattern uses, such as {0} and {2}. */
  private static Set<Integer> arguments(String pattern) {
    String normalised = new MessageFormat(pattern).toPattern();
    Set<Integer> used = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(normalised);
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    return used;
  }
}

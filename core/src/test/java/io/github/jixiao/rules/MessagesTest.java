package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final String BASE = "io.github.jixiao.rules.TestMessages";

  @Test
  void formatsBothLanguagesFromUtf8BundlesFoundByAClassLoader() {
    Messages messages = Messages.load(BASE, MessagesTest.class.getClassLoader());
    assertThat(messages.format("short", "5")).isEqualTo(Message.of("年度目标仅 5 个字", "the annual goal has only 5 characters"));
  }

  @Test
  void findsTheSameBundlesThroughTheModuleOfAClass() {
    Messages messages = Messages.load(BASE, MessagesTest.class.getModule());
    assertThat(messages.zh("short")).isEqualTo("年度目标仅 {0} 个字");
    assertThat(messages.en("short")).isEqualTo("the annual goal has only {0} characters");
  }

  @Test
  void keysMissingFromALanguageComeFromTheBaseBundle() {
    Messages messages = Messages.load(BASE, MessagesTest.class.getModule());
    assertThat(messages.zh("zh.only")).isEqualTo("只有中文");
    assertThat(messages.en("zh.only")).isEqualTo("only in Chinese");
    assertThatThrownBy(() -> messages.en("nowhere"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void aMissingBundleFailsWhenLoaded() {
    assertThatThrownBy(() -> Messages.load("io.github.jixiao.rules.NoSuchMessages", MessagesTest.class.getModule()))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("io/github/jixiao/rules/NoSuchMessages_zh.properties");
  }

  @Test
  void theCatalogueLoadsItsBundlesFromItsOwnModule() {
    assertThat(RuleSet.catalogue().rules()).isNotEmpty();
    assertThat(RuleSet.catalogue().rules().get(0).metadata().getTitleZh()).isNotBlank();
  }
}

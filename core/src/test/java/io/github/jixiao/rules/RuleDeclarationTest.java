package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.ModelException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's metadata declared on its class and completed from its pack's messages. */
class RuleDeclarationTest {
  private static final Messages MESSAGES = Messages.load("io.github.jixiao.rules.TestMessages", RuleDeclarationTest.class.getModule());

  @RuleDeclaration(id = "TEST-DECL-1", severity = Severity.INFO, category = RuleCategory.MEASURABILITY, citation = "测试依据")
  static final class Declared implements ItemRule {
    private final RuleMetadata metadata = RuleMetadata.declaredBy(Declared.class, MESSAGES);

    @Override
    public RuleMetadata metadata() {
      return metadata;
    }

    @Override
    public void check(ItemCheck check) {}
  }

  @RuleDeclaration(id = "TEST-DECL-1", severity = Severity.INFO, category = RuleCategory.MEASURABILITY, citation = "测试依据",
      frameworks = IndicatorFramework.V2021)
  static final class Framed extends Undeclared {}

  @RuleDeclaration(id = "TEST-DECL-2", severity = Severity.ERROR, category = RuleCategory.CONFORMITY, citation = "x")
  static final class WithoutDescription implements ItemRule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.declaredBy(WithoutDescription.class, MESSAGES);
    }

    @Override
    public void check(ItemCheck check) {}
  }

  @RuleDeclaration(id = "lower-case", severity = Severity.ERROR, category = RuleCategory.CONFORMITY, citation = "x")
  static final class BadId extends Undeclared {}

  static class Undeclared implements ItemRule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.declaredBy(getClass(), MESSAGES);
    }

    @Override
    public void check(ItemCheck check) {}
  }

  @Test
  void theDeclarationAndTheMessagesMakeTheMetadata() {
    RuleMetadata m = new Declared().metadata();
    assertThat(m).isEqualTo(RuleMetadata.builder()
        .id("TEST-DECL-1")
        .titleZh("声明的规则")
        .titleEn("Declared rule")
        .description("A rule declared with @RuleDeclaration.")
        .defaultSeverity(Severity.INFO)
        .category(RuleCategory.MEASURABILITY)
        .citation("测试依据")
        .build());
    assertThat(m.getFrameworks()).isEqualTo(EnumSet.allOf(IndicatorFramework.class));
    assertThat(new Framed().metadata().getFrameworks()).containsExactly(IndicatorFramework.V2021);
    assertThat(RuleSet.builder().add(new Declared()).build().rules()).extracting(r -> r.metadata().getId())
        .containsExactly("TEST-DECL-1");
  }

  @Test
  void aMissingTextNamesTheRuleAndTheKey() {
    assertThatThrownBy(() -> new WithoutDescription().metadata())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(WithoutDescription.class.getName())
        .hasMessageContaining("TEST-DECL-2.description");
  }

  @Test
  void aClassWithoutDeclarationOrWithABadIdIsRefused() {
    assertThatThrownBy(() -> new Undeclared().metadata())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("has no @RuleDeclaration");
    assertThatThrownBy(() -> new BadId().metadata())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> RuleMetadata.declaredBy(null, MESSAGES)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPackAddedByHandIsAddedLikeADiscoveredOne() {
    RuleProvider pack = new RuleProvider() {
      @Override
      public String id() {
        return "by-hand";
      }

      @Override
      public List<Rule> rules() {
        return List.of(new Declared());
      }
    };
    assertThat(RuleSet.builder().addProvider(pack).build().rules()).hasSize(1);
    assertThatThrownBy(() -> RuleSet.builder().addProvider(pack).addProvider(pack).build())
        .isInstanceOf(DuplicateRuleException.class)
        .hasMessageContaining("rule provider \"by-hand\"");
    RuleProvider broken = new RuleProvider() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public List<Rule> rules() {
        return null;
      }
    };
    assertThatThrownBy(() -> RuleSet.builder().addProvider(broken))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("\"broken\"");
  }
}

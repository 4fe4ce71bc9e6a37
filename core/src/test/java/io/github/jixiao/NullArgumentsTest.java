package io.github.jixiao;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Message;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleMetadata;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.RuleSetException;
import io.github.jixiao.value.TargetValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} argument outside the model is a {@link NullPointerException} naming the
 * parameter; a missing value of a model type stays a {@link MissingValueException}; what a rule
 * pack gives that cannot be used is a {@link RuleSetException}.
 */
class NullArgumentsTest {
  @Test
  void theRuleEngineNamesTheParameter() {
    RuleSet rules = RuleSet.catalogue();
    Disclosure disclosure = Disclosure.builder().build();
    assertThatNullPointerException().isThrownBy(() -> rules.evaluate((Disclosure) null, Policy.defaults())).withMessage("disclosure");
    assertThatNullPointerException().isThrownBy(() -> rules.evaluate(disclosure, null)).withMessage("policy");
    assertThatNullPointerException().isThrownBy(() -> rules.evaluate((BudgetItem) null, Policy.defaults())).withMessage("item");
    assertThatNullPointerException().isThrownBy(() -> RuleSet.builder().add((Rule) null)).withMessage("rules element");
    assertThatNullPointerException().isThrownBy(() -> RuleSet.builder().addAll(null)).withMessage("rules");
    assertThatNullPointerException().isThrownBy(() -> RuleSet.builder().addProviders(null)).withMessage("classLoader");
    assertThatNullPointerException().isThrownBy(() -> Message.of(null, "en")).withMessage("zh");
    assertThatNullPointerException().isThrownBy(() -> Message.of("中文", null)).withMessage("en");
  }

  @Test
  void aRuleWithoutMetadataIsARuleSetFailure() {
    ItemRule noMetadata = new ItemRule() {
      @Override
      public RuleMetadata metadata() {
        return null;
      }

      @Override
      public void check(ItemCheck check) {}
    };
    assertThatThrownBy(() -> RuleSet.builder().add(noMetadata))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("has no metadata")
        .hasMessageContaining("the caller");
  }

  @Test
  void theFormatSpiNamesTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> FormatRegistry.builder().register((FormatProvider) null)).withMessage("formats element");
    assertThatNullPointerException().isThrownBy(() -> FormatRegistry.builder().discover(null)).withMessage("classLoader");
    assertThatNullPointerException().isThrownBy(() -> ReadResult.of(null, List.of())).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> ReadResult.of("x", null)).withMessage("warnings");
  }

  @Test
  void theModelKeepsMissingValueException() {
    assertThatThrownBy(() -> BudgetItem.builder().name(null))
        .isInstanceOf(MissingValueException.class)
        .isInstanceOf(JixiaoException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> TargetValue.parse(null)).isInstanceOf(MissingValueException.class).hasMessageContaining("raw");
    assertThatThrownBy(() -> Policy.builder().fallbackFramework(null)).isInstanceOf(MissingValueException.class);
  }
}

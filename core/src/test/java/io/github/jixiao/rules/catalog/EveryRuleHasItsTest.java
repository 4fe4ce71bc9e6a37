package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Rule;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in rule has a test class of its own, {@code <RuleClass>Test}, in this package. */
class EveryRuleHasItsTest {

  @Test
  void everyBuiltInRuleHasATestClassWithTests() {
    assertThat(BuiltInRules.all()).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (Rule rule : BuiltInRules.all()) {
      String name = getClass().getPackageName() + "." + rule.getClass().getSimpleName() + "Test";
      try {
        Class<?> test = Class.forName(name);
        // A class without a single @Test would pass the name check and test nothing.
        boolean hasTests =
            Arrays.stream(test.getDeclaredMethods()).anyMatch(EveryRuleHasItsTest::isTest);
        if (!hasTests) {
          missing.add(name + " (no @Test method)");
        }
      } catch (ClassNotFoundException e) {
        missing.add(name + " (" + rule.metadata().getId() + ")");
      }
    }
    assertThat(missing).as("rules without a test class").isEmpty();
  }

  private static boolean isTest(Method m) {
    return m.isAnnotationPresent(Test.class);
  }
}

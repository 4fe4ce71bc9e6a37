package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.framework.IndicatorFramework;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A policy file read against a rule set at its edges: how far a misspelt name may be and still be
 * suggested, which keys are listed as known, the zero tolerance, the keys that only look like
 * policy keys, and the lines of keys written in the odd corners of the properties syntax.
 */
class PolicyReaderEdgesTest {
  private static final RuleSet CZT = CztPack.withCatalogue();

  private static Policy parse(String text, RuleSet rules) {
    try {
      return Policy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rules);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static PolicyException refused(String text, RuleSet rules) {
    return catchThrowableOfType(PolicyException.class, () -> parse(text, rules));
  }

  @Test
  void aNameThreeEditsAwayIsSuggestedAndFourAreNot() {
    // czt.goal.limit less its last three letters, then four
    assertThat(refused("czt.goal.li = 1", CZT)).hasMessageContaining("did you mean \"czt.goal.limit\"");
    assertThat(refused("czt.goal.l = 1", CZT)).hasMessageNotContaining("did you mean");
    // case does not count: CZT.GOAL.LIMIT is 0 edits from the key
    assertThat(refused("CZT.GOAL.LIMIT = 1", CZT)).hasMessageContaining("did you mean \"czt.goal.limit\"");
    assertThat(refused("rules.disabled = JX-GOAL-0", CZT)).hasMessageContaining("did you mean \"JX-GOAL-001\"");
    assertThat(refused("rules.disabled = JX-GO", CZT)).hasMessageNotContaining("did you mean");
  }

  @Test
  void ofNamesEquallyNearTheFirstInNameOrderIsSuggested() {
    // "famework" is one edit from "framework", listed first, and from the pack's "fa.mework"
    RuleSet rules = RuleSet.builder().addProvider(pack("fa", List.of("fa.mework"))).build();
    assertThat(refused("famework = 1", rules)).hasMessageContaining("did you mean \"fa.mework\"");
    // a policy name a rule set without the catalogue lists after the pack's
    assertThat(refused("satisfaction.minimu = 1", rules)).hasMessageContaining("did you mean \"satisfaction.minimum\"");
  }

  @Test
  void anUnknownKeyListsTheKeysThePolicyKnows() {
    assertThat(refused("nonsense.key = 1", CZT)).hasMessage("line 1: unknown policy key \"nonsense.key\"; known keys: framework, "
        + "framework.fallback, rules.disabled, czt.amount, czt.goal.limit, czt.region, czt.satisfaction.minimum, czt.strict, "
        + "funding.tolerance, satisfaction.minimum, weights.total, severity.<rule id>");
    RuleSet packOnly = RuleSet.builder().addProvider(pack("czt", List.of("czt.a1"))).build();
    assertThat(refused("nonsense.key = 1", packOnly)).hasMessageEndingWith("known keys: framework, framework.fallback, "
        + "rules.disabled, czt.a1, satisfaction.minimum, funding.tolerance, severity.<rule id>");
    assertThat(refused("severity. = INFO", CZT)).hasMessageContaining("unknown policy key \"severity.\"");
  }

  @Test
  void aToleranceOfZeroIsAllowedAndBelowIsRefused() {
    assertThat(parse("funding.tolerance = 0", CZT).getFundingTolerance()).isEqualByComparingTo("0");
    PolicyException e = refused("\nfunding.tolerance = -0.01", CZT);
    assertThat(e).hasMessage("line 2: funding.tolerance: must not be negative, was -0.01");
    assertThat(e.getKey()).contains("funding.tolerance");
    assertThat(e.getLine()).hasValue(2);
    assertThatThrownBy(() -> Policy.builder().fundingTolerance(new BigDecimal("-0.01")).build())
        .isInstanceOf(PolicyException.class).hasMessageContaining("funding.tolerance: must not be negative");
  }

  @Test
  void theSatisfactionMinimumRunsFrom0To100() {
    assertThat(parse("satisfaction.minimum = 0", CZT).getSatisfactionMinimum()).isEqualByComparingTo("0");
    assertThat(parse("satisfaction.minimum = 100", CZT).getSatisfactionMinimum()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Policy.builder().satisfactionMinimum(new BigDecimal("100.1")).build())
        .hasMessage("satisfaction.minimum: must be between 0 and 100, was 100.1");
    assertThatThrownBy(() -> Policy.builder().satisfactionMinimum(new BigDecimal("-1")).build())
        .hasMessage("satisfaction.minimum: must be between 0 and 100, was -1");
  }

  @Test
  void entriesFromNoFileAreReportedWithoutALine() {
    Properties properties = new Properties();
    properties.setProperty("czt.goal.limit", "ten");
    PolicyException e = catchThrowableOfType(PolicyException.class, () -> Policy.fromProperties(properties, CZT));
    assertThat(e).hasMessage("czt.goal.limit: \"ten\" is not an integer");
    assertThat(e.getLine()).isEmpty();
    assertThat(e.getKey()).contains("czt.goal.limit");
    // of two bad keys from no file, the first in name order is reported
    properties.setProperty("czt.amount", "x");
    assertThat(catchThrowableOfType(PolicyException.class, () -> Policy.fromProperties(properties, CZT)))
        .hasMessageStartingWith("czt.amount:");
  }

  @Test
  void theFirstBadLineOfTheFileIsReportedWhateverTheKeysOrder() {
    assertThat(refused("czt.strict = maybe\nczt.amount = x\n", CZT)).hasMessageStartingWith("line 1: czt.strict:");
    assertThat(refused("czt.amount = x\nczt.strict = maybe\n", CZT)).hasMessageStartingWith("line 1: czt.amount:");
  }

  @Test
  void frameworksSeveritiesAndDisabledListsAreReadInAnyCase() {
    Policy p = parse("framework = PRE-2021\nframework.fallback = pre-2021\nseverity.JX-GOAL-001 = info\n"
        + "rules.disabled = ,JX-GOAL-003,, JX-TGT-006 ,\n", CZT);
    assertThat(p.getFramework()).contains(IndicatorFramework.PRE_2021);
    assertThat(p.getFallbackFramework()).isEqualTo(IndicatorFramework.PRE_2021);
    assertThat(p.getSeverityOverrides()).isEqualTo(Map.of("JX-GOAL-001", Severity.INFO));
    assertThat(p.getDisabledRules()).containsExactlyInAnyOrder("JX-GOAL-003", "JX-TGT-006");
    assertThat(parse("framework = Auto", CZT).getFramework()).isEmpty();
    assertThat(refused("framework = 2020", CZT)).hasMessage("line 1: framework: \"2020\" is not a framework (auto, pre-2021 or 2021)");
    assertThat(refused("severity.JX-GOAL-001 = fatal", CZT))
        .hasMessage("line 1: severity.JX-GOAL-001: \"fatal\" is not a severity (ERROR, WARNING or INFO)");
  }

  @Test
  void anUnknownRuleIdSaysHowManyRulesTheSetHas() {
    assertThat(refused("rules.disabled = NO-SUCH-RULE", CZT)).hasMessage("line 1: rules.disabled: unknown rule id \"NO-SUCH-RULE\"; "
        + "the rule set has " + CZT.ids().size() + " rules (jixiao rules lists them)");
  }

  @Test
  void linesOfKeysInTheCornersOfThePropertiesSyntax() {
    // form feed and tab before a key, a comment after leading blanks, an even run of backslashes
    // (no continuation), a continuation at the end of the text
    assertThat(PolicyReader.lines("\f\ta = 1\n  # c\n  ! d\nb = x\\\\\nc = 2\\")).isEqualTo(Map.of("a", 1, "b", 4, "c", 5));
    assertThat(PolicyReader.lines("a = 1\\\n  \\\n b = 2\nc=3")).isEqualTo(Map.of("a", 1, "c", 4));
    assertThat(PolicyReader.lines("")).isEmpty();
  }

  @Test
  void namesOf200CharactersAreStillCompared() {
    String key = "czt." + "a".repeat(196);
    RuleSet rules = RuleSet.builder().addProvider(pack("czt", List.of(key))).build();
    assertThat(refused("czt." + "a".repeat(195) + "b = 1", rules)).hasMessageContaining("did you mean \"" + key + "\"");
  }

  @Test
  void theDistanceIsToTheWholeNameNotToAPartOfIt() {
    // "goal.limit" is all of czt.goal.limit's end but four edits from the whole
    assertThat(refused("goal.limit = 1", CZT)).hasMessageNotContaining("did you mean");
    // "x" is four edits from "a.bc", and nothing nearer: a short name is not near everything
    RuleSet rules = RuleSet.builder().addProvider(pack("a", List.of("a.bc"))).build();
    assertThat(refused("x = 1", rules)).hasMessageNotContaining("did you mean");
    assertThat(refused("a.b = 1", rules)).hasMessageContaining("did you mean \"a.bc\"");
  }

  @Test
  void aLineOfOneBackslashGoesOnToTheNext() {
    assertThat(PolicyReader.lines("a = 1\\\n\\\nb = 2\nc=3")).isEqualTo(Map.of("a", 1, "c", 4));
  }

  @Test
  void theRuleIdsOfASetBuiltNowAreKnown() {
    // built in the test, not in a static field, so that the set is built by the code under test
    RuleSet rules = RuleSet.builder().addProvider(new CztPack()).build();
    assertThat(rules.ids()).containsExactly(CztPack.RULE_ID);
    assertThat(parse("rules.disabled = " + CztPack.RULE_ID, rules).getDisabledRules()).containsExactly(CztPack.RULE_ID);
  }

  @Test
  void aFileThatCannotBeReadSaysWhyInWords() throws IOException {
    Path dir = Files.createTempDirectory("policy");
    try {
      Path missing = dir.resolve("missing.properties");
      assertThatThrownBy(() -> Policy.load(missing, CZT)).isInstanceOf(PolicyException.class)
          .hasMessage("cannot read policy file " + missing + ": no such file");
      Path file = Files.writeString(dir.resolve("a.properties"), "czt.goal.limit = 3\n");
      assertThat(Policy.load(file, CZT).setting(CztPack.LIMIT)).isEqualTo(3);
      Path underAFile = file.resolve("b.properties");
      assertThatThrownBy(() -> Policy.load(underAFile, CZT)).isInstanceOf(PolicyException.class)
          .hasMessage("cannot read policy file " + underAFile + ": Not a directory");
      assertThatThrownBy(() -> Policy.load(dir, CZT)).hasMessage("cannot read policy file " + dir + ": it is a folder, not a file");
      Files.delete(file);
    } finally {
      Files.delete(dir);
    }
  }

  @Test
  void aNegativeLineIsNoLine() {
    assertThat(new PolicyException("m", "k", -3, null).getLine()).isEmpty();
    assertThat(new PolicyException("m", "k", 1, null).getLine()).hasValue(1);
    assertThat(new PolicyException("m").getKey()).isEmpty();
  }

  private static RuleProvider pack(String id, List<String> keys) {
    return new RuleProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Rule> rules() {
        return List.of();
      }

      @Override
      public List<Setting<?>> settings() {
        return keys.stream().<Setting<?>>map(k -> Setting.integer(k, 1, "甲", "a")).toList();
      }
    };
  }
}

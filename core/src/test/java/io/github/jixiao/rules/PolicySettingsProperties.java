package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Settings read from policy files, and unknown keys and rule ids refused at their line, for any values. */
class PolicySettingsProperties {
  private static final RuleSet RULES = CztPack.withCatalogue();

  private static Policy parse(String text) throws IOException {
    return Policy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), RULES);
  }

  @Property
  void anIntegerSettingIsThePolicysValueOrItsDefault(@ForAll int value, @ForAll boolean given) throws IOException {
    Policy p = parse(given ? "czt.goal.limit = " + value + "\n" : "framework = auto\n");
    assertThat(p.setting(CztPack.LIMIT)).isEqualTo(given ? value : CztPack.LIMIT.defaultValue());
  }

  @Property
  void aPercentageSettingKeepsItsWrittenScale(
      @ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal value, @ForAll boolean percentSign) throws IOException {
    Policy p = parse("czt.satisfaction.minimum = " + value.toPlainString() + (percentSign ? "%" : ""));
    assertThat(p.setting(CztPack.MINIMUM)).isEqualTo(value);
  }

  @Property
  void aPercentageAbove100IsRefusedAtItsLine(
      @ForAll @BigRange(min = "100.001", max = "100000") @Scale(3) BigDecimal value, @ForAll @IntRange(max = 5) int blankLines) {
    PolicyException e = refused("\n".repeat(blankLines) + "czt.satisfaction.minimum = " + value.toPlainString());
    assertThat(e.getLine()).hasValue(blankLines + 1);
    assertThat(e.getKey()).contains("czt.satisfaction.minimum");
  }

  @Property
  void anyUnknownKeyIsRefusedNamingItAndItsLine(@ForAll("unknownKeys") String key, @ForAll @IntRange(max = 5) int commentLines) {
    PolicyException e = refused("# 注释\n".repeat(commentLines) + "czt.goal.limit = 3\n" + key + " = 1\n");
    assertThat(e.getLine()).hasValue(commentLines + 2);
    assertThat(e.getKey()).contains(key);
    assertThat(e).hasMessageContaining("\"" + key + "\"");
  }

  @Property
  void nearMissRuleIdsAreRefusedAndTheRealOnesDisableTheirRule(@ForAll("nearMisses") List<String> idAndMiss, @ForAll boolean asSeverity)
      throws IOException {
    String id = idAndMiss.get(0);
    String miss = idAndMiss.get(1);
    String line = asSeverity ? "severity." + miss + " = INFO" : "rules.disabled = " + miss;
    PolicyException e = refused("framework = auto\n" + line + "\n");
    assertThat(e.getLine()).hasValue(2);
    assertThat(e).hasMessageContaining("\"" + miss + "\"");
    Policy p = parse("framework = auto\nrules.disabled = " + id + "\n");
    assertThat(p.isEnabled(id)).isFalse();
    assertThat(RULES.evaluate(TestRules.cleanItem("甲项目"), p).getFindings()).extracting(Finding::getRuleId).doesNotContain(id);
  }

  @Provide
  Arbitrary<String> unknownKeys() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '0').ofMinLength(1).ofMaxLength(8)
        .filter(w -> Character.isLetter(w.charAt(0)));
    return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(".", words))
        .filter(k -> RULES.setting(k).isEmpty() && !k.equals("framework") && !k.equals("framework.fallback")
            && !k.equals("rules.disabled") && !k.startsWith("severity."));
  }

  /** A rule id of the set, and a string one edit away from it that is no rule id. */
  @Provide
  Arbitrary<List<String>> nearMisses() {
    List<String> ids = new ArrayList<>(RULES.ids());
    Arbitrary<String> id = Arbitraries.of(ids);
    Arbitrary<Character> c = Arbitraries.of('0', '1', '3', 'A', 'O', '-', 'X');
    return Combinators.combine(id, Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 2), c)
        .as((real, at, edit, ch) -> {
          int i = at % (real.length() + (edit == 0 ? 1 : 0));
          String miss;
          if (edit == 0) {
            miss = real.substring(0, i) + ch + real.substring(i);          // inserted
          } else if (edit == 1) {
            miss = real.substring(0, i) + real.substring(i + 1);           // deleted
          } else {
            miss = real.substring(0, i) + ch + real.substring(i + 1);      // replaced
          }
          return List.of(real, miss);
        })
        .filter(pair -> !RULES.ids().contains(pair.get(1)) && !pair.get(1).isBlank()
            && pair.get(1).equals(pair.get(1).strip()) && !pair.get(1).contains(",") && !pair.get(1).startsWith("-"));
  }

  private static PolicyException refused(String text) {
    PolicyException e = catchThrowableOfType(() -> parse(text), PolicyException.class);
    assertThat(e).as("refused: %s", text).isNotNull();
    return e;
  }
}

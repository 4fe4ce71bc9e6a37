package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule packs' settings in policies: declared, read typed, checked with the line of the file. */
class PolicySettingsTest {
  private static final RuleSet RULES = CztPack.withCatalogue();

  private static Policy parse(String text, RuleSet rules) throws IOException {
    return Policy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rules);
  }

  private static String reported(Policy policy) {
    Report report = RULES.evaluate(TestRules.cleanItem("甲项目"), policy);
    return report.getFindings().stream().filter(f -> f.getRuleId().equals(CztPack.RULE_ID)).findFirst().orElseThrow().getMessageEn();
  }

  @Test
  void aRuleReadsTheDefaultsWhenThePolicySaysNothing() {
    assertThat(reported(Policy.defaults())).isEqualTo("90|8|false|1.50|安徽");
  }

  @Test
  void aRuleReadsWhatThePolicyFileSays() throws IOException {
    Policy p = parse("czt.satisfaction.minimum = 95%\nczt.goal.limit = 12\nczt.strict = TRUE\nczt.amount = 2.000\nczt.region = 淮北\n", RULES);
    assertThat(reported(p)).isEqualTo("95|12|true|2.000|淮北");
    assertThat(p.setting(CztPack.LIMIT)).isEqualTo(12);
  }

  @Test
  void theCataloguesThresholdsAreSettingsToo() throws IOException {
    Policy p = parse("satisfaction.minimum = 85\nfunding.tolerance = 0.5\n", RULES);
    assertThat(p.setting(Policy.SATISFACTION_MINIMUM)).isEqualByComparingTo("85").isEqualTo(p.getSatisfactionMinimum());
    assertThat(p.setting(Policy.FUNDING_TOLERANCE)).isEqualByComparingTo("0.5").isEqualTo(p.getFundingTolerance());
    Policy built = Policy.builder().setting(Policy.SATISFACTION_MINIMUM, new BigDecimal("70")).build();
    assertThat(built.getSatisfactionMinimum()).isEqualByComparingTo("70");
    assertThat(RuleSet.catalogue().settings()).containsExactly(
        Policy.FUNDING_TOLERANCE, Policy.SATISFACTION_MINIMUM, io.github.jixiao.rules.catalog.BuiltInRules.WEIGHT_TOTAL);
    assertThat(RULES.settings()).extracting(Setting::key).containsExactly(
        "czt.amount", "czt.goal.limit", "czt.region", "czt.satisfaction.minimum", "czt.strict", "funding.tolerance",
        "satisfaction.minimum", "weights.total");
  }

  @Test
  void aSettingSetInCodeIsCheckedAndRead() {
    Policy p = Policy.builder().setting(CztPack.LIMIT, 3).setting(CztPack.MINIMUM, new BigDecimal("99.5")).build();
    assertThat(reported(p)).isEqualTo("99.5|3|false|1.50|安徽");
    assertThatThrownBy(() -> Policy.builder().setting(CztPack.MINIMUM, new BigDecimal("100.5")))
        .isInstanceOf(PolicyException.class).hasMessageContaining("czt.satisfaction.minimum");
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLineAndTheNearestKnownKey() {
    PolicyException e = catchPolicy("# 审核策略\nframework = auto\n\nczt.satisfaction.minimun = 90\n", RULES);
    assertThat(e.getLine()).hasValue(4);
    assertThat(e.getKey()).contains("czt.satisfaction.minimun");
    assertThat(e).hasMessageContaining("line 4").hasMessageContaining("\"czt.satisfaction.minimun\"")
        .hasMessageContaining("did you mean \"czt.satisfaction.minimum\"");
  }

  @Test
  void aPacksKeyIsUnknownToAPolicyForARuleSetWithoutThePack() throws IOException {
    assertThat(parse("czt.satisfaction.minimum = 90", RULES).setting(CztPack.MINIMUM)).isEqualByComparingTo("90");
    PolicyException e = catchPolicy("czt.satisfaction.minimum = 90", RuleSet.catalogue());
    assertThat(e).hasMessageContaining("unknown policy key \"czt.satisfaction.minimum\"");
    assertThat(e.getLine()).hasValue(1);
    Properties properties = new Properties();
    properties.setProperty("czt.satisfaction.minimum", "90");
    assertThatThrownBy(() -> Policy.fromProperties(properties)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("czt.satisfaction.minimum");
    assertThat(Policy.fromProperties(properties, RULES).setting(CztPack.MINIMUM)).isEqualByComparingTo("90");
  }

  @Test
  void anUnknownRuleIdIsRefusedWithItsLine() {
    PolicyException disabled = catchPolicy("framework = auto\nrules.disabled = JX-GOAL-001, JX-GOAL-03\n", RULES);
    assertThat(disabled.getLine()).hasValue(2);
    assertThat(disabled.getKey()).contains("rules.disabled");
    assertThat(disabled).hasMessageContaining("line 2").hasMessageContaining("\"JX-GOAL-03\"")
        .hasMessageContaining("did you mean \"JX-GOAL-003\"");
    PolicyException severity = catchPolicy("\n\nseverity.JX-GOAL-0001 = INFO\n", RULES);
    assertThat(severity.getLine()).hasValue(3);
    assertThat(severity).hasMessageContaining("JX-GOAL-0001");
    assertThat(catchPolicy("rules.disabled = " + CztPack.RULE_ID, RuleSet.catalogue())).hasMessageContaining(CztPack.RULE_ID);
  }

  @Test
  void aKnownIdDisablesTheRule() throws IOException {
    Policy p = parse("rules.disabled = " + CztPack.RULE_ID + "，JX-GOAL-003\nseverity.JX-GOAL-001 = INFO", RULES);
    assertThat(p.getDisabledRules()).containsExactlyInAnyOrder(CztPack.RULE_ID, "JX-GOAL-003");
    assertThat(RULES.evaluate(TestRules.cleanItem("甲项目"), p).getFindings()).extracting(Finding::getRuleId).doesNotContain(CztPack.RULE_ID);
    assertThat(RULES.evaluate(TestRules.cleanItem("甲项目"), Policy.defaults()).getFindings()).extracting(Finding::getRuleId).contains(CztPack.RULE_ID);
  }

  @Test
  void aBadValueOfAPacksSettingNamesKeyAndLine() {
    assertThat(catchPolicy("czt.goal.limit = 12\nczt.satisfaction.minimum = 120", RULES))
        .hasMessageContaining("line 2").hasMessageContaining("czt.satisfaction.minimum").hasMessageContaining("120");
    assertThat(catchPolicy("czt.goal.limit = twelve", RULES)).hasMessageContaining("czt.goal.limit").hasMessageContaining("integer");
    assertThat(catchPolicy("czt.strict = yes", RULES)).hasMessageContaining("czt.strict").hasMessageContaining("boolean");
    assertThat(catchPolicy("czt.amount = 1,5", RULES)).hasMessageContaining("czt.amount").hasMessageContaining("not a number");
    assertThat(catchPolicy("satisfaction.minimum = 120", RULES)).hasMessageContaining("satisfaction.minimum");
  }

  @Test
  void linesCountCommentsBlankLinesAndContinuations() {
    String text = "! comment\n# 注释 \\\nrules.disabled = JX-GOAL-001, \\\n    JX-TGT-006 \\\n  , JX-GOAL-01\r\n";
    PolicyException e = catchPolicy(text, RULES);
    assertThat(e.getLine()).hasValue(3);
    assertThat(e).hasMessageContaining("JX-GOAL-01");
    assertThat(PolicyReader.lines("a = 1\r\n\r\n  b : 2\rc=3\\\\\nd=4\na = 5")).containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of("a", 6, "b", 3, "c", 4, "d", 5));
  }

  @Test
  void aFilesErrorNamesTheFileAndKeepsTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("czt.properties");
    Files.writeString(file, "czt.goal.limit = 10\nczt.goal.limt = 10\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Policy.load(file, RULES)).isInstanceOf(PolicyException.class)
        .hasMessageStartingWith(file + ": line 2: ")
        .satisfies(t -> assertThat(((PolicyException) t).getLine()).hasValue(2));
    Files.writeString(file, "czt.goal.limit = 10\n", StandardCharsets.UTF_8);
    assertThat(Policy.load(file, RULES).setting(CztPack.LIMIT)).isEqualTo(10);
  }

  @Test
  void aPacksSettingsMustBeInItsNamespaceAndNotClash() {
    assertThatThrownBy(() -> RuleSet.builder().addProvider(pack("czt", Setting.integer("other.limit", 1, "甲", "a"))))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("other.limit").hasMessageContaining("\"czt.\"");
    assertThatThrownBy(() -> RuleSet.builder().addProvider(pack("severity", Setting.integer("severity.JX-GOAL-001", 1, "甲", "a"))))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("policy itself");
    assertThatThrownBy(() -> RuleSet.builder().addProvider(pack("funding", Setting.integer("funding.tolerance", 1, "甲", "a"))))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("policy itself");
    assertThatThrownBy(() -> RuleSet.builder().addProvider(new CztPack()).addProvider(pack("czt", Setting.integer("czt.goal.limit", 9, "甲", "a"))))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("declared twice");
    assertThatThrownBy(() -> RuleSet.builder().addProvider(pack("czt", (Setting<?>) null)))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("null setting");
    assertThatThrownBy(() -> Setting.integer("nodot", 1, "甲", "a")).isInstanceOf(RuleSetException.class).hasMessageContaining("nodot");
    assertThatThrownBy(() -> Setting.percentage("czt.p", new BigDecimal("101"), "甲", "a")).isInstanceOf(RuleSetException.class);
  }

  @Test
  void settingsAndPoliciesWithThemSurviveSerialization() throws Exception {
    Policy p = Policy.builder().setting(CztPack.MINIMUM, new BigDecimal("92.5")).setting(CztPack.STRICT, true).build();
    Policy copy = (Policy) roundTrip(p);
    assertThat(copy).isEqualTo(p);
    assertThat(copy.setting(CztPack.MINIMUM)).isEqualByComparingTo("92.5");
    Setting<?> setting = (Setting<?>) roundTrip(CztPack.REGION);
    assertThat(setting).isEqualTo(CztPack.REGION).hasToString("czt.region (string, default 安徽)");
    assertThat(setting.description("zh")).isEqualTo("地区");
    assertThat(setting.description("en")).isEqualTo("region");
  }

  @Test
  void aValueOfAnotherTypeUnderTheKeyIsRefused() {
    Policy p = Policy.builder().setting(CztPack.LIMIT, 3).build();
    Setting<String> sameKey = Setting.string("czt.goal.limit", "x", "甲", "a");
    assertThatThrownBy(() -> p.setting(sameKey)).isInstanceOf(PolicyException.class).hasMessageContaining("czt.goal.limit");
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static RuleProvider pack(String id, Setting<?>... settings) {
    List<Setting<?>> list = java.util.Arrays.asList(settings);
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
        return list;
      }
    };
  }

  private static PolicyException catchPolicy(String text, RuleSet rules) {
    try {
      parse(text, rules);
    } catch (PolicyException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no PolicyException for " + text);
  }
}

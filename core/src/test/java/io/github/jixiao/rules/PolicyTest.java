package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.framework.IndicatorFramework;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy defaults and .properties loading. */
class PolicyTest {

  private static Policy parse(String text) throws IOException {
    return Policy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void defaultsAreDocumented() {
    Policy p = Policy.defaults();
    assertThat(p.getFramework()).isEmpty();
    assertThat(p.getFallbackFramework()).isEqualTo(IndicatorFramework.V2021);
    assertThat(p.getSatisfactionMinimum()).isEqualByComparingTo("80");
    assertThat(p.getFundingTolerance()).isEqualByComparingTo("0.01");
    assertThat(p.getDisabledRules()).isEmpty();
    assertThat(p.getSeverityOverrides()).isEmpty();
  }

  @Test
  void loadsEveryKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.properties");
    Files.writeString(
        file,
        "# 审核策略\nframework = pre-2021\nframework.fallback = 2021\nsatisfaction.minimum = 90\n"
            + "funding.tolerance = 0\nrules.disabled = JX-GOAL-003，JX-TGT-006\nseverity.JX-GOAL-001 = info\n",
        StandardCharsets.UTF_8);
    Policy p = Policy.load(file);
    assertThat(p.getFramework()).contains(IndicatorFramework.PRE_2021);
    assertThat(p.getSatisfactionMinimum()).isEqualByComparingTo("90");
    assertThat(p.getFundingTolerance()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(p.getDisabledRules()).containsExactlyInAnyOrder("JX-GOAL-003", "JX-TGT-006");
    assertThat(p.getSeverityOverrides()).containsEntry("JX-GOAL-001", Severity.INFO);
    assertThat(parse("framework = auto").getFramework()).isEmpty();
  }

  @Test
  void badEntriesNameTheKey(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> parse("satisfaction.minimun = 90")).isInstanceOf(PolicyException.class).hasMessageContaining("satisfaction.minimun");
    assertThatThrownBy(() -> parse("satisfaction.minimum = ninety")).isInstanceOf(PolicyException.class).hasMessageContaining("satisfaction.minimum");
    assertThatThrownBy(() -> parse("satisfaction.minimum = 120")).isInstanceOf(PolicyException.class).hasMessageContaining("satisfaction.minimum");
    assertThatThrownBy(() -> parse("funding.tolerance = -1")).isInstanceOf(PolicyException.class).hasMessageContaining("funding.tolerance");
    assertThatThrownBy(() -> parse("framework = 2015")).isInstanceOf(PolicyException.class).hasMessageContaining("framework");
    assertThatThrownBy(() -> parse("severity.JX-GOAL-001 = fatal")).isInstanceOf(PolicyException.class).hasMessageContaining("severity.JX-GOAL-001");
    assertThatThrownBy(() -> parse("funding.tolerance = " + "9".repeat(100_000))).isInstanceOf(PolicyException.class);
    Path missing = dir.resolve("missing.properties");
    assertThatThrownBy(() -> Policy.load(missing)).isInstanceOf(PolicyException.class).hasMessageContaining("missing.properties");
  }

  @Test
  void theFrameworkSettingChangesWhatIsChecked() {
    Report detected = RuleSet.catalogue().evaluate(TestRules.cleanItem("甲项目"), Policy.defaults());
    Report forced2021 = RuleSet.catalogue().evaluate(TestRules.cleanItem("甲项目"), Policy.builder().framework(IndicatorFramework.V2021).build());
    assertThat(detected.getFindings()).isEmpty();
    assertThat(forced2021.getFindings()).extracting(Finding::getRuleId).contains("JX-COV-001", "JX-CAT-002");
  }

  /** The reason a file cannot be read is said in words, not as the bare path again. */
  @Test
  void aFileThatCannotBeReadIsRefusedWithTheReason(@TempDir Path dir) {
    Path missing = dir.resolve("missing.properties");
    assertThatThrownBy(() -> Policy.load(missing))
        .isInstanceOf(PolicyException.class)
        .hasMessage("cannot read policy file " + missing + ": no such file");
    assertThatThrownBy(() -> Policy.load(dir))
        .isInstanceOf(PolicyException.class)
        .hasMessage("cannot read policy file " + dir + ": it is a folder, not a file");
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.BENEFIT_ROW;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.row;
import static io.github.jixiao.rules.catalog.Sheets.withMediumTermRows;
import static io.github.jixiao.rules.catalog.Sheets.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-TGT-001: every target reads as a quantity, a range, a statement, yes/no, 不适用 or 暂不确定;
 * an empty cell gets a message of its own.
 */
class TargetsParseTest {
  private final TargetsParse rule = new TargetsParse();

  @Test
  void firesOnAnOperatorWithoutANumberAtItsRow() {
    // "≥" promises a number that is not there: neither a quantity nor a statement.
    Finding f = onlyFinding(check(rule, withTarget(clean(), BENEFIT_ROW, "≥高")));
    assertFinding(f, "JX-TGT-001", Severity.ERROR);
    assertLocation(f, Section.ANNUAL_INDICATORS, BENEFIT_ROW, "annualIndicators[效益指标/社会效益指标/督促整改]");
    assertThat(f.getMessageEn())
        .isEqualTo("the target of \"督促整改\", \"≥高\", cannot be read as a quantity, a statement or 不适用");
    assertThat(f.getMessageZh()).isEqualTo("“督促整改”的指标值“≥高”无法识别为定量、定性或不适用");
    assertThat(f.getValue()).contains("≥高");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u3000"})
  void firesOnAnEmptyTargetWithTheEmptyMessage(String blank) {
    Finding f = onlyFinding(check(rule, withTarget(clean(), BENEFIT_ROW, blank)));
    assertFinding(f, "JX-TGT-001", Severity.ERROR);
    assertThat(f.getMessageEn()).isEqualTo("\"督促整改\" has no target value");
    assertThat(f.getMessageZh()).isEqualTo("“督促整改”未填写指标值");
  }

  @ParameterizedTest
  @ValueSource(strings = {"成效明显", "是", "不适用", "暂不确定", "≥60次", "90%-95%", "≤131万元"})
  void staysQuietOnEveryReadableKind(String target) {
    assertThat(check(rule, withTarget(clean(), BENEFIT_ROW, target))).isEmpty();
  }

  @Test
  void checksTheMediumTermTable() {
    Finding f = onlyFinding(check(rule, withMediumTermRows(clean(), row("效益指标", "社会效益指标", "督促整改", "≥"))));
    assertLocation(f, Section.MEDIUM_TERM_INDICATORS, 0, "mediumTermIndicators[效益指标/社会效益指标/督促整改]");
  }
}

package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every finding the catalogue gives on the seed document, pinned: rule, severity, sheet, path. */
class SeedFindingsTest {
  private final Report report = RuleSet.catalogue().evaluate(SampleDocuments.huaiyuan2024(), Policy.defaults());

  private static String describe(Finding f) {
    return f.getSeverity() + " " + f.getRuleId() + " " + f.getLocation().getPath() + (f.getValue().map(v -> " = " + v).orElse(""));
  }

  @Test
  void pinsEveryFinding() {
    assertThat(report.getFindings().stream().map(SeedFindingsTest::describe).collect(Collectors.toList()))
        .containsExactly(
            "WARNING JX-GOAL-001 items[0].mediumTermGoals = 3年",
            "WARNING JX-GOAL-001 items[1].mediumTermGoals = 10年",
            "WARNING JX-GOAL-001 items[3].mediumTermGoals = 3年",
            "INFO JX-GOAL-003 items[4].annualGoals = 24",
            "WARNING JX-GOAL-001 items[4].mediumTermGoals = 5年",
            "WARNING JX-TGT-004 items[5].annualIndicators[产出指标/时效指标/资金在规定时间内下达率] = ≥100%",
            "ERROR JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本] = 105.2万元",
            "WARNING JX-GOAL-001 items[6].mediumTermGoals = 2年",
            "WARNING JX-TGT-004 items[6].annualIndicators[产出指标/质量指标/确保行政办公中心良好的办公环境] = ≥100%",
            "WARNING JX-TGT-004 items[6].annualIndicators[产出指标/时效指标/资金在规定时间内下达率] = ≥100%",
            "INFO JX-GOAL-003 items[7].annualGoals = 17600",
            "INFO JX-GOAL-003 items[7].annualGoals = 20",
            "WARNING JX-TGT-004 items[8].annualIndicators[产出指标/质量指标/热线平台、系统运营质量合格率] = ≥100%",
            "WARNING JX-GOAL-001 items[9].mediumTermGoals = 5年",
            "WARNING JX-TGT-004 items[9].annualIndicators[产出指标/质量指标/常务会议室和视频会议室的智能化设备运行质量合格率] = ≥100%");
    assertThat(report.countsBySeverity())
        .containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 11)
        .containsEntry(Severity.INFO, 3);
  }

  @Test
  void theCostAboveTheBudgetIsAnErrorWithItsNumbers() {
    Finding cost = report.getFindings().stream().filter(f -> f.getRuleId().equals("JX-COST-001")).findFirst().orElseThrow();
    assertThat(cost.getLocation().getItemName()).contains("信息化建设项目");
    assertThat(cost.getMessageZh()).contains("105.2万元").contains("100.00");
    assertThat(cost.getExpected()).contains("≤100.00万元");
  }

  @Test
  void rendersAsTheReadmeShows() {
    assertThat(report.toText("zh"))
        .contains("信息化建设项目 (items[5])\n")
        .contains("  错误  JX-COST-001  items[5].annualIndicators[产出指标/成本指标/项目总成本]  "
            + "成本指标“项目总成本”的指标值“105.2万元”超过资金总额 100.00 万元\n")
        .endsWith("合计：1 个错误，11 个警告，3 个提示\n");
  }

  @Test
  void roundedListAmountsAgreeButADifferentOneDoesNot() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertThat(report.getFindings()).noneMatch(f -> f.getRuleId().startsWith("JX-LIST"));

    List<DisclosureListEntry> entries = new ArrayList<>(seed.getListEntries());
    entries.set(4, DisclosureListEntry.of(5, entries.get(4).getName(), new BigDecimal("24.5")));
    Report changed = RuleSet.catalogue().evaluate(Disclosure.builder().from(seed).listEntries(entries).build(), Policy.defaults());
    assertThat(changed.getFindings())
        .filteredOn(f -> f.getRuleId().startsWith("JX-LIST"))
        .extracting(SeedFindingsTest::describe)
        .containsExactly("ERROR JX-LIST-003 listEntries[4].amount = 24.5");
  }
}

package io.github.jixiao.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Documents for the catalogue's rule tests: a clean sheet and a clean disclosure that the whole
 * catalogue has nothing to say about ({@link SheetsTest}), small edits that spoil one part of a
 * sheet, and the evaluation of one rule on its own. Each rule test starts from the clean sheet and
 * changes only what its rule looks at, so a finding can only come from that change.
 */
public final class Sheets {
  /** The clean sheet's project name (the seed's 督查考核专项经费项目). */
  static final String NAME = "督查考核专项经费项目";
  /** The second sheet of the clean disclosure. */
  static final String OTHER_NAME = "县政府总值班室工作经费项目";

  // The rows of the clean annual table, by index: a finding on a row reports this index.
  /** 产出指标 / 数量指标 / 督查次数, ≥60次. */
  static final int QUANTITY_ROW = 0;
  /** 产出指标 / 质量指标 / 督查完成率, 100%. */
  static final int QUALITY_ROW = 1;
  /** 产出指标 / 时效指标 / 任务完成及时率, ≥95%. */
  static final int TIMELINESS_ROW = 2;
  /** 产出指标 / 成本指标 / 预算控制率, ≤100%. */
  static final int COST_ROW = 3;
  /** 效益指标 / 社会效益指标 / 督促整改, 成效明显. */
  static final int BENEFIT_ROW = 4;
  /** 满意度指标 / 满意度指标 / 被督查机关满意度, ≥95%. */
  static final int SATISFACTION_ROW = 5;
  /** The index a row added with {@link #withAddedRow} gets. */
  static final int ADDED_ROW = 6;

  private Sheets() {}

  // ---------------------------------------------------------------- clean documents

  /**
   * A clean pre-2021 sheet (its 成本指标 under 产出 makes the framework detected pre-2021): funding
   * of 18.00万元 that adds up, a one-year period, the department in "[code]name" form, an annual
   * goal quoting only numbers its targets have, and a row under every level-2 category 产出 needs
   * plus one under 效益 and 满意度.
   */
  public static BudgetItem clean() {
    return BudgetItem.builder()
        .year(2024)
        .name(NAME)
        .department(SupervisingDepartment.parse("[003]怀远县人民政府办公室"))
        .period(ProjectPeriod.of("1年"))
        .annualFunding(funding("18.00", source("财政拨款", "18.00"), source("其他资金", "0.00")))
        .annualGoals(Goals.of("全年开展督查60次，督查完成率达到100%。"))
        .annualIndicators(
            IndicatorTable.of(
                List.of(
                    row("产出指标", "数量指标", "督查次数", "≥60次"),
                    row("产出指标", "质量指标", "督查完成率", "100%"),
                    row("产出指标", "时效指标", "任务完成及时率", "≥95%"),
                    row("产出指标", "成本指标", "预算控制率", "≤100%"),
                    row("效益指标", "社会效益指标", "督促整改", "成效明显"),
                    row("满意度指标", "满意度指标", "被督查机关满意度", "≥95%"))))
        .build();
  }

  /**
   * A clean disclosure: the clean sheet and a second one of 24.37万元, listed at 18.00 and at the
   * list's usual one-decimal precision, 24.4.
   */
  static Disclosure cleanDisclosure() {
    return disclosure(
        List.of(entry(1, NAME, "18.00"), entry(2, OTHER_NAME, "24.4")), clean(), sheet(OTHER_NAME, "24.37"));
  }

  // ---------------------------------------------------------------- indicators

  /** An indicator row from its cells as written. */
  static Indicator row(String level1, String level2, String name, String target) {
    return Indicator.builder().level1(level1).level2(level2).name(name).target(target).build();
  }

  /** The sheet with one annual row's 指标值 rewritten. */
  static BudgetItem withTarget(BudgetItem item, int row, String target) {
    Indicator old = item.getAnnualIndicators().getRows().get(row);
    return withRow(item, row, Indicator.builder().from(old).target(target).build());
  }

  /** The sheet with one annual row replaced. */
  static BudgetItem withRow(BudgetItem item, int row, Indicator indicator) {
    List<Indicator> rows = new ArrayList<>(item.getAnnualIndicators().getRows());
    rows.set(row, indicator);
    return withRows(item, rows.toArray(Indicator[]::new));
  }

  /** The sheet with rows added at the end of its annual table (the first at {@link #ADDED_ROW}). */
  static BudgetItem withAddedRow(BudgetItem item, Indicator... added) {
    List<Indicator> rows = new ArrayList<>(item.getAnnualIndicators().getRows());
    rows.addAll(Arrays.asList(added));
    return withRows(item, rows.toArray(Indicator[]::new));
  }

  /** The sheet without one annual row (the rows after it move up). */
  static BudgetItem withoutRow(BudgetItem item, int row) {
    List<Indicator> rows = new ArrayList<>(item.getAnnualIndicators().getRows());
    rows.remove(row);
    return withRows(item, rows.toArray(Indicator[]::new));
  }

  /** The sheet with a new annual table. */
  static BudgetItem withRows(BudgetItem item, Indicator... rows) {
    return BudgetItem.builder().from(item).annualIndicators(IndicatorTable.of(List.of(rows))).build();
  }

  /** The sheet with a medium-term (中长期) indicator table. */
  static BudgetItem withMediumTermRows(BudgetItem item, Indicator... rows) {
    return BudgetItem.builder().from(item).mediumTermIndicators(IndicatorTable.of(List.of(rows))).build();
  }

  /** The annual rows of the clean sheet, for a medium-term table that is clean too. */
  static Indicator[] cleanRows() {
    return clean().getAnnualIndicators().getRows().toArray(Indicator[]::new);
  }

  // ---------------------------------------------------------------- funding

  /** A funding block: its total and top-level sources, amounts in 万元 as written. */
  static FundingSplit funding(String total, FundingSource... sources) {
    return FundingSplit.of(new BigDecimal(total), sources);
  }

  /** A funding source, with its nested ("其中") sources if any. */
  static FundingSource source(String label, String amount, FundingSource... children) {
    return FundingSource.builder().label(label).amount(new BigDecimal(amount)).addChildren(children).build();
  }

  /** The sheet with other annual funding. */
  static BudgetItem withFunding(BudgetItem item, FundingSplit annual) {
    return BudgetItem.builder().from(item).annualFunding(annual).build();
  }

  /** The sheet with no annual funding stated. */
  static BudgetItem withoutFunding(BudgetItem item) {
    return BudgetItem.builder().from(item).annualFunding(Optional.empty()).build();
  }

  /** The sheet with medium-term (中期) funding. */
  static BudgetItem withMediumTermFunding(BudgetItem item, FundingSplit mediumTerm) {
    return BudgetItem.builder().from(item).mediumTermFunding(mediumTerm).build();
  }

  // ---------------------------------------------------------------- header fields and goals

  /** The sheet with another annual goal text. */
  static BudgetItem withGoal(BudgetItem item, String annualGoal) {
    return BudgetItem.builder().from(item).annualGoals(Goals.of(annualGoal)).build();
  }

  /** The sheet without an annual goal. */
  static BudgetItem withoutGoal(BudgetItem item) {
    return BudgetItem.builder().from(item).annualGoals(Optional.empty()).build();
  }

  /** The sheet with a medium-term goal text. */
  static BudgetItem withMediumTermGoal(BudgetItem item, String goal) {
    return BudgetItem.builder().from(item).mediumTermGoals(Goals.of(goal)).build();
  }

  /** The sheet with another 项目期, or none for null. */
  static BudgetItem withPeriod(BudgetItem item, String period) {
    return BudgetItem.builder().from(item).period(Optional.ofNullable(period).map(ProjectPeriod::of)).build();
  }

  /** The sheet with another 主管部门, or none for null. */
  static BudgetItem withDepartment(BudgetItem item, SupervisingDepartment department) {
    return BudgetItem.builder().from(item).department(Optional.ofNullable(department)).build();
  }

  /** The sheet under another project name. */
  static BudgetItem named(BudgetItem item, String name) {
    return BudgetItem.builder().from(item).name(name).build();
  }

  // ---------------------------------------------------------------- disclosures

  /** A clean sheet of another name and annual total (one source, 财政拨款, of that amount). */
  static BudgetItem sheet(String name, String total) {
    return named(withFunding(clean(), funding(total, source("财政拨款", total))), name);
  }

  /** A row of the 公开清单. */
  static DisclosureListEntry entry(int sequence, String name, String amount) {
    return DisclosureListEntry.of(sequence, name, new BigDecimal(amount));
  }

  /** A disclosure of a list and sheets. */
  static Disclosure disclosure(List<DisclosureListEntry> list, BudgetItem... sheets) {
    return Disclosure.builder().year(2024).addAllListEntries(list).addItems(sheets).build();
  }

  // ---------------------------------------------------------------- policies

  /** The default policy with the framework fixed instead of detected. */
  static Policy framework(IndicatorFramework framework) {
    return Policy.builder().framework(framework).build();
  }

  /** The default policy with another satisfaction minimum (percent). */
  static Policy satisfactionMinimum(String minimum) {
    return Policy.builder().satisfactionMinimum(new BigDecimal(minimum)).build();
  }

  /** The default policy with another funding tolerance (万元). */
  static Policy fundingTolerance(String tolerance) {
    return Policy.builder().fundingTolerance(new BigDecimal(tolerance)).build();
  }

  // ---------------------------------------------------------------- evaluating one rule

  /** The findings of one rule on a sheet checked on its own, under the default policy. */
  static List<Finding> check(Rule rule, BudgetItem item) {
    return check(rule, item, Policy.defaults());
  }

  /** The findings of one rule on a sheet checked on its own (paths without an items[i] prefix). */
  static List<Finding> check(Rule rule, BudgetItem item, Policy policy) {
    return RuleSet.builder().add(rule).build().evaluate(item, policy).getFindings();
  }

  /** The findings of one rule on a disclosure, under the default policy. */
  static List<Finding> check(Rule rule, Disclosure disclosure) {
    return RuleSet.builder().add(rule).build().evaluate(disclosure, Policy.defaults()).getFindings();
  }

  // ---------------------------------------------------------------- assertions

  /** Asserts there is exactly one finding and returns it. */
  static Finding onlyFinding(List<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  /** Asserts a finding's rule id and severity. */
  static void assertFinding(Finding finding, String ruleId, Severity severity) {
    assertThat(finding.getRuleId()).isEqualTo(ruleId);
    assertThat(finding.getSeverity()).isEqualTo(severity);
  }

  /** Asserts where a finding points: its section, its row (null for none) and its path. */
  static void assertLocation(Finding finding, Section section, Integer row, String path) {
    Location at = finding.getLocation();
    assertThat(at.getSection()).as("section").isEqualTo(section);
    assertThat(at.getRow()).as("row").isEqualTo(row == null ? OptionalInt.empty() : OptionalInt.of(row));
    assertThat(at.getPath()).as("path").isEqualTo(path);
  }
}

package io.github.jixiao.testkit;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * 违规文件生成器 (rule breakers): for every rule of the built-in catalogue, documents that break
 * exactly that rule, made by mutating the valid documents of {@link JixiaoArbitraries}.
 *
 * <p>Each mutation touches one sheet (or the list) and keeps everything else valid, so the
 * catalogue reports that rule and no other. Use them to check your own rules' neighbours, or as a
 * template for breakers of your own:
 *
 * <pre>{@code
 * @Property
 * void costRuleFires(@ForAll("costBreakers") Disclosure d) { ... }
 *
 * @Provide
 * Arbitrary<Disclosure> costBreakers() {
 *   return RuleBreakers.breaking("JX-COST-001");
 * }
 * }</pre>
 */
public final class RuleBreakers {
  /** How one rule is broken: a mutation of a valid disclosure at a chosen sheet, with a size. */
  private interface Mutation extends BiFunction<Disclosure, Choice, Disclosure> {}

  /** The sheet to mutate and an amount (1 to 100) to mutate it by. */
  private record Choice(int item, BigDecimal delta) {}

  private static final Map<String, Mutation> MUTATIONS = new LinkedHashMap<>();
  /** The most sheets a generated disclosure has. */
  private static final int MAX_SHEETS = 6;

  static {
    MUTATIONS.put("JX-FUND-001", (d, c) -> withItem(d, c.item(), fundingAddsNot(item(d, c), c.delta())));
    MUTATIONS.put("JX-FUND-002", (d, c) -> withItem(d, c.item(), negativeOther(item(d, c), c.delta())));
    MUTATIONS.put("JX-FUND-003", (d, c) -> withItem(d, c.item(), nestedAddsNot(item(d, c), c.delta())));
    MUTATIONS.put("JX-FUND-004", (d, c) -> withItemKeepingList(d, c.item(),
        BudgetItem.builder().from(item(d, c)).annualFunding((FundingSplit) null).build()));
    MUTATIONS.put("JX-LIST-001", (d, c) -> Disclosure.builder().from(d)
        .addListEntry(DisclosureListEntry.of(d.getListEntries().size() + 1, "未编制目标表的项目", c.delta())).build());
    MUTATIONS.put("JX-LIST-002", (d, c) -> {
      if (d.getListEntries().size() == 1) {
        // without its only entry the document would have no list, which JX-LIST-002 leaves alone:
        // a second sheet that the list does not name instead
        BudgetItem only = d.getItems().get(0);
        return Disclosure.builder().from(d)
            .addItem(BudgetItem.builder().from(only).name(only.getName() + "（二期）").build()).build();
      }
      List<DisclosureListEntry> entries = new ArrayList<>(d.getListEntries());
      entries.remove(c.item());
      return Disclosure.builder().from(d).listEntries(entries).build();
    });
    MUTATIONS.put("JX-LIST-003", (d, c) -> {
      List<DisclosureListEntry> entries = new ArrayList<>(d.getListEntries());
      DisclosureListEntry e = entries.get(c.item());
      entries.set(c.item(), DisclosureListEntry.of(e.getSequence(), e.getName(), e.getAmount().add(BigDecimal.ONE)));
      return Disclosure.builder().from(d).listEntries(entries).build();
    });
    MUTATIONS.put("JX-CAT-001", (d, c) -> addRow(d, c, IndicatorCategory.of("创新指标", null),
        IndicatorCategory.of(StandardCategory.QUANTITY), "创新成果数量", "≥1个"));
    MUTATIONS.put("JX-CAT-002", (d, c) -> addRow(d, c, IndicatorCategory.of(StandardCategory.BENEFIT),
        IndicatorCategory.of("创新效益", null), "创新成效", "成效明显"));
    MUTATIONS.put("JX-CAT-003", (d, c) -> addRow(d, c, IndicatorCategory.of(StandardCategory.OUTPUT),
        IndicatorCategory.of(StandardCategory.SOCIAL_BENEFIT), "产出社会影响", "成效明显"));
    MUTATIONS.put("JX-COV-001", (d, c) -> removeRows(d, c,
        row -> row.getLevel1().getStandard().filter(StandardCategory.BENEFIT::equals).isPresent()));
    MUTATIONS.put("JX-COV-002", (d, c) -> removeRows(d, c,
        row -> row.getLevel2().getStandard().filter(StandardCategory.QUALITY::equals).isPresent()));
    MUTATIONS.put("JX-TGT-001", (d, c) -> addRow(d, c, StandardCategory.BENEFIT, StandardCategory.SOCIAL_BENEFIT, "社会影响程度", "≥上年"));
    MUTATIONS.put("JX-TGT-002", (d, c) -> addRow(d, c, StandardCategory.OUTPUT, StandardCategory.QUANTITY, "新增服务数量", "≥5"));
    MUTATIONS.put("JX-TGT-003", (d, c) -> addRow(d, c, StandardCategory.OUTPUT, StandardCategory.QUALITY, "抽检合格率", "≥120%"));
    MUTATIONS.put("JX-TGT-004", (d, c) -> addRow(d, c, StandardCategory.OUTPUT, StandardCategory.QUALITY, "抽检合格率", "≥100%"));
    MUTATIONS.put("JX-TGT-005", (d, c) -> addRow(d, c, StandardCategory.BENEFIT, StandardCategory.SOCIAL_BENEFIT, "效益区间", "95%-90%"));
    MUTATIONS.put("JX-TGT-006", (d, c) -> addRow(d, c, StandardCategory.BENEFIT, StandardCategory.SOCIAL_BENEFIT, "待测效益", "暂不确定"));
    MUTATIONS.put("JX-DIR-001", (d, c) -> addCostRow(d, c, "追加成本", "≥0.01万元"));
    MUTATIONS.put("JX-DIR-002", (d, c) -> addRow(d, c, StandardCategory.OUTPUT, StandardCategory.QUALITY, "抽检合格率", "≤90%"));
    MUTATIONS.put("JX-SAT-001", (d, c) -> addRow(d, c, StandardCategory.SATISFACTION,
        StandardCategory.SERVICE_RECIPIENT_SATISFACTION, "访客满意度", "满意"));
    MUTATIONS.put("JX-SAT-002", (d, c) -> addRow(d, c, StandardCategory.SATISFACTION,
        StandardCategory.SERVICE_RECIPIENT_SATISFACTION, "访客满意度", "≥60%"));
    MUTATIONS.put("JX-COST-001", (d, c) -> addCostRow(d, c, "追加总成本",
        "≤" + item(d, c).getAnnualFunding().orElseThrow().getTotal().add(c.delta()).toPlainString() + "万元"));
    MUTATIONS.put("JX-GOAL-001", (d, c) -> withItem(d, c.item(), BudgetItem.builder().from(item(d, c))
        .period(ProjectPeriod.ofYears(3)).mediumTermGoals((Goals) null).build()));
    MUTATIONS.put("JX-GOAL-002", (d, c) -> withItem(d, c.item(),
        BudgetItem.builder().from(item(d, c)).annualGoals((Goals) null).build()));
    MUTATIONS.put("JX-GOAL-003", (d, c) -> withItem(d, c.item(), BudgetItem.builder().from(item(d, c))
        .annualGoals(Goals.of(item(d, c).getAnnualGoals().orElseThrow().getText() + "全年完成987654项任务。")).build()));
    MUTATIONS.put("JX-FORM-001", (d, c) -> withItem(d, c.item(),
        BudgetItem.builder().from(item(d, c)).department(SupervisingDepartment.parse("县教育局")).build()));
    MUTATIONS.put("JX-FORM-002", RuleBreakers::duplicateName);
    MUTATIONS.put("JX-WGT-001", RuleBreakers::weightsAddNot);
    MUTATIONS.put("JX-FORM-003", (d, c) -> {
      BudgetItem item = item(d, c);
      IndicatorTable table = item.getAnnualIndicators();
      // the copy without its weight, so that a weighted table's weights still add up (JX-WGT-001)
      Indicator copy = Indicator.builder().from(table.getRows().get(0)).weight((BigDecimal) null).build();
      IndicatorTable doubled = IndicatorTable.builder().from(table).addRow(copy).build();
      return withItem(d, c.item(), BudgetItem.builder().from(item).annualIndicators(doubled).build());
    });
  }

  private RuleBreakers() {}

  /**
   * The ids of the rules that have breakers: every rule of the built-in catalogue.
   *
   * @return the rule ids, in catalogue order
   */
  public static Set<String> ruleIds() {
    return Collections.unmodifiableSet(MUTATIONS.keySet());
  }

  /**
   * Valid disclosures of either framework, mutated to break one rule.
   *
   * @param ruleId a catalogue rule id, such as {@code JX-COST-001}
   * @return documents on which the catalogue reports that rule and no other
   * @throws IllegalArgumentException for a rule without breakers
   */
  public static Arbitrary<Disclosure> breaking(String ruleId) {
    Mutation mutation = MUTATIONS.get(ruleId);
    if (mutation == null) {
      throw new IllegalArgumentException("no breakers for rule " + ruleId + "; known: " + MUTATIONS.keySet());
    }
    // The sheet is chosen among as many as a disclosure can have and taken modulo its sheets: no
    // flatMap, whose arbitraries jqwik would keep for the rest of the property.
    return Combinators.combine(
            JixiaoArbitraries.disclosures(),
            Arbitraries.integers().between(0, MAX_SHEETS - 1),
            Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf))
        .as((d, item, delta) -> mutation.apply(d, new Choice(item % d.getItems().size(), delta)));
  }

  // ---------------------------------------------------------------- mutations of a sheet

  private static BudgetItem item(Disclosure d, Choice c) {
    return d.getItems().get(c.item());
  }

  /** The last top-level source grows: the total no longer adds up. */
  private static BudgetItem fundingAddsNot(BudgetItem item, BigDecimal delta) {
    FundingSplit f = item.getAnnualFunding().orElseThrow();
    List<FundingSource> sources = new ArrayList<>(f.getSources());
    FundingSource last = sources.get(sources.size() - 1);
    sources.set(sources.size() - 1, FundingSource.builder().from(last).amount(last.getAmount().add(delta)).build());
    return withFunding(item, FundingSplit.builder().from(f).sources(sources).build());
  }

  /** The last source turns negative; the first (and its last nested source) makes up for it. */
  private static BudgetItem negativeOther(BudgetItem item, BigDecimal delta) {
    FundingSplit f = item.getAnnualFunding().orElseThrow();
    FundingSource first = f.getSources().get(0);
    FundingSource last = f.getSources().get(f.getSources().size() - 1);
    BigDecimal shift = last.getAmount().add(delta);
    FundingSource.Builder grown = FundingSource.builder().from(first).amount(first.getAmount().add(shift));
    if (!first.getChildren().isEmpty()) {
      List<FundingSource> children = new ArrayList<>(first.getChildren());
      FundingSource child = children.get(children.size() - 1);
      children.set(children.size() - 1, FundingSource.builder().from(child).amount(child.getAmount().add(shift)).build());
      grown.children(children);
    }
    FundingSource negative = FundingSource.builder().from(last).amount(delta.negate()).build();
    List<FundingSource> sources = new ArrayList<>(f.getSources());
    sources.set(0, grown.build());
    sources.set(sources.size() - 1, negative);
    return withFunding(item, FundingSplit.builder().from(f).sources(sources).build());
  }

  /** The first source is broken down into nested sources that do not add up to it. */
  private static BudgetItem nestedAddsNot(BudgetItem item, BigDecimal delta) {
    FundingSplit f = item.getAnnualFunding().orElseThrow();
    FundingSource first = f.getSources().get(0);
    FundingSource broken =
        FundingSource.builder()
            .from(first)
            .children(List.of(
                FundingSource.of(FundingSourceKind.SUPERIOR_FISCAL, first.getAmount()),
                FundingSource.of(FundingSourceKind.LOCAL_FISCAL, delta)))
            .build();
    List<FundingSource> sources = new ArrayList<>(f.getSources());
    sources.set(0, broken);
    return withFunding(item, FundingSplit.builder().from(f).sources(sources).build());
  }

  private static BudgetItem withFunding(BudgetItem item, FundingSplit funding) {
    return BudgetItem.builder().from(item).annualFunding(funding).build();
  }

  private static Disclosure addRow(Disclosure d, Choice c, StandardCategory level1, StandardCategory level2, String name, String target) {
    return addRow(d, c, IndicatorCategory.of(level1), IndicatorCategory.of(level2), name, target);
  }

  private static Disclosure addRow(Disclosure d, Choice c, IndicatorCategory level1, IndicatorCategory level2, String name, String target) {
    BudgetItem item = item(d, c);
    Indicator row = Indicator.builder().level1(level1).level2(level2).name(name).target(target).build();
    IndicatorTable table = IndicatorTable.builder().from(item.getAnnualIndicators()).addRow(row).build();
    return withItem(d, c.item(), BudgetItem.builder().from(item).annualIndicators(table).build());
  }

  /** A row under the framework's cost category: 产出/成本 before 2021, 成本/经济成本 since. */
  private static Disclosure addCostRow(Disclosure d, Choice c, String name, String target) {
    IndicatorFramework framework = item(d, c).detectFramework().orElseThrow();
    return framework == IndicatorFramework.PRE_2021
        ? addRow(d, c, StandardCategory.OUTPUT, StandardCategory.OUTPUT_COST, name, target)
        : addRow(d, c, StandardCategory.COST, StandardCategory.ECONOMIC_COST, name, target);
  }

  /**
   * Gives the weight of the rows removed to the first weighted row kept, so that a weighted
   * table's weights still add up to 100 and only the rule being broken fires.
   */
  private static void keepWeightTotal(List<Indicator> before, List<Indicator> kept) {
    BigDecimal removed = BigDecimal.ZERO;
    for (Indicator row : before) {
      removed = removed.add(row.getWeight().orElse(BigDecimal.ZERO));
    }
    for (Indicator row : kept) {
      removed = removed.subtract(row.getWeight().orElse(BigDecimal.ZERO));
    }
    for (int i = 0; i < kept.size(); i++) {
      Indicator row = kept.get(i);
      if (row.getWeight().isPresent()) {
        kept.set(i, Indicator.builder().from(row).weight(row.getWeight().get().add(removed)).build());
        return;
      }
    }
  }

  /** The annual table weighted so that its weights add up to 100 less the choice's amount (1 to 100). */
  private static Disclosure weightsAddNot(Disclosure d, Choice c) {
    BudgetItem item = item(d, c);
    IndicatorTable table = item.getAnnualIndicators();
    List<Indicator> rows = new ArrayList<>();
    int n = table.getRows().size();
    for (int i = 0; i < n; i++) {
      // 100 less the amount, shared out in whole points and the rest on the first row
      BigDecimal sum = BigDecimal.valueOf(100).subtract(c.delta());
      BigDecimal each = sum.divideToIntegralValue(BigDecimal.valueOf(n));
      BigDecimal w = i == 0 ? sum.subtract(each.multiply(BigDecimal.valueOf(n - 1L))) : each;
      rows.add(Indicator.builder().from(table.getRows().get(i)).weight(w).build());
    }
    IndicatorTable.Builder weighted = IndicatorTable.builder().from(table).rows(rows);
    if (!table.getOptionalColumns().contains(IndicatorColumn.WEIGHT)) {
      weighted.addOptionalColumn(IndicatorColumn.WEIGHT);
    }
    return withItem(d, c.item(), BudgetItem.builder().from(item).annualIndicators(weighted.build()).build());
  }

  private static Disclosure removeRows(Disclosure d, Choice c, Predicate<Indicator> remove) {
    BudgetItem item = item(d, c);
    List<Indicator> kept = new ArrayList<>(item.getAnnualIndicators().getRows());
    kept.removeIf(remove);
    keepWeightTotal(item.getAnnualIndicators().getRows(), kept);
    IndicatorTable table = IndicatorTable.builder().from(item.getAnnualIndicators()).rows(kept).build();
    return withItem(d, c.item(), BudgetItem.builder().from(item).annualIndicators(table).build());
  }

  /** Another sheet (a copy of the chosen one when it is alone) takes the chosen sheet's name. */
  private static Disclosure duplicateName(Disclosure d, Choice c) {
    if (d.getItems().size() == 1) {
      BudgetItem only = d.getItems().get(0);
      return Disclosure.builder().from(d)
          .addListEntry(DisclosureListEntry.of(2, only.getName(), d.getListEntries().get(0).getAmount()))
          .addItem(only)
          .build();
    }
    int other = c.item() == 0 ? 1 : 0;
    BudgetItem renamed = BudgetItem.builder().from(d.getItems().get(other)).name(item(d, c).getName()).build();
    return withItem(d, other, renamed);
  }

  /** Replaces a sheet and its list entry (name, and amount at the list's precision). */
  private static Disclosure withItem(Disclosure d, int index, BudgetItem item) {
    List<DisclosureListEntry> entries = new ArrayList<>(d.getListEntries());
    DisclosureListEntry e = entries.get(index);
    BigDecimal amount = item.getAnnualFunding()
        .map(f -> f.getTotal().setScale(e.getAmount().scale(), RoundingMode.HALF_UP))
        .orElse(e.getAmount());
    entries.set(index, DisclosureListEntry.of(e.getSequence(), item.getName(), amount));
    return withItemKeepingList(Disclosure.builder().from(d).listEntries(entries).build(), index, item);
  }

  private static Disclosure withItemKeepingList(Disclosure d, int index, BudgetItem item) {
    List<BudgetItem> items = new ArrayList<>(d.getItems());
    items.set(index, item);
    return Disclosure.builder().from(d).items(items).build();
  }
}

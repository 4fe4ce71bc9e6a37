package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Indicator;

/**
 * 单表审核上下文 (item check): what an {@link ItemRule} sees — the sheet, the framework it is
 * checked against, the policy — and where it reports findings. Created by the engine for each
 * sheet; not thread-safe, never shared.
 */
public final class ItemCheck {
  private final BudgetItem item;
  private final int index;
  private final String pathPrefix;
  private final IndicatorFramework framework;
  private final Policy policy;
  private final FindingSink sink;

  ItemCheck(BudgetItem item, int index, IndicatorFramework framework, Policy policy, FindingSink sink) {
    this.item = item;
    this.index = index;
    this.pathPrefix = index < 0 ? "" : "items[" + index + "].";
    this.framework = framework;
    this.policy = policy;
    this.sink = sink;
  }

  /**
   * The sheet being checked.
   *
   * @return the sheet
   */
  public BudgetItem item() {
    return item;
  }

  /**
   * The framework the sheet is checked against: the policy's, or the one its categories point
   * to, or the policy's fallback.
   *
   * @return the framework
   */
  public IndicatorFramework framework() {
    return framework;
  }

  /**
   * The policy of this evaluation.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * A location in this sheet outside the indicator tables.
   *
   * @param section the section
   * @param path the path within the sheet, such as {@code annualFunding.total}
   * @return the location
   */
  public Location at(Section section, String path) {
    return base(section).path(pathPrefix + path).build();
  }

  /**
   * The location of an indicator row: {@code annualIndicators[产出指标/成本指标/项目总成本]}.
   *
   * @param table {@link Section#ANNUAL_INDICATORS} or {@link Section#MEDIUM_TERM_INDICATORS}
   * @param row the row's index in its table
   * @param indicator the indicator
   * @return the location
   */
  public Location atIndicator(Section table, int row, Indicator indicator) {
    return base(table)
        .row(row)
        .path(pathPrefix + tableName(table) + "[" + indicator.getLevel1().getLabel() + "/"
            + indicator.getLevel2().getLabel() + "/" + indicator.getName() + "]")
        .build();
  }

  /**
   * The location of an indicator table as a whole: {@code annualIndicators}.
   *
   * @param table {@link Section#ANNUAL_INDICATORS} or {@link Section#MEDIUM_TERM_INDICATORS}
   * @return the location
   */
  public Location atTable(Section table) {
    return base(table).path(pathPrefix + tableName(table)).build();
  }

  private static String tableName(Section table) {
    return table == Section.MEDIUM_TERM_INDICATORS ? "mediumTermIndicators" : "annualIndicators";
  }

  private Location.Builder base(Section section) {
    Location.Builder b = Location.builder().section(section).itemName(item.getName());
    if (index >= 0) {
      b.itemIndex(index);
    }
    return b;
  }

  /**
   * Reports a finding.
   *
   * @param location where
   * @param message what, in both languages
   */
  public void report(Location location, Message message) {
    sink.add(location, message, null, null);
  }

  /**
   * Reports a finding with the offending value and what was expected.
   *
   * @param location where
   * @param message what, in both languages
   * @param value the offending value as written, or null
   * @param expected what was expected, or null
   */
  public void report(Location location, Message message, String value, String expected) {
    sink.add(location, message, value, expected);
  }
}

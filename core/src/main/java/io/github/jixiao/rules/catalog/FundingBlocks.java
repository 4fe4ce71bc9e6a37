package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.Section;

/** The funding blocks of a sheet — annual, then medium-term — for the funding rules. */
final class FundingBlocks {
  /** Visits one block: its split, section, path and the label of its total. */
  @FunctionalInterface
  interface Visitor {
    void visit(FundingSplit split, Section section, String path, String totalLabel);
  }

  private FundingBlocks() {}

  static void forEach(ItemCheck check, Visitor visitor) {
    check.item().getAnnualFunding().ifPresent(s -> visitor.visit(s, Section.ANNUAL_FUNDING, "annualFunding", "年度资金总额"));
    check.item().getMediumTermFunding()
        .ifPresent(s -> visitor.visit(s, Section.MEDIUM_TERM_FUNDING, "mediumTermFunding", "中期资金总额"));
  }
}

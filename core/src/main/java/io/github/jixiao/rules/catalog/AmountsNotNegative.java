package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSource;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.List;

/** JX-FUND-002: no funding amount is negative. */
@RuleDeclaration(id = "JX-FUND-002", severity = Severity.ERROR,
    category = RuleCategory.REASONABLENESS, citation = Citations.PRACTICE)
final class AmountsNotNegative extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    FundingBlocks.forEach(check, (split, section, path, totalLabel) -> {
      if (split.getTotal().signum() < 0) {
        report(check, section, path + ".total", totalLabel, split.getTotal());
      }
      checkSources(check, split.getSources(), section, path + ".sources");
    });
  }

  private void checkSources(ItemCheck check, List<FundingSource> sources, Section section, String path) {
    for (FundingSource source : sources) {
      if (source.getAmount().signum() < 0) {
        report(check, section, FundingPaths.source(path, source) + ".amount", source.getLabel(), source.getAmount());
      }
      if (!source.getChildren().isEmpty()) {
        checkSources(check, source.getChildren(), section, FundingPaths.source(path, source) + ".children");
      }
    }
  }

  private void report(ItemCheck check, Section section, String path, String label, BigDecimal amount) {
    check.report(check.at(section, path), message(label, amount.toPlainString()), amount.toPlainString(), "≥ 0");
  }
}

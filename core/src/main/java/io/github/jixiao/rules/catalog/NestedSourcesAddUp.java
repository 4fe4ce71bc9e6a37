package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSource;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.util.List;

/** JX-FUND-003: nested ("其中") sources add up to the source they break down. */
@RuleDeclaration(id = "JX-FUND-003", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class NestedSourcesAddUp extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    FundingBlocks.forEach(check, (split, section, path, totalLabel) -> checkSources(check, split.getSources(), section, path + ".sources"));
  }

  private void checkSources(ItemCheck check, List<FundingSource> sources, Section section, String path) {
    for (FundingSource source : sources) {
      if (!source.getChildren().isEmpty()) {
        BigDecimal sum = source.childrenSum();
        if (source.getAmount().subtract(sum).abs().compareTo(check.policy().setting(Policy.FUNDING_TOLERANCE)) > 0) {
          check.report(
              check.at(section, FundingPaths.source(path, source) + ".amount"),
              message(source.getLabel(), source.getAmount().toPlainString(), Amounts.sumLike(sum, source.getAmount())),
              source.getAmount().toPlainString(),
              Amounts.sumLike(sum, source.getAmount()));
        }
        checkSources(check, source.getChildren(), section, FundingPaths.source(path, source) + ".children");
      }
    }
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;

/** JX-FUND-001: a funding total equals the sum of its sources, within the policy's tolerance. */
@RuleDeclaration(id = "JX-FUND-001", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class FundingAddsUp extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    FundingBlocks.forEach(check, (split, section, path, totalLabel) -> checkSplit(check, split, section, path));
  }

  private void checkSplit(ItemCheck check, FundingSplit split, Section section, String path) {
    if (split.getSources().isEmpty()) {
      return;
    }
    BigDecimal total = split.getTotal();
    BigDecimal sum = split.sourcesSum();
    if (total.subtract(sum).abs().compareTo(check.policy().setting(Policy.FUNDING_TOLERANCE)) > 0) {
      check.report(
          check.at(section, path + ".total"),
          message(total.toPlainString(), Amounts.sumLike(sum, total)),
          total.toPlainString(),
          Amounts.sumLike(sum, total));
    }
  }
}

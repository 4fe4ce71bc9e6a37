package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.rules.DisclosureCheck;
import io.github.jixiao.rules.DisclosureRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * JX-LIST-003: each listed amount equals its sheet's annual total at the list's precision — the
 * list's 24.4 agrees with the sheet's 24.37, 24.5 would not.
 */
@RuleDeclaration(id = "JX-LIST-003", severity = Severity.ERROR,
    category = RuleCategory.CONSISTENCY, citation = Citations.PRACTICE)
final class ListAmountsMatch extends CatalogueRule implements DisclosureRule {
  @Override
  public void check(DisclosureCheck check) {
    int[] sheets = ListNames.sheetOfEntry(check.disclosure());
    for (int e = 0; e < sheets.length; e++) {
      if (sheets[e] < 0) {
        continue;
      }
      Optional<FundingSplit> funding = check.disclosure().getItems().get(sheets[e]).getAnnualFunding();
      if (funding.isEmpty()) {
        continue;
      }
      DisclosureListEntry entry = check.disclosure().getListEntries().get(e);
      BigDecimal listed = entry.getAmount();
      BigDecimal total = funding.get().getTotal();
      if (total.setScale(listed.scale(), RoundingMode.HALF_UP).compareTo(listed) != 0) {
        check.report(
            check.atListEntry(e, "amount"),
            message(entry.getName(), listed.toPlainString(), total.toPlainString()),
            listed.toPlainString(),
            total.setScale(listed.scale(), RoundingMode.HALF_UP).toPlainString());
      }
    }
  }
}

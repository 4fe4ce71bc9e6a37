package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.Optional;

/** JX-GOAL-001: a project running more than one year also states medium-term goals. */
@RuleDeclaration(id = "JX-GOAL-001", severity = Severity.WARNING,
    category = RuleCategory.COMPLETENESS, citation = Citations.CENTRAL_2015)
final class MultiYearHasMediumTermGoals extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    Optional<ProjectPeriod> period = check.item().getPeriod();
    if (period.isEmpty() || check.item().getMediumTermGoals().filter(g -> !g.getText().isBlank()).isPresent()) {
      return;
    }
    int years = period.get().years().orElse(1);
    if (years > 1) {
      check.report(
          check.at(Section.MEDIUM_TERM_GOALS, "mediumTermGoals"),
          message(period.get().getText()),
          period.get().getText(),
          null);
    }
  }
}

package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.rules.ItemCheck;
import io.github.jixiao.rules.ItemRule;
import io.github.jixiao.rules.RuleCategory;
import io.github.jixiao.rules.RuleDeclaration;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.Optional;

/** JX-FORM-001: the 主管部门及代码 cell reads "[code]name", such as "[003]怀远县人民政府办公室". */
@RuleDeclaration(id = "JX-FORM-001", severity = Severity.WARNING,
    category = RuleCategory.CONFORMITY, citation = Citations.PRACTICE)
final class DepartmentCodeForm extends CatalogueRule implements ItemRule {
  @Override
  public void check(ItemCheck check) {
    Optional<SupervisingDepartment> department = check.item().getDepartment();
    if (department.isPresent() && !department.get().hasCodeAndNameForm()) {
      String text = department.get().text();
      check.report(check.at(Section.ITEM, "department"), message(text), text, "[代码]名称");
    }
  }
}

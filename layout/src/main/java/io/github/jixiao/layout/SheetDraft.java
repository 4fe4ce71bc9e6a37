package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts of one target sheet as the section readers find them, built into a BudgetItem at the end. */
final class SheetDraft {
  final FormatLocation start;
  Integer year;
  /** Text fields by vocabulary term (field.name, field.code, …), as written. */
  private final Map<String, String> fields = new HashMap<>();
  final FundingDraft annualFunding = new FundingDraft();
  final FundingDraft mediumTermFunding = new FundingDraft();
  /** Funding read whole (a collection table's columns), used instead of the drafts when set. */
  FundingSplit annualSplit;
  FundingSplit mediumTermSplit;
  String annualGoals;
  String mediumTermGoals;
  final IndicatorDraft annualIndicators = new IndicatorDraft();
  IndicatorDraft mediumTermIndicators;
  final List<LabelledText> extras = new ArrayList<>();
  /** Whether an indicator table has been read: contact lines after it are the footer's. */
  boolean indicatorsRead;
  /** Whether anything at all has been placed in this sheet. */
  boolean touched;

  SheetDraft(FormatLocation start) {
    this.start = start;
  }

  String field(String term) {
    return fields.get(term);
  }

  /**
   * Sets a field; false (and nothing changed) when it already has a different value. A blank
   * value is "present but empty" and sets nothing.
   */
  boolean set(String term, String value) {
    touched = true;
    if (value == null || value.isEmpty()) {
      return true;
    }
    String old = fields.putIfAbsent(term, value);
    return old == null || old.equals(value);
  }

  IndicatorDraft indicators(boolean medium) {
    touched = true;
    if (!medium) {
      return annualIndicators;
    }
    if (mediumTermIndicators == null) {
      mediumTermIndicators = new IndicatorDraft();
    }
    return mediumTermIndicators;
  }

  BudgetItem build() {
    BudgetItem.Builder b = BudgetItem.builder()
        .name(fields.get("field.name"))
        .code(fields.get("field.code"))
        .category(fields.get("field.category"))
        .responsiblePerson(fields.get("field.responsible"))
        .contact(fields.get("field.contact"))
        .sealUnit(fields.get("field.seal"))
        .implementingUnit(fields.get("field.implementingUnit"))
        .source(fields.get("field.source"))
        .attribute(fields.get("field.attribute"))
        .start(fields.get("field.start"))
        .end(fields.get("field.end"))
        .addAllExtras(extras);
    if (year != null) {
      b.year(year);
    }
    String department = fields.get("field.department");
    if (department != null) {
      b.department(SupervisingDepartment.parse(department));
    } else if (fields.containsKey("field.departmentName")) {
      b.department(SupervisingDepartment.of(fields.get("field.departmentCode"), fields.get("field.departmentName")));
    } else if (fields.containsKey("field.departmentCode")) {
      b.addExtras(LabelledText.of("主管部门编码", fields.get("field.departmentCode")));
    }
    if (fields.containsKey("field.period")) {
      b.period(ProjectPeriod.of(fields.get("field.period")));
    }
    (annualSplit != null ? Optional.of(annualSplit) : annualFunding.build()).ifPresent(b::annualFunding);
    (mediumTermSplit != null ? Optional.of(mediumTermSplit) : mediumTermFunding.build()).ifPresent(b::mediumTermFunding);
    if (annualGoals != null) {
      b.annualGoals(Goals.of(annualGoals));
    }
    if (mediumTermGoals != null) {
      b.mediumTermGoals(Goals.of(mediumTermGoals));
    }
    b.annualIndicators(annualIndicators.build());
    if (mediumTermIndicators != null) {
      b.mediumTermIndicators(mediumTermIndicators.build());
    }
    return b.build();
  }
}

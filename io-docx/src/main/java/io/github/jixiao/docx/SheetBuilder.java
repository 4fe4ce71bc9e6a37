package io.github.jixiao.docx;

import io.github.jixiao.internal.Texts;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The fields of one target sheet as the layout parser finds them, built into a BudgetItem at the end. */
final class SheetBuilder {
  Integer year;
  String responsiblePerson;
  String contact;
  String sealUnit;
  String name;
  String departmentWritten;
  String departmentName;
  String departmentCode;
  String implementingUnit;
  String source;
  String attribute;
  String period;
  String start;
  String end;
  final FundingBuilder annualFunding = new FundingBuilder();
  final FundingBuilder mediumTermFunding = new FundingBuilder();
  String annualGoals;
  String mediumTermGoals;
  final TableRows annualIndicators = new TableRows();
  TableRows mediumTermIndicators;

  BudgetItem build() {
    BudgetItem.Builder b = BudgetItem.builder()
        .name(name)
        .responsiblePerson(responsiblePerson)
        .contact(contact)
        .sealUnit(sealUnit)
        .implementingUnit(implementingUnit)
        .source(source)
        .attribute(attribute)
        .start(start)
        .end(end);
    if (year != null) {
      b.year(year);
    }
    if (departmentWritten != null) {
      b.department(SupervisingDepartment.parse(departmentWritten));
    } else if (departmentName != null) {
      b.department(SupervisingDepartment.of(departmentCode, departmentName));
    }
    if (period != null) {
      b.period(ProjectPeriod.of(period));
    }
    annualFunding.build().ifPresent(b::annualFunding);
    mediumTermFunding.build().ifPresent(b::mediumTermFunding);
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

  /** The rows and extra columns of one indicator table. */
  static final class TableRows {
    final List<IndicatorColumn> columns = new ArrayList<>();
    final List<Indicator> rows = new ArrayList<>();

    IndicatorTable build() {
      return IndicatorTable.builder().addAllOptionalColumns(columns).addAllRows(rows).build();
    }
  }

  /**
   * A funding block: its total and its sources. A label written "其中…" after a source opens that
   * source's nested sources; 上级财政资金 / 本级财政 nest under 财政拨款 even without it; a standard
   * top-level kind closes the nesting again.
   */
  static final class FundingBuilder {
    /** A top-level source and the nested sources found under it so far. */
    private static final class Source {
      final String label;
      final FundingSourceKind kind;
      final BigDecimal amount;
      final List<FundingSource> children = new ArrayList<>();

      Source(String label, BigDecimal amount) {
        this.label = label;
        this.kind = FundingSourceKind.recognize(label);
        this.amount = amount;
      }
    }

    private BigDecimal total;
    private final List<Source> top = new ArrayList<>();
    private Source parent;

    void total(BigDecimal amount) {
      total = amount;
    }

    void source(String writtenLabel, BigDecimal amount) {
      boolean ofWhich = Labels.key(writtenLabel).startsWith("其中");
      String label = cleanLabel(writtenLabel);
      FundingSourceKind kind = FundingSourceKind.recognize(label);
      Source last = top.isEmpty() ? null : top.get(top.size() - 1);
      boolean fiscalChild = kind == FundingSourceKind.SUPERIOR_FISCAL || kind == FundingSourceKind.LOCAL_FISCAL;
      if (ofWhich && last != null) {
        parent = last;
      } else if (parent == null && fiscalChild && last != null && last.kind == FundingSourceKind.FISCAL_APPROPRIATION) {
        parent = last;
      } else if (parent != null && kind != FundingSourceKind.CUSTOM && !fiscalChild) {
        parent = null; // a standard top-level kind closes the nesting
      }
      if (parent != null) {
        parent.children.add(FundingSource.of(label, amount));
      } else {
        top.add(new Source(label, amount));
      }
    }

    java.util.Optional<FundingSplit> build() {
      if (total == null) {
        return java.util.Optional.empty();
      }
      FundingSplit.Builder b = FundingSplit.builder().total(total);
      for (Source source : top) {
        b.addSource(FundingSource.builder().label(source.label).amount(source.amount).addAllChildren(source.children).build());
      }
      return java.util.Optional.of(b.build());
    }

    /** The label without layout: no leading 其中, no colons, no padding. */
    static String cleanLabel(String written) {
      String label = Texts.trim(written);
      if (label.startsWith("其中")) {
        label = Texts.trim(label.substring(2));
      }
      while (!label.isEmpty() && (label.charAt(0) == '：' || label.charAt(0) == ':')) {
        label = Texts.trim(label.substring(1));
      }
      while (!label.isEmpty() && (label.endsWith("：") || label.endsWith(":"))) {
        label = Texts.trim(label.substring(0, label.length() - 1));
      }
      return label;
    }
  }
}

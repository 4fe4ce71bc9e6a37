package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSourceKind;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 汇总表 (collection tables): many projects in one table, one row per indicator with the project's
 * columns beside it (项目名称, 项目编码, the funding, the goals …), or one row per project. The header
 * is found by the vocabulary — 项目名称 and the indicator columns (三级指标, 指标值), or 项目名称 and at
 * least two project columns of which one is a year, an amount or a goal — in any order, written in
 * one row or in two (资金（万元） over 合计 | 财政拨款 | 其他资金). Rows are grouped into projects by
 * name and, where written, code; a project's cells may be repeated on each of its rows, left blank
 * after its first row, or merged down its rows. Unknown columns are reported cell by cell.
 */
final class CollectionSection {
  private static final Pattern YEAR = Pattern.compile("((?:19|20|21)[0-9]{2})(?:年度?)?");
  private static final String LEVEL1 = "column.level1";
  private static final String LEVEL2 = "column.level2";
  private static final String LEVEL3 = "column.level3";
  private static final String TARGET = "column.target";

  /** What the cells of a column are. */
  private enum Role { NAME, FIELD, YEAR, UNIT, SEQUENCE, PERIOD, GOAL, EXTRA, TOTAL, SOURCE, INDICATOR }

  /**
   * A column of the header. {@code term} is the field, goal or indicator-column term; {@code label}
   * an extra's or a source's label; {@code medium} and {@code unit} the funding group's period and
   * unit; {@code depth} how many 其中 a source column says.
   */
  private record Column(int col, Role role, String term, String label, boolean medium, AmountUnit unit, int depth) {
    static Column of(int col, Role role, String term) {
      return new Column(col, role, term, null, false, null, 0);
    }
  }

  private static final Pattern WEIGHT = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?");

  /** A project as its rows are read. */
  private static final class Project {
    final SheetDraft draft;
    final Map<Column, Amounts.Written> amounts = new HashMap<>();
    final Map<Column, String> extras = new HashMap<>();
    final List<Indicator> annual = new ArrayList<>();
    final List<Indicator> medium = new ArrayList<>();
    final List<IndicatorColumn> annualColumns = new ArrayList<>();
    final List<IndicatorColumn> mediumColumns = new ArrayList<>();
    AmountUnit unit;
    String level1 = "";
    String level2 = "";
    boolean mediumPeriod;

    Project(FormatLocation at) {
      this.draft = new SheetDraft(at);
      draft.touched = true;
    }
  }

  private final FormAssembler form;
  private final Grid g;
  private final List<Column> columns;
  private final Map<String, Column> indicatorColumns = new LinkedHashMap<>();
  private Column name;
  private Column code;

  private CollectionSection(FormAssembler form, Grid g, List<Column> columns) {
    this.form = form;
    this.g = g;
    this.columns = columns;
    for (Column c : columns) {
      if (c.role() == Role.NAME) {
        name = c;
      } else if (c.role() == Role.FIELD && c.term().equals("field.code") && code == null) {
        code = c;
      } else if (c.role() == Role.INDICATOR) {
        indicatorColumns.put(c.term(), c);
      }
    }
  }

  /**
   * Reads a collection table whose header starts at row r; returns its last row, or -1 when row r
   * heads no collection table.
   */
  static int read(FormAssembler form, Grid g, int r) {
    if (!mayHead(form, g, r)) {
      return -1;
    }
    int bottom = headerBottom(form, g, r);
    List<Column> columns = columns(form, g, r, bottom);
    if (columns == null) {
      return -1;
    }
    return new CollectionSection(form, g, columns).rows(r, bottom);
  }

  /** A cheap look first: a 项目名称 cell and at least two more in the row. */
  private static boolean mayHead(FormAssembler form, Grid g, int r) {
    List<Slot> open = g.open(r);
    if (open.size() < 3) {
      return false;
    }
    for (Slot s : open) {
      if ("field.name".equals(form.terms.in("field", s.label()))) {
        return true;
      }
    }
    return false;
  }

  /** The header's last row: the next one too when a header cell is merged down or groups cells below. */
  private static int headerBottom(FormAssembler form, Grid g, int r) {
    if (r + 1 >= g.rows) {
      return r;
    }
    for (Slot s : g.starting(r)) {
      if (s.isEmpty()) {
        continue;
      }
      if (s.lastRow() > r || s.cell.columnSpan() > 1 && isFundingGroup(form, s)) {
        return r + 1;
      }
    }
    return r;
  }

  private static boolean isFundingGroup(FormAssembler form, Slot s) {
    String term = form.terms.in("funding", s.label());
    return term != null && !term.equals("funding.header") && !term.equals("funding.unit")
        || s.label().base.endsWith("资金") || s.label().base.endsWith("金额");
  }

  /** The columns of a header, or null when it is no collection table's header. */
  private static List<Column> columns(FormAssembler form, Grid g, int r, int bottom) {
    List<Column> found = new ArrayList<>();
    Map<String, Boolean> terms = new HashMap<>();
    boolean listAmount = false;
    int unknown = 0;
    for (int c = 0; c < g.cols; c++) {
      Slot leaf = g.at(bottom, c);
      if (leaf == null || leaf.col() != c || leaf.row() < r || leaf.isEmpty()) {
        continue;
      }
      Slot top = g.at(r, c);
      Slot group = top != null && top != leaf && top.row() == r && !top.isEmpty() ? top : null;
      Column column = role(form, c, leaf, group);
      String listTerm = form.terms.in("list", leaf.label());
      listAmount |= "list.amount".equals(listTerm) && column == null || leaf.label().base.startsWith("预算") && column == null;
      if (column == null) {
        unknown++;
        continue;
      }
      String key = column.role() + ":" + column.term() + ":" + column.label() + ":" + column.medium();
      if (column.role() != Role.EXTRA && column.role() != Role.SOURCE && terms.putIfAbsent(key, true) != null) {
        continue; // a second column of one field: its cells are reported
      }
      found.add(column);
    }
    boolean named = found.stream().anyMatch(c -> c.role() == Role.NAME);
    boolean indicators = found.stream().anyMatch(c -> LEVEL3.equals(c.term())) && found.stream().anyMatch(c -> TARGET.equals(c.term()));
    long projectColumns = found.stream().filter(c -> c.role() != Role.NAME && c.role() != Role.SEQUENCE && c.role() != Role.INDICATOR).count();
    boolean collectionOnly = found.stream().anyMatch(c -> c.role() == Role.YEAR || c.role() == Role.TOTAL || c.role() == Role.SOURCE
        || c.role() == Role.GOAL);
    // without indicator columns, a row of labels and their values beside them (项目名称 | 某项目 |
    // 年度资金总额 | 100) is a standard sheet's: a header is mostly headers
    boolean mostlyHeaders = unknown * 2 <= found.size();
    if (!named || !indicators && (listAmount || projectColumns < 2 || !collectionOnly || !mostlyHeaders)) {
      return null;
    }
    return found;
  }

  /** What a header cell (under its group cell, if any) names, or null for a column it does not know. */
  private static Column role(FormAssembler form, int c, Slot leaf, Slot group) {
    Label label = leaf.label();
    if (group != null && isFundingGroup(form, group)) {
      String groupTerm = form.terms.in("funding", group.label());
      boolean medium = "funding.mediumTotal".equals(groupTerm) || "funding.medium".equals(groupTerm)
          || form.terms.periodOf(group.label().key) == Terms.Period.MEDIUM;
      AmountUnit unit = Amounts.unitOf(group.label().hint);
      if (unit == null) {
        unit = Amounts.unitOf(label.hint);
      }
      String term = form.terms.in("funding", label);
      if ("funding.total".equals(term) || "funding.mediumTotal".equals(term)) {
        return new Column(c, Role.TOTAL, null, null, medium, unit, 0);
      }
      return source(c, leaf.text, medium, unit);
    }
    String collection = form.terms.in("collection", label);
    if (collection != null) {
      switch (collection) {
        case "collection.year": return Column.of(c, Role.YEAR, null);
        case "collection.period": return Column.of(c, Role.PERIOD, null);
        case "collection.unit": return Column.of(c, Role.UNIT, null);
        case "collection.sequence": return Column.of(c, Role.SEQUENCE, null);
        default: return null;
      }
    }
    String field = form.terms.in("field", label);
    if (field != null) {
      return Column.of(c, field.equals("field.name") ? Role.NAME : Role.FIELD, field);
    }
    String indicator = form.terms.in("column", label);
    if (indicator != null) {
      return Column.of(c, Role.INDICATOR, indicator);
    }
    String goal = form.terms.in("goal", label);
    if (goal != null) {
      return Column.of(c, Role.GOAL, goal);
    }
    String funding = form.terms.in("funding", label);
    if ("funding.total".equals(funding) || "funding.mediumTotal".equals(funding)) {
      return new Column(c, Role.TOTAL, null, null, funding.equals("funding.mediumTotal"), Amounts.unitOf(label.hint), 0);
    }
    if (form.terms.in("note", label) != null || form.terms.in("footer", label) != null) {
      return new Column(c, Role.EXTRA, null, label.cleanWritten(), false, null, 0);
    }
    AmountUnit hinted = Amounts.unitOf(label.hint);
    if (hinted != null && FundingSourceKind.recognize(label.base) != FundingSourceKind.CUSTOM) {
      return source(c, leaf.text, false, hinted); // 财政拨款（万元） standing alone: an annual source
    }
    return null;
  }

  /** A source column: its label without the 其中 that nest it, and how many of them there are. */
  private static Column source(int c, String written, boolean medium, AmountUnit unit) {
    String rest = written.strip();
    int depth = 0;
    while (rest.startsWith("其中")) {
      depth++;
      rest = rest.substring(2).strip();
      while (rest.startsWith(":") || rest.startsWith("：")) {
        rest = rest.substring(1).strip();
      }
    }
    if (rest.isEmpty()) {
      return null;
    }
    Label bare = Label.of(rest);
    if (unit != null && Amounts.unitOf(bare.hint) != null) {
      rest = bare.cleanWritten();
      rest = rest.substring(0, rest.length() - bare.hint.length() - 2).strip();
    }
    return new Column(c, Role.SOURCE, null, rest, medium, unit, depth);
  }

  // ---------------------------------------------------------------- rows

  private int rows(int top, int bottom) {
    Integer defaultYear = null;
    if (form.sheet != null && form.sheet.field("field.name") == null && !form.sheet.touched) {
      defaultYear = form.sheet.year; // a year line over the table: the year of its projects without one
      form.sheet = null;
    }
    form.finishSheet();
    for (int r = top; r <= bottom; r++) {
      for (Slot s : g.starting(r)) {
        if (!s.isEmpty() && (inColumns(s) || s.row() == top && s.lastRow() < bottom && isGroup(s))) {
          s.claimed = true;
        }
      }
    }
    Map<String, Project> projects = new LinkedHashMap<>();
    Project last = null;
    String lastName = null;
    String lastCode = "";
    int r = bottom + 1;
    for (; r < g.rows; r++) {
      List<Slot> open = g.open(r);
      if (open.isEmpty()) {
        continue;
      }
      if (open.size() == 1 && open.get(0).cell.columnSpan() * 2 >= g.cols && g.cols > 1) {
        break; // a line across the table (a caption, a footer): no project's
      }
      Slot nameSlot = g.at(r, name.col());
      String nameText = nameSlot == null ? "" : nameSlot.text;
      Project project;
      if (!nameText.isEmpty() && "list.total".equals(form.terms.in("list", nameSlot.label()))) {
        last = null; // a 合计 row: the table's sums, no project's; its cells are reported
        lastName = null;
        continue;
      }
      if (nameText.isEmpty()) {
        if (last == null) {
          continue; // cells before any project: reported as unplaced
        }
        project = last;
      } else {
        Slot codeSlot = code == null ? null : g.at(r, code.col());
        String codeText = codeSlot == null || codeSlot.isEmpty() ? (nameText.equals(lastName) ? lastCode : "") : codeSlot.text;
        FormatLocation at = g.table.locationOf(nameSlot.cell);
        project = projects.computeIfAbsent(nameText + "\n" + codeText, k -> new Project(at));
        nameSlot.claimed = true;
        project.draft.set("field.name", nameText);
        lastName = nameText;
        lastCode = codeText;
      }
      last = project;
      projectCells(project, r);
      if (!indicatorColumns.isEmpty()) {
        indicator(project, r);
      }
    }
    List<SheetDraft> drafts = new ArrayList<>();
    for (Project p : projects.values()) {
      drafts.add(build(p, defaultYear));
    }
    form.collected(drafts);
    return r - 1;
  }

  private boolean inColumns(Slot s) {
    for (Column c : columns) {
      if (c.col() == s.col()) {
        return true;
      }
    }
    return false;
  }

  /** A group cell over known columns (资金（万元）, 绩效指标) is part of the header. */
  private boolean isGroup(Slot s) {
    for (Column c : columns) {
      if (c.col() >= s.col() && c.col() < s.endCol()) {
        return true;
      }
    }
    return false;
  }

  /** The project's own cells of row r: each placed once, a second different value reported. */
  private void projectCells(Project p, int r) {
    for (Column c : columns) {
      if (c.role() == Role.NAME || c.role() == Role.INDICATOR || c.role() == Role.PERIOD) {
        continue;
      }
      Slot s = g.at(r, c.col());
      if (s == null || s.claimed || s.isEmpty() || s.col() != c.col()) {
        continue;
      }
      s.claimed = true;
      if (!place(p, c, s)) {
        form.warnings.conflict(g, s, "a second value in the project's column " + (c.col() + 1) + "; the first was kept");
      }
    }
  }

  /** Places a project cell; false when the project already has another value there. */
  private boolean place(Project p, Column c, Slot s) {
    String text = s.text;
    switch (c.role()) {
      case FIELD:
        if (c.term().equals("field.responsibleAndContact")) {
          String[] parts = FieldSection.personAndPhone(text);
          return p.draft.set("field.responsible", parts[0]) & p.draft.set("field.contact", parts[1]);
        }
        if (c.term().equals("field.startEnd")) {
          String[] parts = FieldSection.startAndEnd(text);
          return p.draft.set("field.start", parts[0]) & p.draft.set("field.end", parts[1]);
        }
        return p.draft.set(c.term(), text);
      case YEAR: {
        Matcher m = YEAR.matcher(Label.key(text));
        if (!m.matches()) {
          form.warnings.unplaced(g, s, "a year that is not a year");
          return true;
        }
        int year = Integer.parseInt(m.group(1));
        if (p.draft.year != null && p.draft.year != year) {
          return false;
        }
        p.draft.year = year;
        return true;
      }
      case UNIT: {
        AmountUnit unit = Amounts.unitOf(Label.key(text));
        if (unit == null) {
          form.warnings.unplaced(g, s, "an amount unit other than 元 or 万元");
          return true;
        }
        if (p.unit != null && p.unit != unit) {
          return false;
        }
        p.unit = unit;
        return true;
      }
      case GOAL: {
        boolean medium = c.term().equals("goal.medium");
        String old = medium ? p.draft.mediumTermGoals : p.draft.annualGoals;
        if (old != null) {
          return old.equals(text);
        }
        if (medium) {
          p.draft.mediumTermGoals = text;
        } else {
          p.draft.annualGoals = text;
        }
        return true;
      }
      case EXTRA: {
        String old = p.extras.putIfAbsent(c, text);
        return old == null || old.equals(text);
      }
      case TOTAL:
      case SOURCE: {
        Amounts.Written amount = Amounts.parse(text);
        if (amount == null) {
          form.warnings.unplaced(g, s, "an amount that is not a number");
          return true;
        }
        Amounts.Written old = p.amounts.putIfAbsent(c, amount);
        return old == null || old.equals(amount);
      }
      default:
        return true; // 序号: the row's number in the table, not the project's
    }
  }

  /** The indicator of row r, when it has a name or a value. */
  private void indicator(Project p, int r) {
    Slot periodSlot = periodCell(r);
    if (periodSlot != null && !periodSlot.isEmpty()) {
      Terms.Period period = form.terms.periodOf(periodSlot.label().key);
      if (period == null) {
        form.warnings.unplaced(g, periodSlot, "a period that is neither 年度 nor 中长期");
      } else {
        p.mediumPeriod = period == Terms.Period.MEDIUM;
      }
      periodSlot.claimed = true;
    }
    Slot l1 = covering(r, LEVEL1);
    Slot l2 = covering(r, LEVEL2);
    if (l1 != null && !l1.isEmpty()) {
      p.level1 = l1.text;
    }
    if (l2 != null && !l2.isEmpty()) {
      p.level2 = l2.text;
    }
    Slot nameSlot = starting(r, LEVEL3);
    Slot target = starting(r, TARGET);
    String nameText = nameSlot == null ? "" : nameSlot.text;
    String targetText = target == null ? "" : target.text;
    if (nameText.isEmpty() && targetText.isEmpty()) {
      return; // a row of the project only (a project without indicators, or categories alone)
    }
    Indicator.Builder b = Indicator.builder();
    List<IndicatorColumn> used = new ArrayList<>();
    try {
      b.level1(p.level1).level2(p.level2).target(targetText);
      IndicatorSection.name(b, nameSlot, nameText);
      for (Map.Entry<String, Column> e : indicatorColumns.entrySet()) {
        IndicatorColumn column = IndicatorSection.extraColumn(e.getKey());
        Slot s = starting(r, e.getKey());
        if (column == null || s == null || s.isEmpty()) {
          continue;
        }
        if (column == IndicatorColumn.WEIGHT && !WEIGHT.matcher(weightNumber(s.text)).matches()) {
          form.warnings.unplaced(g, s, "a weight that is not a number");
          s.claimed = true;
          continue;
        }
        used.add(column);
        switch (column) {
          case UNIT: b.unit(s.text); break;
          case COMPARATOR: b.comparatorText(s.text); break;
          case WEIGHT: b.weight(new BigDecimal(weightNumber(s.text))); break;
          case BASIS: b.basis(s.text); break;
          case SCORING: b.scoring(s.text); break;
          default: b.remark(s.text);
        }
      }
      Indicator indicator = b.build();
      (p.mediumPeriod ? p.medium : p.annual).add(indicator);
      List<IndicatorColumn> declared = p.mediumPeriod ? p.mediumColumns : p.annualColumns;
      for (IndicatorColumn c : used) {
        if (!declared.contains(c)) {
          declared.add(c);
        }
      }
    } catch (ModelException e) {
      form.warnings.unplaced(g, nameSlot == null || nameSlot.isEmpty() ? target : nameSlot,
          "an indicator row the model rejects: " + e.getMessage());
      claimIndicatorCells(r, false);
      return;
    }
    claimIndicatorCells(r, true);
  }

  private static String weightNumber(String text) {
    return Texts.compact(text).replace("分", "").replace("%", "");
  }

  private void claimIndicatorCells(int r, boolean withLevels) {
    for (String term : indicatorColumns.keySet()) {
      Slot s = term.equals(LEVEL1) || term.equals(LEVEL2) ? (withLevels ? covering(r, term) : null) : starting(r, term);
      if (s != null && (withLevels || !s.isEmpty())) {
        s.claimed = true;
      }
    }
  }

  private Slot periodCell(int r) {
    for (Column c : columns) {
      if (c.role() == Role.PERIOD) {
        Slot s = g.at(r, c.col());
        return s == null || s.col() != c.col() ? null : s;
      }
    }
    return null;
  }

  private Slot covering(int r, String term) {
    Column c = indicatorColumns.get(term);
    if (c == null) {
      return null;
    }
    Slot s = g.at(r, c.col());
    return s == null || s.col() != c.col() ? null : s;
  }

  private Slot starting(int r, String term) {
    Slot s = covering(r, term);
    return s == null || s.row() != r ? null : s;
  }

  // ---------------------------------------------------------------- the sheets

  private SheetDraft build(Project p, Integer defaultYear) {
    SheetDraft d = p.draft;
    if (d.year == null) {
      d.year = defaultYear;
    }
    d.annualSplit = split(p, false);
    d.mediumTermSplit = split(p, true);
    for (Column c : columns) {
      String extra = p.extras.get(c);
      if (extra != null) {
        d.extras.add(LabelledText.of(c.label(), extra));
      }
    }
    d.annualIndicators.declare(inHeaderOrder(p.annualColumns));
    d.annualIndicators.rows.addAll(p.annual);
    if (!p.medium.isEmpty()) {
      IndicatorDraft medium = d.indicators(true);
      medium.declare(inHeaderOrder(p.mediumColumns));
      medium.rows.addAll(p.medium);
    }
    return d;
  }

  private List<IndicatorColumn> inHeaderOrder(List<IndicatorColumn> used) {
    List<IndicatorColumn> ordered = new ArrayList<>();
    for (String term : indicatorColumns.keySet()) {
      IndicatorColumn c = IndicatorSection.extraColumn(term);
      if (c != null && used.contains(c)) {
        ordered.add(c);
      }
    }
    return ordered;
  }

  /** The funding of one period from the project's amounts, sources nested by their 其中; null when it has no total. */
  private FundingSplit split(Project p, boolean medium) {
    Column totalColumn = null;
    List<Column> sources = new ArrayList<>();
    for (Column c : columns) {
      if (c.medium() == medium && p.amounts.containsKey(c)) {
        if (c.role() == Role.TOTAL && totalColumn == null) {
          totalColumn = c;
        } else if (c.role() == Role.SOURCE) {
          sources.add(c);
        }
      }
    }
    if (totalColumn == null) {
      if (!sources.isEmpty()) {
        form.warnings.add(ReadWarning.Kind.UNPLACED, sources.get(0).label(), p.draft.start,
            "funding sources of a project without a 合计 amount: they are not in the document");
      }
      return null;
    }
    AmountUnit unit = unitOf(p, totalColumn, p.amounts.get(totalColumn));
    FundingSplit.Builder b = FundingSplit.builder()
        .total(unit.toWanYuan(p.amounts.get(totalColumn).amount())).unit(unit);
    List<Node> top = new ArrayList<>();
    List<Node> open = new ArrayList<>();
    for (Column c : sources) {
      Amounts.Written w = p.amounts.get(c);
      Node node = new Node(c.label(), unitOf(p, c, w).toWanYuan(w.amount()), c.depth());
      while (!open.isEmpty() && open.get(open.size() - 1).depth >= node.depth) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        top.add(node);
      } else {
        open.get(open.size() - 1).children.add(node);
      }
      open.add(node);
    }
    top.forEach(n -> b.addSources(n.build()));
    return b.build();
  }

  private AmountUnit unitOf(Project p, Column c, Amounts.Written w) {
    if (w.unit() != null) {
      return w.unit();
    }
    if (p.unit != null) {
      return p.unit;
    }
    if (c.unit() != null) {
      return c.unit();
    }
    return form.statedUnit != null ? form.statedUnit : AmountUnit.WAN_YUAN;
  }

  /** A source while its nested sources are collected. */
  private static final class Node {
    final String label;
    final BigDecimal amount;
    final int depth;
    final List<Node> children = new ArrayList<>();

    Node(String label, BigDecimal amount, int depth) {
      this.label = label;
      this.amount = amount;
      this.depth = depth;
    }

    FundingSource build() {
      FundingSource.Builder b = FundingSource.builder().label(label).amount(amount);
      children.forEach(c -> b.addChildren(c.build()));
      return b.build();
    }
  }
}

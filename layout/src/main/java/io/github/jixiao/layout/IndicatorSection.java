package io.github.jixiao.layout;

import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Indicator tables: the header row found by its column roles (levels 1–3 or 指标名称 / 指标内容, the
 * value, and any of comparator, unit, weight, basis, scoring, remark, in any order); the table's
 * period from a caption before it, a caption row, a group cell or the value header's words; then
 * one indicator per row, level cells left empty (or merged) inheriting from above. A table that
 * goes on in the next table — with its header repeated or with no header but the same grid — is
 * one table.
 */
final class IndicatorSection {
  private static final Pattern WEIGHT = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?");
  private static final String LEVEL1 = "column.level1";
  private static final String LEVEL2 = "column.level2";
  private static final String LEVEL3 = "column.level3";
  private static final String TARGET = "column.target";
  /** A second value column of another period (中长期指标值 | 年度指标值 side by side). */
  private static final String SECOND_TARGET = "column.target.second";

  private final FormAssembler form;

  // the table being read
  private boolean active;
  /** Whether the table may go on in the next layout table (nothing placed in between). */
  private boolean continuable;
  private Map<String, Integer> roles;
  private int gridCols;
  private IndicatorDraft draft;
  /** The table of the second value column's period, when the header has one. */
  private IndicatorDraft secondDraft;
  private Terms.Period period;
  private String level1 = "";
  private String level2 = "";

  IndicatorSection(FormAssembler form) {
    this.form = form;
  }

  boolean active() {
    return active;
  }

  void stop() {
    active = false;
    continuable = false;
  }

  /** Something was placed between two tables: the next one does not continue this one. */
  void interrupt() {
    continuable = false;
  }

  void tableEnded() {
    continuable = active;
    active = false;
  }

  /**
   * At the start of a table: whether it goes on with the last one, and from which row to read it
   * (after a repeated header).
   */
  int continueInto(Grid g) {
    if (!continuable || form.pendingCaption != null) {
      continuable = false;
      return 0;
    }
    continuable = false;
    for (int r = 0; r < g.rows; r++) {
      if (g.open(r).isEmpty()) {
        continue;
      }
      Map<String, Integer> header = roles(g, r);
      if (header != null) {
        Terms.Period said = explicitPeriod(g, r, header);
        if (header.equals(roles) && (said == null || said == period)) {
          claimHeader(g, r);
          active = true;
          return r + 1;
        }
        return 0;
      }
      if (g.cols == gridCols && !stopsTable(g, r)) {
        active = true;
        return r;
      }
      return 0;
    }
    return 0;
  }

  /** Whether row r is an indicator header; if it is, a new table starts. */
  boolean header(Grid g, int r) {
    Map<String, Integer> found = roles(g, r);
    if (found == null) {
      return false;
    }
    Terms.Period said = explicitPeriod(g, r, found);
    for (Slot s : g.covering(r)) {
      if (!s.isEmpty() && form.terms.in("indicator", s.label()) != null) {
        s.claimed = true;
      }
    }
    period = said != null ? said : form.pendingCaption != null ? form.pendingCaption : Terms.Period.ANNUAL;
    form.pendingCaption = null;
    claimHeader(g, r);
    SheetDraft sheet = form.sheet(g.table.locationOf(g.at(r, found.get(TARGET)).cell));
    draft = sheet.indicators(period == Terms.Period.MEDIUM);
    secondDraft = null;
    if (found.containsKey(SECOND_TARGET)) {
      Terms.Period second = form.terms.periodOf(g.at(r, found.get(SECOND_TARGET)).label().key);
      if (second != null && second != period) {
        secondDraft = sheet.indicators(second == Terms.Period.MEDIUM);
      } else {
        found.remove(SECOND_TARGET); // two value columns of one period: the second's cells are reported
      }
    }
    List<IndicatorColumn> extras = new ArrayList<>();
    for (String role : found.keySet()) {
      IndicatorColumn c = extraColumn(role);
      if (c != null) {
        extras.add(c);
      }
    }
    draft.declare(extras);
    if (secondDraft != null) {
      secondDraft.declare(extras);
    }
    roles = found;
    gridCols = g.cols;
    level1 = "";
    level2 = "";
    active = true;
    sheet.indicatorsRead = true;
    return true;
  }

  /**
   * The period a header row says itself: a section cell covering it (绩效指标 group cells such as
   * 中长期绩效指标) or the value column's words (中长期指标值); null when it says none.
   */
  private Terms.Period explicitPeriod(Grid g, int r, Map<String, Integer> header) {
    for (Slot s : g.covering(r)) {
      if (!s.isEmpty() && form.terms.in("indicator", s.label()) != null) {
        Terms.Period p = form.terms.periodOf(s.label().key);
        if (p != null) {
          return p;
        }
      }
    }
    return form.terms.periodOf(g.at(r, header.get(TARGET)).label().key);
  }

  /** The column of each role in a header row, in column order, or null when the row is no header. */
  private Map<String, Integer> roles(Grid g, int r) {
    Map<String, Integer> found = new LinkedHashMap<>();
    boolean startsHere = false;
    // header cells merged down from a row above count too (a header written over two rows)
    for (Slot s : g.covering(r)) {
      if (s.isEmpty()) {
        continue;
      }
      String term = form.terms.in("column", s.label());
      if (term != null) {
        startsHere |= s.row() == r;
        if (term.equals(TARGET) && found.containsKey(TARGET)) {
          found.putIfAbsent(SECOND_TARGET, s.col());
        } else {
          found.putIfAbsent(term, s.col());
        }
      }
    }
    return startsHere && found.containsKey(LEVEL1) && found.containsKey(LEVEL2) && found.containsKey(LEVEL3) && found.containsKey(TARGET)
        ? found : null;
  }

  private void claimHeader(Grid g, int r) {
    for (Slot s : g.covering(r)) {
      if (!s.isEmpty() && form.terms.in("column", s.label()) != null) {
        s.claimed = true;
      }
    }
  }

  /** Whether a row ends the table: it starts with a label of another part of the sheet. */
  private boolean stopsTable(Grid g, int r) {
    List<Slot> open = g.open(r);
    if (open.isEmpty()) {
      return false;
    }
    Slot first = open.get(0);
    return first.labelTerm(form.terms) != null || first.text.contains("：") && form.terms.labelTerm(
        Label.of(first.text.substring(0, first.text.indexOf('：')))) != null;
  }

  /** Reads row r as an indicator; false when the row is not one (the table has ended). */
  boolean row(Grid g, int r) {
    if (roles(g, r) != null) {
      active = false;
      return false;
    }
    if (stopsTable(g, r)) {
      active = false;
      return false;
    }
    Slot l1 = cell(g, r, LEVEL1);
    Slot l2 = cell(g, r, LEVEL2);
    Slot name = cell(g, r, LEVEL3);
    Slot target = cell(g, r, TARGET);
    if (l1 != null && !l1.isEmpty()) {
      level1 = l1.text;
    }
    if (l2 != null && !l2.isEmpty()) {
      level2 = l2.text;
    }
    String nameText = name == null ? "" : name.text;
    String targetText = target == null ? "" : target.text;
    if (nameText.isEmpty() && targetText.isEmpty()) {
      return true; // a blank row or a row of categories only: its cells stay for the rows below
    }
    Indicator.Builder b = Indicator.builder();
    try {
      b.level1(level1).level2(level2).target(targetText);
      name(b, name, nameText);
      for (Map.Entry<String, Integer> e : roles.entrySet()) {
        IndicatorColumn column = extraColumn(e.getKey());
        if (column == null) {
          continue;
        }
        Slot s = cell(g, r, e.getKey());
        String text = s == null || s.isEmpty() ? null : s.text;
        switch (column) {
          case UNIT: b.unit(text); break;
          case COMPARATOR: b.comparatorText(text); break;
          case WEIGHT: b.weight(weight(g, s)); break;
          case BASIS: b.basis(text); break;
          case SCORING: b.scoring(text); break;
          default: b.remark(text);
        }
      }
      Indicator indicator = b.build();
      draft.rows.add(indicator);
      if (secondDraft != null) {
        Slot second = cell(g, r, SECOND_TARGET);
        secondDraft.rows.add(Indicator.builder().from(indicator).target(second == null ? "" : second.text).build());
      }
    } catch (ModelException e) {
      form.warnings.unplaced(g, name == null || name.isEmpty() ? target : name, "an indicator row the model rejects: " + e.getMessage());
      return true;
    }
    for (String role : roles.keySet()) {
      Slot s = cell(g, r, role);
      if (s != null) {
        s.claimed = true;
      }
    }
    claimLevels(g, r);
    return true;
  }

  /**
   * The name and the ★ core mark from the level-3 cell. A verbatim cell (its source says the
   * whitespace at its ends is meant) keeps that whitespace: only the mark and the space after it go.
   */
  static void name(Indicator.Builder b, Slot name, String text) {
    if (name == null || !name.cell.verbatim()) {
      b.nameAsWritten(text);
      return;
    }
    boolean core = !text.isEmpty() && (text.charAt(0) == '★' || text.charAt(0) == '☆');
    int from = core ? 1 : 0;
    while (core && from < text.length() && Texts.isBlank(text.charAt(from))) {
      from++;
    }
    b.core(core).name(text.substring(from));
  }

  /** The level cells above that gave this row its categories are placed now. */
  private void claimLevels(Grid g, int r) {
    for (String role : new String[] {LEVEL1, LEVEL2}) {
      int col = roles.get(role);
      for (int row = r; row >= 0; row--) {
        Slot s = g.at(row, col);
        if (s != null && !s.isEmpty()) {
          s.claimed = true;
          break;
        }
      }
    }
  }

  /** The cell of a role in row r; a cell spanning from another role's column belongs to that role. */
  private Slot cell(Grid g, int r, String role) {
    int col = roles.get(role);
    Slot s = g.at(r, col);
    if (s == null || s.col() < col && startsOtherRole(s, col)) {
      return null;
    }
    return s;
  }

  private boolean startsOtherRole(Slot s, int col) {
    for (int other : roles.values()) {
      if (other >= s.col() && other < col) {
        return true;
      }
    }
    return false;
  }

  private BigDecimal weight(Grid g, Slot s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    String number = Texts.compact(s.text).replace("分", "").replace("%", "");
    if (!WEIGHT.matcher(number).matches()) {
      form.warnings.unplaced(g, s, "a weight that is not a number");
      s.claimed = true;
      return null;
    }
    return new BigDecimal(number);
  }

  static IndicatorColumn extraColumn(String role) {
    switch (role) {
      case "column.unit": return IndicatorColumn.UNIT;
      case "column.comparator": return IndicatorColumn.COMPARATOR;
      case "column.weight": return IndicatorColumn.WEIGHT;
      case "column.basis": return IndicatorColumn.BASIS;
      case "column.scoring": return IndicatorColumn.SCORING;
      case "column.remark": return IndicatorColumn.REMARK;
      default: return null;
    }
  }
}

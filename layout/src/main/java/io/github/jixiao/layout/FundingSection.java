package io.github.jixiao.layout;

import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.FundingSourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A funding block, whatever its shape: a group label (项目资金（万元）) spanning the block's rows or
 * heading it, or no group label at all; sources in rows (label, then amount to its right) or in
 * columns (labels in one row, amounts in the row below); annual and medium-term stacked, side by
 * side in column pairs, or in period columns under a header (年度 | 中期). Each amount takes its
 * label from the left or from above — whichever is a label while the other is a period or nothing
 * — and its period from, in order: a period cell, the label's own words (中期资金总额), the last
 * total on the same line, the group label, the first total being annual. The unit comes from the
 * amount, the label's hint, a unit cell or the group label (元 or 万元); the model holds 万元.
 * Sources nest by their labels' indentation when a verbatim cell keeps it, else by 其中
 * ({@link FundingDraft}).
 */
final class FundingSection {
  private enum Role { AMOUNT, TOTAL, MEDIUM_TOTAL, PERIOD, HEADER, UNIT, MARKER, SOURCE, EMPTY }

  /** One amount and what it belongs to. */
  private static final class Entry {
    final Slot amount;
    final Amounts.Written written;
    final Slot label;
    final Slot period;
    final boolean labelLeft;
    final boolean total;
    Terms.Period resolved;

    Entry(Slot amount, Amounts.Written written, Slot label, Slot period, boolean labelLeft, boolean total) {
      this.amount = amount;
      this.written = written;
      this.label = label;
      this.period = period;
      this.labelLeft = labelLeft;
      this.total = total;
    }

    String line() {
      return labelLeft ? "L" + label.col() : "R" + amount.row();
    }
  }

  private final FormAssembler form;
  private final Grid g;
  private final Map<Slot, Role> roles = new HashMap<>();
  private int top;
  private int bottom;
  private int left;
  private int right;
  private AmountUnit groupUnit;
  private Terms.Period groupPeriod;

  private FundingSection(FormAssembler form, Grid g) {
    this.form = form;
    this.g = g;
  }

  /**
   * Whether a cell such as 资金来源 heads a funding block without a group label: the first open
   * cell of its row, with a total or a standard source to its right.
   */
  static boolean headsBlock(FormAssembler form, Grid g, Slot s) {
    if (!"funding.header".equals(form.terms.in("funding", s.label())) || g.open(s.row()).get(0) != s) {
      return false;
    }
    for (Slot other : g.open(s.row())) {
      String term = other == s ? null : form.terms.in("funding", other.label());
      if ("funding.total".equals(term) || "funding.mediumTotal".equals(term)
          || other != s && FundingSourceKind.recognize(other.label().base) != FundingSourceKind.CUSTOM) {
        return true;
      }
    }
    return false;
  }

  static void read(FormAssembler form, Grid g, Slot start) {
    new FundingSection(form, g).read(start);
  }

  private void read(Slot start) {
    region(start);
    List<Entry> entries = new ArrayList<>();
    for (int r = top; r <= bottom; r++) {
      for (Slot s : g.starting(r)) {
        if (inRegion(s) && role(s) == Role.AMOUNT) {
          Entry e = entry(s);
          if (e != null) {
            entries.add(e);
          }
        }
      }
    }
    resolvePeriods(entries);
    place(entries);
    for (int r = top; r <= bottom; r++) {
      for (Slot s : g.starting(r)) {
        if (!inRegion(s) || s.claimed) {
          continue;
        }
        Role role = role(s);
        if (role == Role.HEADER || role == Role.UNIT || role == Role.MARKER || role == Role.PERIOD) {
          s.claimed = true;
        } else if (role == Role.SOURCE || role == Role.TOTAL || role == Role.MEDIUM_TOTAL) {
          s.claimed = true;
          form.warnings.unplaced(g, s, "a funding label without an amount");
        }
      }
    }
  }

  /** The rows and columns of the block. */
  private void region(Slot start) {
    String term = start.labelTerm(form.terms);
    if ("funding.group".equals(term)) {
      start.claimed = true;
      groupUnit = Amounts.unitOf(start.label().hint);
      groupPeriod = form.terms.periodOf(start.label().base);
      if (g.right(start) != null) {
        top = start.row();
        bottom = start.lastRow();
        left = start.endCol();
        right = g.cols;
        while (bottom + 1 < g.rows && emptyAt(bottom + 1, start.col()) && fundingRow(bottom + 1)) {
          bottom++;
        }
        return;
      }
      top = start.lastRow() + 1;
      left = start.cell.columnSpan() > 1 ? start.col() : 0;
      right = start.cell.columnSpan() > 1 ? start.endCol() : g.cols;
    } else {
      top = start.row();
      left = start.col();
      right = g.cols;
    }
    bottom = top;
    while (bottom + 1 < g.rows && fundingRow(bottom + 1)) {
      bottom++;
    }
  }

  private boolean emptyAt(int row, int col) {
    Slot s = g.at(row, col);
    return s == null || (s.isEmpty() && !s.claimed) || s.row() < row;
  }

  /** Whether a row goes on with the block: funding words and amounts, no label of another part. */
  private boolean fundingRow(int row) {
    boolean funding = false;
    for (Slot s : g.starting(row)) {
      if (s.col() < left || s.col() >= right || s.isEmpty() || s.claimed) {
        continue;
      }
      String term = s.labelTerm(form.terms);
      if ((term != null && !term.startsWith("funding.")) || form.terms.in("column", s.label()) != null) {
        return false;
      }
      Role role = role(s);
      funding |= role != Role.SOURCE || s.label().ofWhich || FundingSourceKind.recognize(s.label().base) != FundingSourceKind.CUSTOM;
    }
    return funding;
  }

  private boolean inRegion(Slot s) {
    return s.row() >= top && s.row() <= bottom && s.col() >= left && s.col() < right;
  }

  private Role role(Slot s) {
    return roles.computeIfAbsent(s, this::classify);
  }

  private Role classify(Slot s) {
    if (s.isEmpty()) {
      return Role.EMPTY;
    }
    if (Amounts.parse(s.text) != null) {
      return Role.AMOUNT;
    }
    Label label = s.label();
    String term = form.terms.in("funding", label);
    if (term != null) {
      switch (term) {
        case "funding.total": return Role.TOTAL;
        case "funding.mediumTotal": return Role.MEDIUM_TOTAL;
        case "funding.annual":
        case "funding.medium": return Role.PERIOD;
        case "funding.unit": return Role.UNIT;
        default: return Role.HEADER;
      }
    }
    if (label.key.equals("其中")) {
      return Role.MARKER;
    }
    if (label.key.startsWith("单位") && Amounts.unitOf(label.key) != null) {
      return Role.UNIT;
    }
    return Role.SOURCE;
  }

  private static boolean isLabel(Role r) {
    return r == Role.TOTAL || r == Role.MEDIUM_TOTAL || r == Role.SOURCE;
  }

  /** An amount with its label, or null (and a warning) when it has none. */
  private Entry entry(Slot amount) {
    Slot leftSlot = null;
    for (int c = amount.col() - 1; c >= left; c--) {
      Slot s = g.at(amount.row(), c);
      if (s == null || s == amount || s.row() < top || role(s) == Role.EMPTY || role(s) == Role.AMOUNT) {
        continue;
      }
      leftSlot = s;
      break;
    }
    Slot upSlot = null;
    for (int r = amount.row() - 1; r >= top; r--) {
      Slot s = g.at(r, amount.col());
      if (s == null || s == amount || s.col() < left || role(s) == Role.EMPTY || role(s) == Role.AMOUNT) {
        continue;
      }
      upSlot = s;
      break;
    }
    boolean leftIsLabel = leftSlot != null && isLabel(role(leftSlot));
    boolean upIsLabel = upSlot != null && isLabel(role(upSlot));
    Slot label;
    Slot period;
    boolean labelLeft;
    if (leftIsLabel && (!upIsLabel || leftSlot.endCol() == amount.col())) {
      label = leftSlot;
      period = upSlot;
      labelLeft = true;
    } else if (upIsLabel) {
      label = upSlot;
      period = leftSlot;
      labelLeft = false;
    } else {
      form.warnings.unplaced(g, amount, "an amount in the funding block without a label");
      amount.claimed = true;
      return null;
    }
    Role labelRole = role(label);
    return new Entry(amount, Amounts.parse(amount.text), label, period != null && role(period) == Role.PERIOD ? period : null,
        labelLeft, labelRole == Role.TOTAL || labelRole == Role.MEDIUM_TOTAL);
  }

  private void resolvePeriods(List<Entry> entries) {
    Map<String, List<Entry>> totalsByLine = new HashMap<>();
    boolean totalSeen = false;
    for (Entry e : entries) {
      if (!e.total) {
        continue;
      }
      Terms.Period p = explicit(e);
      if (p == null) {
        p = groupPeriod != null ? groupPeriod : totalSeen ? Terms.Period.MEDIUM : Terms.Period.ANNUAL;
      }
      e.resolved = p;
      totalSeen = true;
      totalsByLine.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(e);
    }
    Terms.Period lastTotal = null;
    for (Entry e : entries) {
      if (e.total) {
        lastTotal = e.resolved;
        continue;
      }
      Terms.Period p = explicit(e);
      if (p == null) {
        p = lineTotal(totalsByLine.get(e.line()), e);
      }
      if (p == null) {
        p = lastTotal != null ? lastTotal : groupPeriod != null ? groupPeriod : Terms.Period.ANNUAL;
      }
      e.resolved = p;
    }
  }

  /** The period of a period cell or of the label's own words. */
  private Terms.Period explicit(Entry e) {
    if (e.period != null) {
      return "funding.medium".equals(form.terms.in("funding", e.period.label())) ? Terms.Period.MEDIUM : Terms.Period.ANNUAL;
    }
    if (role(e.label) == Role.MEDIUM_TOTAL) {
      return Terms.Period.MEDIUM;
    }
    return form.terms.periodOf(e.label.label().base);
  }

  /** The total on the same line: the last one above a source in a label column, any one in an amount row. */
  private static Terms.Period lineTotal(List<Entry> totals, Entry source) {
    if (totals == null || totals.isEmpty()) {
      return null;
    }
    if (!source.labelLeft) {
      return totals.get(0).resolved;
    }
    Terms.Period found = totals.get(0).resolved;
    for (Entry t : totals) {
      if (t.amount.row() <= source.amount.row()) {
        found = t.resolved;
      }
    }
    return found;
  }

  private void place(List<Entry> entries) {
    AmountUnit regionUnit = null;
    for (Slot s : g.slots) {
      if (inRegion(s) && role(s) == Role.UNIT) {
        regionUnit = Amounts.unitOf(s.label().key);
        break;
      }
    }
    SheetDraft sheet = form.sheet(g.table.locationOf(entries.isEmpty() ? g.slots.get(0).cell : entries.get(0).amount.cell));
    sheet.touched = true;
    for (Terms.Period period : Terms.Period.values()) {
      FundingDraft draft = period == Terms.Period.MEDIUM ? sheet.mediumTermFunding : sheet.annualFunding;
      boolean hasTotal = draft.hasTotal();
      for (Entry e : entries) {
        hasTotal |= e.resolved == period && e.total;
      }
      for (Entry e : entries) {
        if (e.resolved != period) {
          continue;
        }
        AmountUnit unit = unitOf(e, regionUnit);
        if (!hasTotal) {
          form.warnings.unplaced(g, e.label, "a funding source in a block without a total (" + e.amount.text + ")");
          e.label.claimed = true;
          e.amount.claimed = true;
          continue;
        }
        e.amount.claimed = true;
        e.label.claimed = true;
        if (e.period != null) {
          e.period.claimed = true;
        }
        if (e.total) {
          if (draft.hasTotal()) {
            form.warnings.add(ReadWarning.Kind.CONFLICT, e.amount.text, g.table.locationOf(e.amount.cell),
                "a second total for the " + period.name().toLowerCase() + " funding; the first was kept");
          } else {
            draft.total(unit.toWanYuan(e.written.amount()), unit);
          }
        } else {
          boolean ofWhich = e.label.label().ofWhich || marked(e.label);
          draft.source(sourceLabel(e.label.text), ofWhich, unit.toWanYuan(e.written.amount()), indent(e.label.text));
        }
      }
    }
  }

  private AmountUnit unitOf(Entry e, AmountUnit regionUnit) {
    if (e.written.unit() != null) {
      return e.written.unit();
    }
    AmountUnit u = Amounts.unitOf(e.label.label().hint);
    if (u == null && e.period != null) {
      u = Amounts.unitOf(e.period.label().hint);
    }
    if (u == null) {
      u = regionUnit != null ? regionUnit : groupUnit != null ? groupUnit : form.statedUnit;
    }
    return u == null ? AmountUnit.WAN_YUAN : u;
  }

  /** Whether a "其中" cell stands just left of a label. */
  private boolean marked(Slot label) {
    Slot before = g.at(label.row(), label.col() - 1);
    return before != null && role(before) == Role.MARKER;
  }

  /** The whitespace in front of a label as its cell keeps it: none unless the cell is verbatim. */
  private static int indent(String written) {
    int n = 0;
    while (n < written.length() && Texts.isBlank(written.charAt(n))) {
      n++;
    }
    return n;
  }

  /** The label without layout: no leading 其中, no colons, no padding. */
  static String sourceLabel(String written) {
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

package io.github.jixiao.layout;

import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 公开清单: a header with 序号, 项目名称 and an amount column (in any order, with any other
 * columns, which each row keeps as labelled text), one row per project, and an optional 合计 row.
 */
final class ListSection {
  private static final Pattern SEQUENCE = Pattern.compile("[0-9]{1,9}");

  private ListSection() {}

  /** Reads a list whose header is row r; returns its last row, or -1 when row r is no list header. */
  static int read(FormAssembler form, Grid g, int r) {
    int sequence = -1;
    int name = -1;
    int amount = -1;
    AmountUnit unit = AmountUnit.WAN_YUAN;
    List<Slot> others = new ArrayList<>();
    for (Slot s : g.starting(r)) {
      if (s.isEmpty()) {
        continue;
      }
      String term = form.terms.in("list", s.label());
      if (term == null && s.label().base.startsWith("预算")) {
        term = "list.amount";
      }
      if ("list.sequence".equals(term) && sequence < 0) {
        sequence = s.col();
      } else if ("list.name".equals(term) && name < 0) {
        name = s.col();
      } else if ("list.amount".equals(term) && amount < 0) {
        amount = s.col();
        AmountUnit hinted = Amounts.unitOf(s.label().hint);
        unit = hinted == null ? unit : hinted;
      } else {
        others.add(s);
      }
    }
    if (sequence < 0 || name < 0 || amount < 0) {
      return -1;
    }
    for (Slot s : g.starting(r)) {
      s.claimed = true;
    }
    int last = r;
    for (int row = r + 1; row < g.rows; row++) {
      Slot seq = g.at(row, sequence);
      Slot project = g.at(row, name);
      Slot money = g.at(row, amount);
      String seqText = seq == null ? "" : Texts.compact(seq.text);
      boolean total = seq != null && form.terms.in("list", seq.label()) != null && "list.total".equals(form.terms.in("list", seq.label()))
          || project != null && "list.total".equals(form.terms.in("list", project.label()));
      Amounts.Written written = money == null ? null : Amounts.parse(money.text);
      if (total && written != null) {
        form.listTotal = unit.toWanYuan(written.amount());
        claim(seq, project, money);
        last = row;
        continue;
      }
      if (!SEQUENCE.matcher(seqText).matches() || project == null || project.isEmpty()) {
        break;
      }
      last = row;
      if (written == null) {
        continue; // the row's cells stay unclaimed and are reported
      }
      try {
        DisclosureListEntry.Builder b = DisclosureListEntry.builder().sequence(Integer.parseInt(seqText))
            .name(project.text).amount(unit.toWanYuan(written.amount()));
        for (Slot header : others) {
          // every row keeps every other column, blank cells too: the list is a table of equal rows
          Slot cell = g.at(row, header.col());
          boolean own = cell != null && cell.row() == row;
          b.addExtras(LabelledText.of(header.label().cleanWritten(), own ? cell.text : ""));
          if (own) {
            cell.claimed = true;
          }
        }
        form.entries.add(b.build());
        claim(seq, project, money);
      } catch (ModelException e) {
        form.warnings.unplaced(g, project, "a list row the model rejects: " + e.getMessage());
      }
    }
    return last;
  }

  private static void claim(Slot... slots) {
    for (Slot s : slots) {
      if (s != null) {
        s.claimed = true;
      }
    }
  }
}

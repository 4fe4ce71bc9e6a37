package io.github.jixiao.layout;

import io.github.jixiao.model.LabelledText;
import java.util.List;

/**
 * A progress plan inside a sheet (实施计划): a header of 开始时间 | 完成时间 (and 备注, 阶段, …, but no
 * other field label) over rows of phases. Its dates are the plan's, not the project's; each row is kept as labelled text
 * (the first cell as the label, "header：value" pairs as the text).
 */
final class PlanSection {
  private PlanSection() {}

  /** Reads a plan whose header is row r; returns its last row, or -1 when row r is no plan header. */
  static int read(FormAssembler form, Grid g, int r) {
    List<Slot> header = g.open(r);
    int dates = 0;
    for (int i = 0; i + 1 < header.size(); i++) {
      String a = form.terms.in("field", header.get(i).label());
      String b = form.terms.in("field", header.get(i + 1).label());
      if ("field.start".equals(a) && "field.end".equals(b)) {
        dates++;
      }
    }
    if (dates == 0) {
      return -1;
    }
    int others = 0;
    for (Slot s : header) {
      String term = s.labelTerm(form.terms);
      if (term != null && term.startsWith("field.") && !term.equals("field.start") && !term.equals("field.end")) {
        return -1; // labels over their values (项目期 | 开始时间 | 结束时间), not a plan
      }
      others += "field.start".equals(term) || "field.end".equals(term) ? 0 : 1;
    }
    if (others == 0) {
      return -1; // 开始时间 | 结束时间 alone are the project's dates, a plan has a phase or remark column
    }
    for (Slot s : header) {
      s.claimed = true;
    }
    SheetDraft sheet = form.sheet(g.table.locationOf(header.get(0).cell));
    int row = r + 1;
    for (; row < g.rows; row++) {
      List<Slot> cells = g.open(row);
      if (cells.isEmpty()) {
        continue;
      }
      if (form.terms.isLabel(cells.get(0)) || form.terms.in("column", cells.get(0).label()) != null) {
        break;
      }
      StringBuilder text = new StringBuilder();
      String label = null;
      for (Slot s : cells) {
        Slot head = null;
        for (Slot h : header) {
          if (h.col() <= s.col() && s.col() < h.endCol()) {
            head = h;
          }
        }
        if (label == null && head == null) {
          label = s.text;
        } else {
          boolean plain = head == null || form.terms.in("note", head.label()) != null;
          text.append(text.length() == 0 ? "" : "；").append(plain ? "" : head.label().cleanWritten() + "：").append(s.text);
        }
        s.claimed = true;
      }
      sheet.extras.add(LabelledText.of(label == null ? "实施计划" : label, text.toString()));
    }
    return row - 1;
  }
}

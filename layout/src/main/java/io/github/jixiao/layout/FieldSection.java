package io.github.jixiao.layout;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.LabelledText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label/value pairs: a label cell and its value to the right (across merged cells) or, when the
 * right is another label, below; "label：value" written in one cell or one line; joined labels
 * (负责人及电话) split; goals; notes and footer lines kept as labelled text. A footer's 联系电话 is the
 * footer's, never the project's contact.
 */
final class FieldSection {
  private static final Pattern PHONE = Pattern.compile("[0-9０-９][0-9０-９\\-－ ()（）+]{4,}[0-9０-９]");
  private static final String[] PERIOD_SEPARATORS = {"至", "～", "~", "—", "－", "到"};

  private final FormAssembler form;

  FieldSection(FormAssembler form) {
    this.form = form;
  }

  /** Whether a row is a footer line: it carries 填报人, 填报日期 or the like. */
  boolean isFooterRow(List<Slot> open) {
    for (Slot s : open) {
      if (form.terms.in("footer", s.label()) != null) {
        return true;
      }
      if (s.text.indexOf(':') >= 0 || s.text.indexOf('：') >= 0) {
        for (InlineLabels.Found f : InlineLabels.find(s.text, form.terms)) {
          if (f.term().startsWith("footer")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A label cell: finds its value and places both. */
  void labelled(Grid g, Slot label, String term, boolean footer) {
    label.claimed = true;
    List<Slot> values = valueSlots(g, label);
    String value = join(values);
    FormatLocation at = g.table.locationOf(label.cell);
    if (!place(term, label.label(), value, at, footer)) {
      Slot where = values.isEmpty() ? label : values.get(0);
      form.warnings.conflict(g, where, "a second value for " + label.label().cleanWritten() + "; the first was kept");
    }
  }

  /** 年度目标 / 中长期目标 (and their variants) and the goal text beside or below them. */
  void goal(Grid g, Slot label, String term) {
    label.claimed = true;
    String value = join(valueSlots(g, label));
    if (value.isEmpty()) {
      return;
    }
    SheetDraft sheet = form.sheet(g.table.locationOf(label.cell));
    sheet.touched = true;
    boolean medium = term.equals("goal.medium");
    String old = medium ? sheet.mediumTermGoals : sheet.annualGoals;
    if (old != null && !old.equals(value)) {
      form.warnings.add(ReadWarning.Kind.CONFLICT, value, g.table.locationOf(label.cell),
          "a second text for " + label.label().cleanWritten() + "; the first was kept");
    } else if (medium) {
      sheet.mediumTermGoals = value;
    } else {
      sheet.annualGoals = value;
    }
  }

  /**
   * "label：value …" pairs in one text, a paragraph or a cell; true when the text is made of them.
   * The cell, when given, is claimed.
   */
  boolean inline(String text, FormatLocation at, Slot cell) {
    return inline(text, at, cell, false);
  }

  /**
   * As {@link #inline(String, FormatLocation, Slot)}, in a row that is a footer ("填表人：李四 |
   * 联系电话：…" in two cells): then a 联系电话 in any of its cells is the footer's, not the project's.
   */
  boolean inline(String text, FormatLocation at, Slot cell, boolean footerRow) {
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
      return false;
    }
    List<InlineLabels.Found> pairs = InlineLabels.find(text, form.terms);
    if (pairs.isEmpty() || !Texts.trim(text.substring(0, pairs.get(0).labelStart())).isEmpty()) {
      return false;
    }
    boolean footer = footerRow;
    for (InlineLabels.Found p : pairs) {
      footer |= p.term().startsWith("footer");
    }
    for (int i = 0; i < pairs.size(); i++) {
      InlineLabels.Found p = pairs.get(i);
      int valueEnd = i + 1 < pairs.size() ? pairs.get(i + 1).labelStart() : text.length();
      Label label = Label.of(text.substring(p.labelStart(), p.labelEnd()));
      String term = p.term();
      String value = Texts.trim(text.substring(p.valueStart(), valueEnd));
      if (!place(term, label, value, at, footer)) {
        form.warnings.add(ReadWarning.Kind.CONFLICT, value, at, "a second value for " + label.cleanWritten() + "; the first was kept");
      }
    }
    if (cell != null) {
      cell.claimed = true;
    }
    return true;
  }

  /** Places a value by its label's term; false when the field already has another value. */
  private boolean place(String term, Label label, String value, FormatLocation at, boolean footer) {
    if (term.startsWith("doc.") || term.equals("field.seal") && form.sheet == null) {
      // 填报单位 / 单位名称（盖章） before any sheet name the document's unit
      form.unitLine(label.cleanWritten(), value, at);
      return true;
    }
    SheetDraft sheet = form.sheet(at);
    sheet.touched = true;
    boolean footerField = footer || sheet.indicatorsRead;
    if (term.startsWith("note") || term.startsWith("footer")
        || (footerField && (term.equals("field.contact") || term.equals("field.responsible")))) {
      sheet.extras.add(LabelledText.of(label.cleanWritten(), value));
      return true;
    }
    switch (term) {
      case "field.responsibleAndContact": {
        String[] parts = personAndPhone(value);
        return sheet.set("field.responsible", parts[0]) & sheet.set("field.contact", parts[1]);
      }
      case "field.startEnd": {
        String[] parts = startAndEnd(value);
        return sheet.set("field.start", parts[0]) & sheet.set("field.end", parts[1]);
      }
      default:
        return sheet.set(term, value);
    }
  }

  /** The value of a label: the cells right of it over its rows, or the cell below when the right is a label or blank. */
  private List<Slot> valueSlots(Grid g, Slot label) {
    List<Slot> out = new ArrayList<>();
    Slot right = g.right(label);
    if (right != null && !right.claimed && !form.terms.isLabel(right)) {
      for (int r = label.row(); r <= label.lastRow(); r++) {
        Slot s = g.at(r, label.endCol());
        if (s != null && !s.claimed && !out.contains(s) && !form.terms.isLabel(s)) {
          out.add(s);
        }
      }
    }
    if (out.stream().allMatch(Slot::isEmpty)) {
      // nothing to the right (or only blanks): a value written below the label, aligned with it
      Slot below = g.below(label);
      if (below != null && !below.claimed && below.col() == label.col() && !below.isEmpty() && !form.terms.isLabel(below)) {
        out.clear();
        out.add(below);
      }
    }
    for (Slot s : out) {
      s.claimed = true;
    }
    return out;
  }

  private static String join(List<Slot> slots) {
    StringBuilder b = new StringBuilder();
    for (Slot s : slots) {
      if (!s.isEmpty()) {
        b.append(b.length() == 0 ? "" : "\n").append(s.text);
      }
    }
    return b.toString();
  }

  /** "张三 13800000000" → 张三, 13800000000; the phone is the trailing run of digits. */
  static String[] personAndPhone(String value) {
    Matcher m = PHONE.matcher(value);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      return new String[] {value, null};
    }
    String person = Texts.trim(value.substring(0, start) + value.substring(end));
    while (!person.isEmpty() && "/／,，、;；".indexOf(person.charAt(person.length() - 1)) >= 0) {
      person = Texts.trim(person.substring(0, person.length() - 1));
    }
    return new String[] {person, Texts.trim(value.substring(start, end))};
  }

  static String[] startAndEnd(String value) {
    for (String separator : PERIOD_SEPARATORS) {
      int at = value.indexOf(separator);
      if (at >= 0) {
        return new String[] {Texts.trim(value.substring(0, at)), Texts.trim(value.substring(at + separator.length()))};
      }
    }
    return new String[] {value, null};
  }
}

package io.github.jixiao.layout;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ModelException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the section readers over a layout, block by block: paragraphs (title, headings, year and
 * signature lines, captions, footers), and tables row by row, where each section reader claims the
 * cells it understands — the disclosure list, indicator tables, funding blocks, goals and
 * label/value fields. Sheets end where the next begins. Whatever no reader claimed is reported.
 */
final class FormAssembler {
  private static final Pattern YEAR_LINE = Pattern.compile("^\\(?((?:19|20|21)[0-9]{2})年度?\\)?$");
  private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20|21)[0-9]{2})\\s*年度?");
  /** "单位：万元", "（金额单位：元）": the unit of the amounts that follow. */
  private static final Pattern UNIT_LINE = Pattern.compile("^\\(?(?:金额|资金|计量)?单位:?(万元|元)\\)?$");
  private static final Pattern HINT_YEAR = Pattern.compile("((?:19|20|21)[0-9]{2})年度?");
  /** Endings of a unit's name, so that only a real unit is taken from the front of a title. */
  private static final Pattern UNIT_NAME = Pattern.compile(".*(局|办公室|委员会|委|政府|中心|学校|学院|大学|医院|院|所|站|队|部|处|厅|室|馆|社|公司|街道|镇|乡|村|会|署|台|团|校|园|办)$");

  private final Iterator<? extends LayoutBlock> blocks;
  final Terms terms;
  final Warnings warnings;
  private final FieldSection fields;
  private final IndicatorSection indicators;

  // the disclosure
  private String title;
  private String unit;
  private String listTitle;
  private String classifiedNote;
  final List<DisclosureListEntry> entries = new ArrayList<>();
  BigDecimal listTotal;

  // sheets
  SheetDraft sheet;
  private final Deque<BudgetItem> finished = new ArrayDeque<>();
  private int sheets;
  private boolean ended;
  private FormatLocation lastLocation = FormatLocation.unknown();

  /** The period a caption paragraph or caption row just named, for the next indicator table. */
  Terms.Period pendingCaption;
  /** The unit a "金额单位：元" line gave the amounts from here on, or null. */
  AmountUnit statedUnit;

  FormAssembler(Iterator<? extends LayoutBlock> blocks, Vocabulary vocabulary, Warnings warnings) {
    this.blocks = blocks;
    this.terms = new Terms(vocabulary);
    this.warnings = warnings;
    this.fields = new FieldSection(this);
    this.indicators = new IndicatorSection(this);
  }

  /** The next sheet, or null when the layout has no more. */
  BudgetItem nextItem() {
    while (finished.isEmpty() && !ended) {
      LayoutBlock block = blocks.hasNext() ? blocks.next() : null;
      if (block == null) {
        finishSheet();
        ended = true;
        if (sheets == 0) {
          throw new FormatException(FormatException.Reason.UNEXPECTED_LAYOUT, lastLocation,
              "the document has no target sheet (no 项目名称 label with a value)");
        }
      } else if (block instanceof LayoutParagraph p) {
        lastLocation = p.location();
        paragraph(p);
      } else {
        LayoutTable t = (LayoutTable) block;
        lastLocation = t.location();
        table(t);
      }
    }
    return finished.poll();
  }

  Disclosure disclosure() {
    List<BudgetItem> items = new ArrayList<>();
    for (BudgetItem item = nextItem(); item != null; item = nextItem()) {
      items.add(item);
    }
    Disclosure.Builder b = Disclosure.builder().title(title).listTitle(listTitle).classifiedNote(classifiedNote)
        .addAllListEntries(entries).listTotal(listTotal).addAllItems(items);
    if (unit != null) {
      b.unit(unit);
    }
    if (title != null) {
      Matcher m = TITLE.matcher(title);
      if (m.find()) {
        String front = Texts.trim(m.group(1));
        if (unit == null && UNIT_NAME.matcher(front).matches()) {
          b.unit(front);
        }
        b.year(Integer.parseInt(m.group(2)));
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- sheets

  SheetDraft sheet(FormatLocation at) {
    if (sheet == null) {
      sheet = new SheetDraft(at);
    }
    return sheet;
  }

  void startSheet(FormatLocation at) {
    finishSheet();
    sheet = new SheetDraft(at);
    indicators.stop();
  }

  boolean sheetHasName() {
    return sheet != null && sheet.field("field.name") != null;
  }

  /** Sheets read whole from a collection table (汇总表), in the order their projects first appear. */
  void collected(List<SheetDraft> drafts) {
    finishSheet();
    for (SheetDraft draft : drafts) {
      sheet = draft;
      finishSheet();
    }
  }

  void finishSheet() {
    SheetDraft done = sheet;
    sheet = null;
    indicators.stop();
    if (done == null || !done.touched && done.year == null) {
      return;
    }
    if (done.field("field.name") == null) {
      warnings.add(ReadWarning.Kind.UNPLACED, "", done.start,
          "a target sheet without a 项目名称 value: what was read of it is not in the document");
      return;
    }
    try {
      finished.add(done.build());
      sheets++;
    } catch (ModelException e) {
      warnings.add(ReadWarning.Kind.UNPLACED, done.field("field.name"), done.start,
          "the sheet could not be built: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- paragraphs

  private void paragraph(LayoutParagraph p) {
    String text = p.verbatim() ? p.text() : Texts.trim(p.text());
    if (text.isEmpty()) {
      return;
    }
    if (!line(text, p.location(), null)) {
      warnings.add(ReadWarning.Kind.UNPLACED, text, p.location(), "a paragraph the form reader does not understand");
    }
  }

  /**
   * A line of text — a paragraph, or a table row that is one line ({@link #lineRow}) — read as a
   * title, heading, year, unit or caption line, or as "label：value" pairs; true when placed. Any
   * paragraph opening the document is its title; a row of a table only when it reads like a title,
   * so that a lone label or stray cell at the top of a table is never taken for one.
   */
  private boolean line(String text, FormatLocation at, Slot row) {
    Label label = Label.of(text);
    boolean title = opensDocument() && (row == null || readsAsTitle(text, row));
    if (title && label.key.contains("涉密") && !isSheetHeading(label)) {
      // the document's first line is its title, even one about classified projects ("非涉密项目…"):
      // the note on classified projects follows the title or the list
      this.title = text;
      return true;
    }
    // a label cell in a row ("电话：" over its value) is the row reader's: its value is beside or below
    boolean labelCell = row != null && row.labelTerm(terms) != null;
    if (caption(text, at) || !labelCell && fields.inline(text, at, row)) {
      indicators.interrupt();
      return true;
    }
    if (title) {
      this.title = text;
      return true;
    }
    return false;
  }

  /** A title written in a table: no label of the vocabulary, no "label：" and a year or 绩效 in it ("某局2024年度…"). */
  private boolean readsAsTitle(String text, Slot row) {
    return row.labelTerm(terms) == null && text.indexOf(':') < 0 && text.indexOf('：') < 0
        && (TITLE.matcher(text).find() || text.contains("绩效"));
  }

  /** Whether nothing has been read yet: no title, list heading, list or sheet. */
  private boolean opensDocument() {
    return sheet == null && title == null && entries.isEmpty() && listTitle == null;
  }

  /**
   * A line that stands alone, as a paragraph or as a table row of one cell: a sheet heading, a year
   * line, the list's heading, the classified-projects footnote or an indicator-table caption.
   */
  boolean caption(String text, FormatLocation at) {
    Label label = Label.of(text);
    String key = label.key;
    if (isSheetHeading(label)) {
      startSheet(at);
      Matcher year = HINT_YEAR.matcher(label.hint);
      if (year.find()) {
        sheet.year = Integer.parseInt(year.group(1));
      }
      return true;
    }
    Matcher year = YEAR_LINE.matcher(key);
    if (year.matches()) {
      sheet(at).year = Integer.parseInt(year.group(1));
      return true;
    }
    if (unitStatement(key)) {
      return true;
    }
    if (key.contains("涉密") && classifiedNote == null) {
      classifiedNote = text;
      return true;
    }
    if (isCollectionHeading(label)) {
      // the heading over a collection table, whose projects are its rows; the document's title
      // when it is the document's first line
      if (opensDocument()) {
        title = text;
      }
      return true;
    }
    if (sheet == null && terms.in("heading", label) != null) {
      listTitle = text;
      return true;
    }
    if (terms.in("indicator", label) != null) {
      Terms.Period period = terms.periodOf(key);
      pendingCaption = period == null ? Terms.Period.ANNUAL : period;
      return true;
    }
    return false;
  }

  /** A line that states the unit of the amounts ("金额单位：万元"); remembered for the blocks that follow. */
  boolean unitStatement(String key) {
    Matcher m = UNIT_LINE.matcher(key);
    if (!m.matches()) {
      return false;
    }
    statedUnit = m.group(1).equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
    return true;
  }

  private boolean isCollectionHeading(Label label) {
    if ("collection.heading".equals(terms.in("collection", label))) {
      return true;
    }
    for (String variant : terms.vocabulary().keys("collection.heading")) {
      if (label.base.endsWith(variant) && label.base.length() <= variant.length() + 40) {
        return true;
      }
    }
    return false;
  }

  private boolean isSheetHeading(Label label) {
    if ("heading.sheet".equals(terms.in("heading", label))) {
      return true;
    }
    for (String variant : terms.vocabulary().keys("heading.sheet")) {
      if (label.base.endsWith(variant) && label.base.length() <= variant.length() + 40 && !label.base.contains("清单")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- tables

  private void table(LayoutTable t) {
    Grid g = new Grid(t);
    // lines on top of the table (a title row, a unit line) come before it: a table they introduce
    // does not continue the last one
    for (int r = 0; r < g.rows && (g.open(r).isEmpty() || lineRow(g, r)); r++) {
      // read by lineRow
    }
    int first = indicators.continueInto(g);
    for (int r = first; r < g.rows; r++) {
      if (lineRow(g, r)) {
        continue;
      }
      if (indicators.active() && indicators.row(g, r)) {
        continue;
      }
      r = row(g, r);
    }
    indicators.tableEnded();
    pendingCaption = null;
    for (Slot s : g.slots) {
      if (!s.claimed && !s.isEmpty()) {
        warnings.unplaced(g, s, "a cell the form reader could not place");
      }
    }
  }

  /**
   * A row that is one line of text, read as the paragraph it stands for ({@link #line}): its only
   * text cell spans at least half the table, or nothing else is in the row at all. Producers put
   * such lines into tables — a title row merged across a worksheet's table, a Word table's first
   * row of one cell, a footer line under the last row — with no blank line to set them apart.
   */
  private boolean lineRow(Grid g, int r) {
    List<Slot> open = g.open(r);
    if (open.size() != 1 || g.starting(r).stream().filter(s -> !s.isEmpty()).count() != 1) {
      return false;
    }
    Slot s = open.get(0);
    boolean wide = s.cell.columnSpan() * 2 >= g.cols || g.cols == 1;
    if (!wide && g.covering(r).size() != 1) {
      return false;
    }
    if (!line(s.text, g.table.locationOf(s.cell), s)) {
      return false;
    }
    s.claimed = true;
    return true;
  }

  /** Reads one row (or, for the list, the rows it covers); returns the last row read. */
  private int row(Grid g, int r) {
    List<Slot> open = g.open(r);
    if (open.isEmpty()) {
      return r;
    }
    if (sheetHasName()) {
      for (Slot s : open) {
        if ("field.name".equals(terms.in("field", s.label()))) {
          startSheet(g.table.locationOf(s.cell));
          break;
        }
      }
    }
    int collectionEnd = CollectionSection.read(this, g, r);
    if (collectionEnd >= 0) {
      return collectionEnd;
    }
    if (indicators.header(g, r)) {
      return r;
    }
    if (sheet == null || !sheet.touched) {
      int end = ListSection.read(this, g, r);
      if (end >= 0) {
        return end;
      }
    }
    int planEnd = PlanSection.read(this, g, r);
    if (planEnd >= 0) {
      return planEnd;
    }
    boolean footer = fields.isFooterRow(open);
    for (Slot s : open) {
      if (s.claimed) {
        continue;
      }
      String term = s.labelTerm(terms);
      if (term == null) {
        if (unitStatement(s.label().key)) {
          s.claimed = true;
        } else if (FundingSection.headsBlock(this, g, s)) {
          FundingSection.read(this, g, s);
        } else {
          fields.inline(s.text, g.table.locationOf(s.cell), s, footer);
        }
        continue;
      }
      if (term.startsWith("funding.")) {
        FundingSection.read(this, g, s);
      } else if (term.startsWith("goal.")) {
        fields.goal(g, s, term);
      } else if (term.startsWith("indicator.")) {
        s.claimed = true;
        Terms.Period period = terms.periodOf(s.label().key);
        pendingCaption = period == null ? Terms.Period.ANNUAL : period;
      } else if (term.startsWith("heading.")) {
        if (caption(s.text, g.table.locationOf(s.cell))) {
          s.claimed = true;
        }
      } else {
        fields.labelled(g, s, term, footer);
      }
    }
    return r;
  }

  // ---------------------------------------------------------------- the disclosure's own lines

  /** 填报单位 and the like: the document's unit before the first sheet, an extra within one. */
  void unitLine(String label, String value, FormatLocation at) {
    if (sheet == null && unit == null) {
      unit = value;
    } else {
      sheet(at).extras.add(LabelledText.of(label, value));
    }
  }
}

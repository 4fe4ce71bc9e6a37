package io.github.jixiao.docx;

import io.github.jixiao.internal.Texts;

import io.github.jixiao.docx.Blocks.Block;
import io.github.jixiao.docx.Blocks.Cell;
import io.github.jixiao.docx.Blocks.Paragraph;
import io.github.jixiao.docx.Blocks.Row;
import io.github.jixiao.docx.Blocks.Table;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.ModelException;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model out of the blocks of a Word document by their labels, not their positions:
 * the document title, the disclosure list and its footnote, then sheet after sheet — heading,
 * year line, signature line, and the sheet table whose rows carry labels (项目名称, 主管部门及代码,
 * 项目资金, 年度目标, 绩效指标, …) in whatever order and layout the template chose. Label
 * variants, extra blank rows, separate code cells, medium-term blocks and extra indicator columns
 * in any order are accepted; rows with unknown labels are passed over.
 */
final class LayoutParser {
  private static final Pattern YEAR_LINE = Pattern.compile("^[(（]?\\s*((?:19|20|21)[0-9]{2})\\s*年度?\\s*[)）]?$");
  private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20|21)[0-9]{2})\\s*年度?");

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern WEIGHT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern SEQUENCE = Pattern.compile("[0-9]{1,9}");

  private enum Section { NONE, LIST, FUNDING, INDICATORS }

  private final WordXmlReader blocks;

  // the disclosure
  private String title;
  private String listTitle;
  private String classifiedNote;
  private final List<DisclosureListEntry> entries = new ArrayList<>();

  // the sheet being read
  private SheetBuilder sheet;
  private FormatLocation sheetStart;
  private final Deque<BudgetItem> finished = new ArrayDeque<>();
  private int sheets;
  private boolean ended;

  // where the current table is
  private Section section = Section.NONE;
  private Table table;
  private Row row;
  private int fundingColumn;
  private Map<String, Integer> listColumns;
  private IndicatorLayout indicators;
  private final Map<Integer, Boolean> pendingGoals = new LinkedHashMap<>();

  LayoutParser(WordXmlReader blocks) {
    this.blocks = blocks;
  }

  /** The next sheet, or null when the document has no more. */
  BudgetItem nextItem() {
    while (finished.isEmpty() && !ended) {
      Block block = blocks.next();
      if (block == null) {
        finishSheet();
        ended = true;
        if (sheets == 0) {
          throw new FormatException(Reason.UNEXPECTED_LAYOUT, FormatLocation.builder().entry(DocxZip.DOCUMENT).build(),
              "the document has no target sheet (no table with a 项目名称 row)");
        }
      } else if (block instanceof Paragraph) {
        paragraph(((Paragraph) block).text());
      } else {
        table((Table) block);
      }
    }
    return finished.poll();
  }

  /** The whole disclosure: every sheet, with the title, list and footnote. */
  Disclosure disclosure() {
    List<BudgetItem> items = new ArrayList<>();
    for (BudgetItem item = nextItem(); item != null; item = nextItem()) {
      items.add(item);
    }
    Disclosure.Builder b = Disclosure.builder().title(title).listTitle(listTitle).classifiedNote(classifiedNote)
        .addAllListEntries(entries).addAllItems(items);
    if (title != null) {
      Matcher m = TITLE.matcher(title);
      if (m.find()) {
        String unit = Texts.trim(m.group(1));
        b.unit(unit.isEmpty() ? null : unit).year(Integer.parseInt(m.group(2)));
      }
    }
    return model(b::build);
  }

  // ---------------------------------------------------------------- paragraphs

  private void paragraph(String text) {
    String key = Labels.key(text);
    if (Labels.isSheetHeading(key)) {
      startSheet(FormatLocation.builder().entry(DocxZip.DOCUMENT).build());
      return;
    }
    Matcher year = YEAR_LINE.matcher(key);
    if (year.matches()) {
      ensureSheet().year = Integer.parseInt(year.group(1));
      return;
    }
    if (signature(text)) {
      return;
    }
    if (key.contains("涉密")) {
      classifiedNote = text;
    } else if (sheet == null && Labels.isListHeading(key)) {
      listTitle = text;
    } else if (sheet == null && title == null && entries.isEmpty() && listTitle == null) {
      title = text;
    }
  }

  /** "项目责任人：张三  单位（盖章）：某局  联系电话：…" in one text. */
  private boolean signature(String text) {
    Matcher m = SIGNATURE.matcher(text);
    boolean found = false;
    while (m.find()) {
      found = true;
      int valueStart = m.end();
      int valueEnd = text.length();
      Matcher next = SIGNATURE.matcher(text);
      if (next.find(valueStart)) {
        valueEnd = next.start();
      }
      assign(Labels.key(m.group(1)), blankToNull(Texts.trim(text.substring(valueStart, valueEnd))));
    }
    return found;
  }

  private static final Pattern SIGNATURE =
      Pattern.compile("(项目责任人|项目负责人|单位\\s*[（(]\\s*盖章\\s*[)）]|填报单位\\s*[（(]\\s*盖章\\s*[)）]|联系电话)\\s*[:：]?");

  private void assign(String labelKey, String value) {
    SheetBuilder s = ensureSheet();
    if (Labels.RESPONSIBLE.contains(labelKey)) {
      s.responsiblePerson = value;
    } else if (Labels.SEAL.contains(labelKey)) {
      s.sealUnit = value;
    } else if (Labels.CONTACT.contains(labelKey)) {
      s.contact = value;
    }
  }

  // ---------------------------------------------------------------- tables

  private void table(Table t) {
    table = t;
    section = Section.NONE;
    pendingGoals.clear();
    for (Row r : t.rows()) {
      row = r;
      row(r);
    }
    row = null;
  }

  private void row(Row r) {
    List<Cell> cells = r.cells();
    if (cells.isEmpty()) {
      return;
    }
    if (section == Section.LIST) {
      listEntry(r);
      return;
    }
    Cell single = singleText(r);
    if (single != null && section == Section.NONE) {
      String key = single.key();
      if (Labels.isSheetHeading(key)) {
        startSheet(location(single.column()));
        return;
      }
      Matcher year = YEAR_LINE.matcher(key);
      if (year.matches()) {
        ensureSheet().year = Integer.parseInt(year.group(1));
        return;
      }
      if (sheet == null && Labels.isListHeading(key)) {
        listTitle = single.text();
        return;
      }
    }
    if (sheet == null && isListHeader(r)) {
      section = Section.LIST;
      return;
    }
    if (section == Section.INDICATORS) {
      if (startsIndicatorTable(r)) {
        return;
      }
      if (!hasFieldLabel(r)) {
        indicatorRow(r);
        return;
      }
      section = Section.NONE;
    }
    if (section == Section.FUNDING) {
      Cell first = r.at(fundingColumn);
      if (!hasFieldLabel(r) && (first == null || first.continuation() || first.text().isEmpty())) {
        fundingPairs(r, fundingColumn + 1);
        return;
      }
      section = Section.NONE;
    }
    if (startsIndicatorTable(r)) {
      return;
    }
    fields(r);
  }

  /** The one non-empty, non-continuation cell of a row, if it has exactly one. */
  private static Cell singleText(Row r) {
    Cell found = null;
    for (Cell c : r.cells()) {
      if (c.continuation() || c.text().isEmpty()) {
        continue;
      }
      if (found != null && !found.text().equals(c.text())) {
        return null;
      }
      found = found == null ? c : found;
    }
    return found;
  }

  private boolean hasFieldLabel(Row r) {
    for (Cell c : r.cells()) {
      if (!c.continuation() && !c.text().isEmpty()) {
        String key = c.key();
        if ((Labels.isFieldLabel(key) && !Labels.isIndicatorSection(key)) || Labels.isSheetHeading(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private void fields(Row r) {
    List<Cell> cells = r.cells();
    boolean labelled = false;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.continuation() || c.text().isEmpty()) {
        continue;
      }
      String key = c.key();
      if (Labels.isFundingSection(key)) {
        ensureSheet();
        section = Section.FUNDING;
        fundingColumn = c.column();
        fundingPairs(r, c.column() + c.span());
        return;
      }
      String value = i + 1 < cells.size() ? valueOf(cells.get(i + 1)) : null;
      labelled |= field(key, c, value);
    }
    if (!labelled && !pendingGoals.isEmpty()) {
      for (Cell c : cells) {
        Boolean medium = pendingGoals.get(c.column());
        if (medium != null && !c.text().isEmpty()) {
          goals(medium, c.text());
        }
      }
      pendingGoals.clear();
    }
  }

  /** A cell's text as a value: not a label, not empty. */
  private static String valueOf(Cell c) {
    String text = c.text();
    if (text.isEmpty() || Labels.isFieldLabel(c.key())) {
      return null;
    }
    return text;
  }

  /** Applies one label and its value; true when the cell was a known label. */
  private boolean field(String key, Cell label, String value) {
    if (Labels.NAME.contains(key)) {
      if (sheet != null && sheet.name != null) {
        startSheet(location(label.column()));
      }
      ensureSheet().name = value;
      return true;
    }
    if (signatureLabel(key, label.text(), value)) {
      return true;
    }
    if (Labels.ANNUAL_GOALS.contains(key) || Labels.MEDIUM_GOALS.contains(key)) {
      boolean medium = Labels.MEDIUM_GOALS.contains(key);
      if (value != null) {
        goals(medium, value);
      } else {
        pendingGoals.put(label.column(), medium);
      }
      return true;
    }
    SheetBuilder s;
    if (Labels.DEPARTMENT_COMBINED.contains(key)) {
      ensureSheet().departmentWritten = value;
    } else if (Labels.DEPARTMENT_NAME.contains(key)) {
      ensureSheet().departmentName = value;
    } else if (Labels.DEPARTMENT_CODE.contains(key)) {
      ensureSheet().departmentCode = value;
    } else if (Labels.IMPLEMENTING_UNIT.contains(key)) {
      ensureSheet().implementingUnit = value;
    } else if (Labels.SOURCE.contains(key)) {
      ensureSheet().source = value;
    } else if (Labels.ATTRIBUTE.contains(key)) {
      ensureSheet().attribute = value;
    } else if (Labels.PERIOD.contains(key)) {
      ensureSheet().period = value;
    } else if (Labels.START.contains(key)) {
      ensureSheet().start = value;
    } else if (Labels.END.contains(key)) {
      ensureSheet().end = value;
    } else if (Labels.START_END.contains(key)) {
      s = ensureSheet();
      if (value != null) {
        String[] parts = splitPeriod(value);
        s.start = parts[0];
        s.end = parts[1];
      }
    } else {
      return false;
    }
    return true;
  }

  /** 项目负责人 / 单位（盖章） / 联系电话 as table cells, with the value beside them or after a colon. */
  private boolean signatureLabel(String key, String text, String value) {
    if (!(key.startsWith("项目") || key.startsWith("单位") || key.startsWith("填报") || key.startsWith("联系") || key.startsWith("负责"))) {
      return false; // not a signature label; spares the regex on every cell
    }
    Matcher m = SIGNATURE.matcher(text);
    if (!m.lookingAt()) {
      return Labels.RESPONSIBLE.contains(key) || Labels.SEAL.contains(key) || Labels.CONTACT.contains(key)
          ? assignAndTrue(key, value) : false;
    }
    String inline = blankToNull(Texts.trim(text.substring(m.end())));
    assign(Labels.key(m.group(1)), inline != null ? inline : value);
    return true;
  }

  private boolean assignAndTrue(String key, String value) {
    assign(key, value);
    return true;
  }

  private static String[] splitPeriod(String value) {
    for (String separator : new String[] {"至", "～", "~", "—", "－"}) {
      int at = value.indexOf(separator);
      if (at >= 0) {
        return new String[] {blankToNull(Texts.trim(value.substring(0, at))),
            blankToNull(Texts.trim(value.substring(at + separator.length())))};
      }
    }
    return new String[] {value, null};
  }

  private void goals(boolean medium, String text) {
    SheetBuilder s = ensureSheet();
    if (medium) {
      s.mediumTermGoals = text;
    } else {
      s.annualGoals = text;
    }
  }

  // ---------------------------------------------------------------- funding

  /** label / amount pairs from a column on: the first pair is annual, the second medium-term. */
  private void fundingPairs(Row r, int fromColumn) {
    List<Cell> cells = new ArrayList<>();
    for (Cell c : r.cells()) {
      if (c.column() >= fromColumn) {
        cells.add(c);
      }
    }
    for (int i = 0, pair = 0; i + 1 < cells.size(); i += 2, pair++) {
      Cell label = cells.get(i);
      Cell amount = cells.get(i + 1);
      if (label.continuation() || amount.text().isEmpty()) {
        continue;
      }
      String key = label.key();
      boolean medium = pair == 1 || key.contains("中期");
      SheetBuilder.FundingBuilder funding = medium ? sheet.mediumTermFunding : sheet.annualFunding;
      BigDecimal value = amount(amount);
      if (key.contains("总额") || key.contains("合计") || key.equals("年度资金") || key.equals("中期资金")) {
        funding.total(value);
      } else if (!key.isEmpty()) {
        funding.source(label.text(), value);
      }
    }
  }

  private BigDecimal amount(Cell c) {
    String text = c.key().replace("万元", "").replace(",", "");
    if (text.length() > 64 || !DECIMAL.matcher(text).matches()) {
      throw new FormatException(Reason.INVALID_VALUE, location(c.column()),
          "\"" + c.text() + "\" is not an amount in 万元");
    }
    return new BigDecimal(text);
  }

  // ---------------------------------------------------------------- indicators

  /** Where the indicator columns are, by grid column, as the header row names them. */
  private static final class IndicatorLayout {
    int level1 = -1;
    int level2 = -1;
    int level3 = -1;
    int target = -1;
    final Map<Integer, IndicatorColumn> extra = new LinkedHashMap<>();
    SheetBuilder.TableRows rows;
    String lastLevel1 = "";
    String lastLevel2 = "";
  }

  private boolean startsIndicatorTable(Row r) {
    IndicatorLayout layout = new IndicatorLayout();
    String sectionLabel = null;
    for (Cell c : r.cells()) {
      String key = c.key();
      if (key.isEmpty()) {
        continue;
      }
      if (Labels.LEVEL1.contains(key)) {
        layout.level1 = c.column();
      } else if (Labels.LEVEL2.contains(key)) {
        layout.level2 = c.column();
      } else if (Labels.LEVEL3.contains(key)) {
        layout.level3 = c.column();
      } else if (Labels.TARGET.contains(key)) {
        layout.target = c.column();
      } else if (Labels.isIndicatorSection(key)) {
        sectionLabel = key;
      } else {
        IndicatorColumn.recognize(c.text()).ifPresent(col -> layout.extra.putIfAbsent(c.column(), col));
      }
    }
    if (layout.level1 < 0 || layout.level2 < 0 || layout.level3 < 0 || layout.target < 0) {
      return false;
    }
    SheetBuilder s = ensureSheet();
    boolean medium = sectionLabel != null ? Labels.isMediumTerm(sectionLabel) : indicators != null && indicators.rows == s.annualIndicators;
    if (medium) {
      s.mediumTermIndicators = new SheetBuilder.TableRows();
      layout.rows = s.mediumTermIndicators;
    } else {
      layout.rows = s.annualIndicators;
    }
    layout.rows.columns.clear();
    for (IndicatorColumn col : layout.extra.values()) {
      if (!layout.rows.columns.contains(col)) {
        layout.rows.columns.add(col);
      }
    }
    indicators = layout;
    section = Section.INDICATORS;
    return true;
  }

  private void indicatorRow(Row r) {
    IndicatorLayout l = indicators;
    String level1 = textAt(r, l.level1);
    String level2 = textAt(r, l.level2);
    String name = textAt(r, l.level3);
    String target = textAt(r, l.target);
    if (!level1.isEmpty()) {
      l.lastLevel1 = level1;
    }
    if (!level2.isEmpty()) {
      l.lastLevel2 = level2;
    }
    if (name.isEmpty() && target.isEmpty()) {
      return; // a blank row, or a row of categories only
    }
    Indicator.Builder b = Indicator.builder().level1(l.lastLevel1).level2(l.lastLevel2).nameAsWritten(name)
        .target(TargetValue.parse(target));
    for (Map.Entry<Integer, IndicatorColumn> e : l.extra.entrySet()) {
      String value = blankToNull(textAt(r, e.getKey()));
      switch (e.getValue()) {
        case UNIT: b.unit(value); break;
        case COMPARATOR: b.comparatorText(value); break;
        case WEIGHT: b.weight(value == null ? null : weight(r.at(e.getKey()), value)); break;
        case BASIS: b.basis(value); break;
        default: b.remark(value);
      }
    }
    l.rows.rows.add(model(b::build));
  }

  private BigDecimal weight(Cell c, String text) {
    String number = Labels.key(text).replace("分", "").replace("%", "");
    if (number.length() > 32 || !WEIGHT.matcher(number).matches()) {
      throw new FormatException(Reason.INVALID_VALUE, location(c.column()), "\"" + text + "\" is not a weight");
    }
    return new BigDecimal(number);
  }

  /** The text at a grid column; a cell spanning several indicator columns counts for the first only. */
  private String textAt(Row r, int column) {
    Cell c = r.at(column);
    if (c == null) {
      return "";
    }
    if (c.column() < column) {
      IndicatorLayout l = indicators;
      for (int other : new int[] {l.level1, l.level2, l.level3, l.target}) {
        if (other >= c.column() && other < column) {
          return "";
        }
      }
    }
    return c.text();
  }

  // ---------------------------------------------------------------- the list

  private boolean isListHeader(Row r) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Cell c : r.cells()) {
      String key = c.key();
      if (key.equals("序号")) {
        columns.put("sequence", c.column());
      } else if (key.equals("项目名称")) {
        columns.put("name", c.column());
      } else if (key.contains("金额") || key.contains("预算") || key.contains("资金")) {
        columns.put("amount", c.column());
      }
    }
    if (columns.size() == 3) {
      listColumns = columns;
      return true;
    }
    return false;
  }

  private void listEntry(Row r) {
    Cell sequence = r.at(listColumns.get("sequence"));
    Cell name = r.at(listColumns.get("name"));
    Cell amount = r.at(listColumns.get("amount"));
    if (sequence == null || name == null || amount == null || name.text().isEmpty()) {
      return;
    }
    String number = sequence.key();
    if (!SEQUENCE.matcher(number).matches()) {
      return; // 合计 and other rows that are not projects
    }
    BigDecimal value = amount(amount);
    entries.add(model(() -> DisclosureListEntry.of(Integer.parseInt(number), name.text(), value)));
  }

  // ---------------------------------------------------------------- sheets

  private SheetBuilder ensureSheet() {
    if (sheet == null) {
      startSheet(table == null ? FormatLocation.builder().entry(DocxZip.DOCUMENT).build() : location(0));
    }
    return sheet;
  }

  private void startSheet(FormatLocation at) {
    finishSheet();
    sheet = new SheetBuilder();
    sheetStart = at;
    indicators = null;
  }

  private void finishSheet() {
    if (sheet == null) {
      return;
    }
    SheetBuilder done = sheet;
    sheet = null;
    section = Section.NONE;
    if (done.name == null) {
      throw new FormatException(Reason.UNEXPECTED_LAYOUT, sheetStart, "a target sheet has no 项目名称");
    }
    sheets++;
    finished.add(model(done::build));
  }

  private FormatLocation location(int column) {
    FormatLocation.Builder b = FormatLocation.builder().entry(DocxZip.DOCUMENT);
    if (table != null) {
      b.table(table.index());
      if (row != null) {
        b.row(row.index());
      }
      if (column >= 0) {
        b.column(column);
      }
    }
    return b.build();
  }

  private <T> T model(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelException e) {
      throw new FormatException(Reason.INVALID_VALUE, location(-1), e.getMessage(), e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

}

package io.github.jixiao.xlsx;

import io.github.jixiao.layout.Vocabulary;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.xlsx.FormGrid.Kind;
import io.github.jixiao.xlsx.FormGrid.Spec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard form as the Word writer lays it out, on worksheets: a front worksheet with the
 * title, the disclosure list (序号, 项目名称, 预算金额 and extra columns, the 合计 row) and the note on
 * classified projects, when the disclosure has them; then one worksheet per target sheet — the
 * heading, the year line, the signature row and the sheet table (label / value rows, the 项目资金
 * block with its label merged down the funding rows and nested sources indented, the goals, the
 * indicator tables with the section label and the level-1 and level-2 categories merged down their
 * rows, the 其他栏目 rows). Amounts are numbers.
 */
final class FormLayout {
  /** Text width of an A4 page less 2 cm margins, in twips, shared out over the columns as in Word. */
  static final int TEXT_WIDTH = 9638;
  private static final int BASE_COLUMNS = 5;
  private static final int[] LIST_WIDTHS = {1200, 6038, 2400};

  private final FormGrid grid = new FormGrid();

  private FormLayout() {}

  static String label(String term) {
    return Vocabulary.defaults().standard(term);
  }

  static FormGrid of(Disclosure d) {
    FormLayout f = new FormLayout();
    boolean front = front(f.grid, d);
    for (BudgetItem item : d.getItems()) {
      f.item(item);
    }
    if (!front && d.getClassifiedNote().isPresent()) {
      // with no title and no list the note would be the first line, which the reader takes for the title
      if (f.grid.sheets.isEmpty()) {
        f.grid.sheet("说明", LIST_WIDTHS);
      }
      f.grid.last().paragraph(d.getClassifiedNote().get(), Kind.LINE);
    }
    return f.grid;
  }

  /**
   * The front worksheet — title, list heading, the list, the note on classified projects — when the
   * disclosure has any of them; whether it was written. Shared by both layouts.
   */
  static boolean front(FormGrid grid, Disclosure d) {
    boolean hasList = !d.getListEntries().isEmpty() || d.getListTotal().isPresent();
    boolean front = d.getTitle().isPresent() || d.getListTitle().isPresent() || hasList;
    if (front) {
      FormGrid.Sheet s = grid.sheet("公开清单", hasList ? listWidths(extraColumns(d).size()) : LIST_WIDTHS);
      d.getTitle().ifPresent(t -> s.paragraph(t, Kind.TITLE));
      d.getListTitle().ifPresent(t -> s.paragraph(t, Kind.HEADING));
      if (hasList) {
        list(s, d);
      }
      d.getClassifiedNote().ifPresent(t -> s.paragraph(t, Kind.LINE));
    }
    return front;
  }

  static FormGrid of(List<BudgetItem> items) {
    FormLayout f = new FormLayout();
    items.forEach(f::item);
    return f.grid;
  }

  // ---------------------------------------------------------------- the list

  private static List<String[]> extraColumns(Disclosure d) {
    List<String[]> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (DisclosureListEntry e : d.getListEntries()) {
      for (String key : keyed(e.getExtras()).keySet()) {
        if (!keys.contains(key)) {
          keys.add(key);
          columns.add(new String[] {key, key.substring(0, key.lastIndexOf('#'))});
        }
      }
    }
    return columns;
  }

  /** Extras by header and occurrence ("header#2" for a header's second column in a row). */
  static Map<String, String> keyed(List<LabelledText> extras) {
    Map<String, String> keyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (LabelledText extra : extras) {
      int occurrence = seen.merge(extra.getLabel(), 1, Integer::sum);
      keyed.put(extra.getLabel() + "#" + occurrence, extra.getText());
    }
    return keyed;
  }

  private static void list(FormGrid.Sheet s, Disclosure d) {
    List<String[]> extra = extraColumns(d);
    List<Spec> header = new ArrayList<>(List.of(Spec.label(label("list.sequence")), Spec.label(label("list.name")),
        Spec.label("预算金额（单位：万元）")));
    extra.forEach(c -> header.add(Spec.label(c[1])));
    s.row(header);
    for (DisclosureListEntry e : d.getListEntries()) {
      List<Spec> cells = new ArrayList<>(List.of(Spec.text(Integer.toString(e.getSequence())), Spec.text(e.getName()),
          Spec.amount(e.getAmount(), 1)));
      Map<String, String> texts = keyed(e.getExtras());
      extra.forEach(c -> cells.add(Spec.text(texts.getOrDefault(c[0], ""))));
      s.row(cells);
    }
    if (d.getListTotal().isPresent()) {
      List<Spec> cells = new ArrayList<>(List.of(Spec.label(label("list.total")), Spec.text(""),
          Spec.amount(d.getListTotal().get(), 1)));
      extra.forEach(c -> cells.add(Spec.text("")));
      s.row(cells);
    }
    s.endTable();
  }

  private static int[] listWidths(int extraColumns) {
    if (extraColumns == 0) {
      return LIST_WIDTHS;
    }
    int fixed = LIST_WIDTHS[0] + LIST_WIDTHS[2];
    int each = Math.max(200, Math.min(1400, (TEXT_WIDTH - fixed - 2000) / extraColumns));
    int[] widths = new int[3 + extraColumns];
    widths[0] = LIST_WIDTHS[0];
    widths[2] = LIST_WIDTHS[2];
    for (int i = 0; i < extraColumns; i++) {
      widths[3 + i] = each;
    }
    widths[1] = Math.max(2000, TEXT_WIDTH - fixed - each * extraColumns);
    return widths;
  }

  // ---------------------------------------------------------------- a target sheet

  private void item(BudgetItem item) {
    int extra = Math.max(item.getAnnualIndicators().getOptionalColumns().size(),
        item.getMediumTermIndicators().map(t -> t.getOptionalColumns().size()).orElse(0));
    int[] widths = widths(extra);
    int columns = widths.length;
    FormGrid.Sheet s = grid.sheet(sheetName(grid.sheets.size() + 1, item.getName()), widths);
    s.paragraph(label("heading.sheet"), Kind.TITLE);
    if (item.getYear().isPresent()) {
      s.paragraph("（" + item.getYear().getAsInt() + "年度）", Kind.LINE);
    }
    s.row(List.of(Spec.label("项目责任人："), Spec.text(item.getResponsiblePerson().orElse(""), 2),
        Spec.label("单位（盖章）："), Spec.text(item.getSealUnit().orElse(""), columns - 4)));
    s.endTable();
    s.row(List.of(Spec.label(label("field.name")), Spec.text(item.getName(), columns - 1)));
    fieldRows(s, columns, identification(item));
    fieldRows(s, columns, fields(item));
    funding(s, columns, item.getAnnualFunding(), item.getMediumTermFunding());
    goals(s, columns, "年度\n目标", item.getAnnualGoals());
    goals(s, columns, "中长期\n目标", item.getMediumTermGoals());
    indicators(s, columns, "绩\n效\n指\n标", item.getAnnualIndicators());
    if (item.getMediumTermIndicators().isPresent()) {
      indicators(s, columns, "中长期\n绩效\n指标", item.getMediumTermIndicators().get());
    }
    for (LabelledText row : item.getExtras()) {
      s.row(List.of(Spec.label(row.getLabel()), Spec.text(row.getText(), columns - 1)));
    }
    s.endTable();
  }

  /** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, numbered so it is unique. */
  private static String sheetName(int number, String project) {
    String name = number + " " + project.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}']", " ").strip();
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  static int[] widths(int extraColumns) {
    int[] widths = new int[BASE_COLUMNS + extraColumns];
    widths[0] = 1300;
    widths[1] = 1100;
    widths[2] = 1300;
    widths[4] = 1400;
    int used = widths[0] + widths[1] + widths[2] + widths[4];
    int extraWidth = extraColumns <= 5 ? 700 : 3500 / extraColumns;
    for (int i = 0; i < extraColumns; i++) {
      widths[BASE_COLUMNS + i] = extraWidth;
      used += extraWidth;
    }
    widths[3] = TEXT_WIDTH - used;
    return widths;
  }

  private record Field(String label, String value) {}

  private static List<Field> identification(BudgetItem item) {
    List<Field> fields = new ArrayList<>();
    item.getCode().ifPresent(v -> fields.add(new Field(label("field.code"), v)));
    item.getCategory().ifPresent(v -> fields.add(new Field(label("field.category"), v)));
    return fields;
  }

  private static List<Field> fields(BudgetItem item) {
    List<Field> fields = new ArrayList<>();
    if (item.getDepartment().isPresent()) {
      SupervisingDepartment d = item.getDepartment().get();
      if (d.getWritten().isPresent()) {
        fields.add(new Field(label("field.department"), d.getWritten().get()));
      } else {
        fields.add(new Field(label("field.departmentName"), d.getName()));
        d.getCode().ifPresent(code -> fields.add(new Field(label("field.departmentCode"), code)));
      }
    }
    item.getImplementingUnit().ifPresent(v -> fields.add(new Field(label("field.implementingUnit"), v)));
    item.getSource().ifPresent(v -> fields.add(new Field(label("field.source"), v)));
    item.getPeriod().ifPresent(v -> fields.add(new Field(label("field.period"), v.getText())));
    item.getAttribute().ifPresent(v -> fields.add(new Field(label("field.attribute"), v)));
    item.getContact().ifPresent(v -> fields.add(new Field(label("field.contact"), v)));
    item.getStart().ifPresent(v -> fields.add(new Field(label("field.start"), v)));
    item.getEnd().ifPresent(v -> fields.add(new Field(label("field.end"), v)));
    return fields;
  }

  private static void fieldRows(FormGrid.Sheet s, int columns, List<Field> fields) {
    for (int i = 0; i < fields.size(); i += 2) {
      Field left = fields.get(i);
      if (i + 1 < fields.size()) {
        Field right = fields.get(i + 1);
        s.row(List.of(Spec.label(left.label()), Spec.text(left.value(), 2), Spec.label(right.label()),
            Spec.text(right.value(), columns - 4)));
      } else {
        s.row(List.of(Spec.label(left.label()), Spec.text(left.value(), columns - 1)));
      }
    }
  }

  private record Amount(String label, BigDecimal amount, int depth) {}

  private static void funding(FormGrid.Sheet s, int columns, Optional<FundingSplit> annual, Optional<FundingSplit> medium) {
    if (annual.isPresent() && medium.isPresent() && annual.get().getUnit() != medium.get().getUnit()) {
      fundingBlock(s, columns, annual, Optional.empty());
      fundingBlock(s, columns, Optional.empty(), medium);
    } else {
      fundingBlock(s, columns, annual, medium);
    }
  }

  private static void fundingBlock(FormGrid.Sheet s, int columns, Optional<FundingSplit> annual, Optional<FundingSplit> medium) {
    if (annual.isEmpty() && medium.isEmpty()) {
      return;
    }
    AmountUnit unit = annual.or(() -> medium).get().getUnit();
    List<Amount> a = amounts(label("funding.total") + "：", annual);
    List<Amount> m = amounts(label("funding.mediumTotal") + "：", medium);
    int rows = Math.max(a.size(), m.size());
    for (int i = 0; i < rows; i++) {
      List<Spec> cells = new ArrayList<>();
      Spec head = Spec.label("项目资金\n（" + unit.chineseLabel() + "）");
      cells.add(i == 0 ? head.restart() : head.continued());
      Amount left = i < a.size() ? a.get(i) : null;
      if (medium.isPresent()) {
        Amount right = i < m.size() ? m.get(i) : null;
        cells.add(source(left, 1));
        cells.add(amount(left, unit, 1));
        cells.add(source(right, 1));
        cells.add(amount(right, unit, columns - 4));
      } else {
        cells.add(source(left, 2));
        cells.add(amount(left, unit, columns - 3));
      }
      s.row(cells);
    }
  }

  private static Spec source(Amount a, int span) {
    return a == null ? Spec.text("", span) : Spec.text(a.label(), span).indent(a.depth());
  }

  private static Spec amount(Amount a, AmountUnit unit, int span) {
    return a == null ? Spec.text("", span) : Spec.amount(unit.fromWanYuan(a.amount()), span);
  }

  private static List<Amount> amounts(String totalLabel, Optional<FundingSplit> split) {
    List<Amount> amounts = new ArrayList<>();
    if (split.isEmpty()) {
      return amounts;
    }
    amounts.add(new Amount(totalLabel, split.get().getTotal(), 0));
    sources(amounts, split.get().getSources(), 0);
    return amounts;
  }

  /** Sources and their nested sources, "其中：" opening each group, nested ones indented a level each. */
  private static void sources(List<Amount> amounts, List<FundingSource> sources, int depth) {
    boolean first = true;
    for (FundingSource source : sources) {
      amounts.add(new Amount((first ? "其中：" : "") + source.getLabel(), source.getAmount(), depth));
      first = false;
      sources(amounts, source.getChildren(), depth + 1);
    }
  }

  private static void goals(FormGrid.Sheet s, int columns, String label, Optional<Goals> goals) {
    if (goals.isPresent()) {
      s.row(List.of(Spec.label(label), Spec.text(goals.get().getText(), columns - 1)));
    }
  }

  private static void indicators(FormGrid.Sheet s, int columns, String section, IndicatorTable indicators) {
    List<IndicatorColumn> extra = indicators.getOptionalColumns();
    int padding = columns - BASE_COLUMNS - extra.size();
    List<Spec> header = new ArrayList<>();
    header.add(Spec.label(section).restart());
    header.add(Spec.label("一级\n指标"));
    header.add(Spec.label(label("column.level2")));
    header.add(Spec.label(label("column.level3")));
    header.add(Spec.label(label("column.target")));
    extra.forEach(c -> header.add(Spec.label(c.chineseLabel())));
    if (padding > 0) {
      header.add(Spec.text("", padding));
    }
    s.row(header);
    List<Indicator> rows = indicators.getRows();
    for (int i = 0; i < rows.size(); i++) {
      Indicator row = rows.get(i);
      Indicator previous = i > 0 ? rows.get(i - 1) : null;
      Indicator next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      List<Spec> cells = new ArrayList<>();
      cells.add(Spec.label(section).continued());
      cells.add(merged(Spec.label(row.getLevel1().getLabel()), sameLevel1(previous, row), sameLevel1(row, next)));
      cells.add(merged(Spec.label(row.getLevel2().getLabel()), sameLevel2(previous, row), sameLevel2(row, next)));
      cells.add(Spec.text((row.isCore() ? "★" : "") + row.getName()));
      cells.add(Spec.text(row.getTarget().getRaw()));
      for (IndicatorColumn c : extra) {
        cells.add(Spec.text(optionalValue(row, c)));
      }
      if (padding > 0) {
        cells.add(Spec.text("", padding));
      }
      s.row(cells);
    }
  }

  private static Spec merged(Spec cell, boolean continuesAbove, boolean continuesBelow) {
    if (continuesAbove) {
      return cell.continued();
    }
    return continuesBelow ? cell.restart() : cell;
  }

  private static boolean sameLevel1(Indicator a, Indicator b) {
    return a != null && b != null && a.getLevel1().getLabel().equals(b.getLevel1().getLabel());
  }

  private static boolean sameLevel2(Indicator a, Indicator b) {
    return sameLevel1(a, b) && a.getLevel2().getLabel().equals(b.getLevel2().getLabel());
  }

  static String optionalValue(Indicator row, IndicatorColumn column) {
    switch (column) {
      case UNIT:
        return row.getUnit().orElse("");
      case COMPARATOR:
        return row.getComparatorText().orElse("");
      case WEIGHT:
        return row.getWeight().map(BigDecimal::toPlainString).orElse("");
      case BASIS:
        return row.getBasis().orElse("");
      case SCORING:
        return row.getScoring().orElse("");
      default:
        return row.getRemark().orElse("");
    }
  }
}

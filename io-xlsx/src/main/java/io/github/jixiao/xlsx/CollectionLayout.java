package io.github.jixiao.xlsx;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.layout.Vocabulary;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.xlsx.FormGrid.Kind;
import io.github.jixiao.xlsx.FormGrid.Spec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The 汇总表 (collection table) layout: the front worksheet as in the standard form, then one
 * worksheet with every project — one row per indicator (annual first, then medium-term, told apart
 * by a 指标期间 column when a project has both), a project without indicators on one row, and the
 * project's own cells merged down its rows: name, code, year, the fields, the amount unit when the
 * projects use different ones, 年度资金 and 中期资金 each a group over 合计 and one column per source
 * (a nested source's header says 其中 once per level), the goals, the 其他栏目 rows by label. Only
 * the columns some project fills are written. Columns of one kind that projects order differently
 * cannot be one header: such a document does not read back and the writer refuses it.
 */
final class CollectionLayout {
  private static final String SHEET = "绩效目标汇总表";
  private static final int NARROW = 1300;
  private static final int WIDE = 3200;

  /** A project column: its header, width and the item's text in it. */
  private record Field(String header, int width, Function<BudgetItem, Optional<String>> value) {}

  /** A source of a funding split by its path ("label#1/child#1"): its header and amount. */
  private record Source(String key, String header, BigDecimal amount) {}

  private final List<BudgetItem> items;
  /** Whether one item is written alone (its refusals point at the item itself). */
  private final boolean single;
  private final List<Field> fields = new ArrayList<>();
  private final List<String> annualSources;
  private final List<String> mediumSources;
  private final Map<String, String> sourceHeaders = new LinkedHashMap<>();
  private final boolean annualFunding;
  private final boolean mediumFunding;
  private final AmountUnit sharedUnit;
  private final List<String> extras;
  private final boolean periodColumn;
  private final List<IndicatorColumn> optional;

  private CollectionLayout(List<BudgetItem> items, boolean single) {
    this.items = items;
    this.single = single;
    for (Field f : allFields()) {
      if (items.stream().anyMatch(i -> f.value().apply(i).isPresent())) {
        fields.add(f);
      }
    }
    annualFunding = items.stream().anyMatch(i -> i.getAnnualFunding().isPresent());
    mediumFunding = items.stream().anyMatch(i -> i.getMediumTermFunding().isPresent());
    List<List<String>> annual = items.stream().map(i -> keys(sources(i.getAnnualFunding()))).toList();
    annualSources = ordered(annual, "/annualFunding/sources", "funding sources");
    List<List<String>> medium = items.stream().map(i -> keys(sources(i.getMediumTermFunding()))).toList();
    mediumSources = ordered(medium, "/mediumTermFunding/sources", "medium-term funding sources");
    Set<AmountUnit> units = EnumSet.noneOf(AmountUnit.class);
    for (BudgetItem i : items) {
      i.getAnnualFunding().ifPresent(f -> units.add(f.getUnit()));
      i.getMediumTermFunding().ifPresent(f -> units.add(f.getUnit()));
    }
    sharedUnit = units.size() == 1 ? units.iterator().next() : null;
    extras = ordered(items.stream().map(i -> List.copyOf(FormLayout.keyed(i.getExtras()).keySet())).toList(), "/extras",
        "other rows (其他栏目)");
    periodColumn = items.stream().anyMatch(i -> i.getMediumTermIndicators().isPresent());
    optional = mergedColumns(items);
  }

  static FormGrid of(Disclosure d) {
    FormGrid grid = new FormGrid();
    boolean front = FormLayout.front(grid, d);
    if (!d.getItems().isEmpty()) {
      new CollectionLayout(d.getItems(), false).sheet(grid, front);
    }
    if (!front && d.getClassifiedNote().isPresent()) {
      if (grid.sheets.isEmpty()) {
        grid.sheet("说明", new int[] {FormLayout.TEXT_WIDTH});
      }
      grid.last().paragraph(d.getClassifiedNote().get(), Kind.LINE);
    }
    return grid;
  }

  /** The items alone; {@code single} when one item is written by itself (refusals point at it, not at /items/0). */
  static FormGrid of(List<BudgetItem> items, boolean single) {
    FormGrid grid = new FormGrid();
    if (!items.isEmpty()) {
      new CollectionLayout(items, single).sheet(grid, false);
    }
    return grid;
  }

  private static String label(String term) {
    return Vocabulary.defaults().standard(term);
  }

  private static List<Field> allFields() {
    List<Field> all = new ArrayList<>();
    all.add(new Field(label("field.name"), WIDE, i -> Optional.of(i.getName())));
    all.add(new Field(label("field.code"), NARROW, BudgetItem::getCode));
    all.add(new Field(label("collection.year"), NARROW,
        i -> i.getYear().isPresent() ? Optional.of(Integer.toString(i.getYear().getAsInt())) : Optional.empty()));
    all.add(new Field(label("field.category"), NARROW, BudgetItem::getCategory));
    all.add(new Field(label("field.department"), NARROW, i -> i.getDepartment().flatMap(SupervisingDepartment::getWritten)));
    all.add(new Field(label("field.departmentName"), NARROW,
        i -> i.getDepartment().filter(d -> d.getWritten().isEmpty()).map(SupervisingDepartment::getName)));
    all.add(new Field(label("field.departmentCode"), NARROW,
        i -> i.getDepartment().filter(d -> d.getWritten().isEmpty()).flatMap(SupervisingDepartment::getCode)));
    all.add(new Field(label("field.implementingUnit"), NARROW, BudgetItem::getImplementingUnit));
    all.add(new Field(label("field.source"), NARROW, BudgetItem::getSource));
    all.add(new Field(label("field.attribute"), NARROW, BudgetItem::getAttribute));
    all.add(new Field(label("field.period"), NARROW, i -> i.getPeriod().map(p -> p.getText())));
    all.add(new Field(label("field.responsible"), NARROW, BudgetItem::getResponsiblePerson));
    all.add(new Field(label("field.contact"), NARROW, BudgetItem::getContact));
    all.add(new Field(label("field.start"), NARROW, BudgetItem::getStart));
    all.add(new Field(label("field.end"), NARROW, BudgetItem::getEnd));
    all.add(new Field(label("field.seal"), NARROW, BudgetItem::getSealUnit));
    return all;
  }

  // ---------------------------------------------------------------- column orders

  /** The sources of a split, depth first, keyed by their path of label and occurrence. */
  private static List<Source> sources(Optional<FundingSplit> split) {
    List<Source> out = new ArrayList<>();
    split.ifPresent(s -> sources(out, "", s.getSources(), 0));
    return out;
  }

  private static void sources(List<Source> out, String parent, List<FundingSource> sources, int depth) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (FundingSource s : sources) {
      String key = parent + "/" + s.getLabel() + "#" + seen.merge(s.getLabel(), 1, Integer::sum);
      out.add(new Source(key, "其中：".repeat(depth) + s.getLabel(), s.getAmount()));
      sources(out, key, s.getChildren(), depth + 1);
    }
  }

  private List<String> keys(List<Source> sources) {
    List<String> keys = new ArrayList<>();
    for (Source s : sources) {
      keys.add(s.key());
      sourceHeaders.putIfAbsent(s.key(), s.header());
    }
    return keys;
  }

  /**
   * One order holding every list's keys in that list's order where one exists: keys that follow
   * each other in a list follow each other in the order, and keys no list orders come in the
   * order they were first seen. When lists order two keys both ways, the rest come in the order
   * first seen, and {@link #ordered} refuses the document.
   */
  static List<String> merged(List<List<String>> orders) {
    Map<String, Set<String>> after = new LinkedHashMap<>();
    Map<String, Integer> before = new LinkedHashMap<>();
    for (List<String> order : orders) {
      for (int k = 0; k < order.size(); k++) {
        after.computeIfAbsent(order.get(k), x -> new LinkedHashSet<>());
        before.putIfAbsent(order.get(k), 0);
        if (k > 0 && after.get(order.get(k - 1)).add(order.get(k))) {
          before.merge(order.get(k), 1, Integer::sum);
        }
      }
    }
    List<String> merged = new ArrayList<>();
    List<String> left = new ArrayList<>(after.keySet());
    while (!left.isEmpty()) {
      String next = left.stream().filter(key -> before.get(key) == 0).findFirst().orElse(left.get(0));
      left.remove(next);
      merged.add(next);
      for (String key : after.get(next)) {
        before.merge(key, -1, Integer::sum);
      }
    }
    return merged;
  }

  private List<IndicatorColumn> mergedColumns(List<BudgetItem> items) {
    List<List<String>> annual = new ArrayList<>();
    List<List<String>> medium = new ArrayList<>();
    for (BudgetItem i : items) {
      annual.add(i.getAnnualIndicators().getOptionalColumns().stream().map(Enum::name).toList());
      medium.add(i.getMediumTermIndicators().map(t -> t.getOptionalColumns().stream().map(Enum::name).toList()).orElse(List.of()));
    }
    ordered(annual, "/annualIndicators/optionalColumns", "indicator columns");
    List<List<String>> both = new ArrayList<>(annual);
    both.addAll(medium);
    return ordered(both, "/mediumTermIndicators/optionalColumns", "indicator columns").stream().map(IndicatorColumn::valueOf).toList();
  }

  /**
   * The one order of a kind of column, or a refusal naming the first project whose own order it
   * cannot keep: every project shares the header, and the header's order is the order read back.
   */
  private List<String> ordered(List<List<String>> orders, String field, String what) {
    List<String> merged = merged(orders);
    for (int k = 0; k < orders.size(); k++) {
      int item = k % items.size();
      int previous = -1;
      for (String key : orders.get(k)) {
        int at = merged.indexOf(key);
        if (at < previous) {
          throw new FormatException(Reason.INVALID_VALUE, FormatLocation.builder().jsonPointer(pointer(item) + field).build(),
              "the collection table has one header for all projects, and this project orders its " + what
                  + " differently from one before it (" + orders.get(k) + " against the header's " + merged
                  + "): write it as the standard form, or order them alike");
        }
        previous = at;
      }
    }
    return merged;
  }

  private String pointer(int item) {
    return single ? "" : "/items/" + item;
  }

  // ---------------------------------------------------------------- the worksheet

  private void sheet(FormGrid grid, boolean titled) {
    List<Integer> widths = new ArrayList<>();
    fields.forEach(f -> widths.add(f.width()));
    if (sharedUnit == null && (annualFunding || mediumFunding)) {
      widths.add(NARROW);
    }
    int annualColumns = annualFunding ? 1 + annualSources.size() : 0;
    int mediumColumns = mediumFunding ? 1 + mediumSources.size() : 0;
    for (int k = 0; k < annualColumns + mediumColumns; k++) {
      widths.add(NARROW);
    }
    boolean annualGoals = items.stream().anyMatch(i -> i.getAnnualGoals().isPresent());
    boolean mediumGoals = items.stream().anyMatch(i -> i.getMediumTermGoals().isPresent());
    if (annualGoals) {
      widths.add(WIDE);
    }
    if (mediumGoals) {
      widths.add(WIDE);
    }
    extras.forEach(e -> widths.add(WIDE));
    if (periodColumn) {
      widths.add(NARROW);
    }
    for (int k = 0; k < 4 + optional.size(); k++) {
      widths.add(k == 2 ? WIDE : NARROW);
    }
    FormGrid.Sheet s = grid.sheet(SHEET, widths.stream().mapToInt(Integer::intValue).toArray());
    if (titled) {
      s.paragraph(label("collection.heading"), Kind.TITLE);
    }
    boolean twoRows = annualFunding || mediumFunding;
    List<Spec> top = new ArrayList<>();
    List<Spec> below = new ArrayList<>();
    fields.forEach(f -> header(top, below, f.header(), twoRows));
    if (sharedUnit == null && twoRows) {
      header(top, below, label("collection.unit"), true);
    }
    String unitHint = sharedUnit == null ? "" : "（" + sharedUnit.chineseLabel() + "）";
    if (annualFunding) {
      group(top, below, "年度资金" + unitHint, annualSources);
    }
    if (mediumFunding) {
      group(top, below, "中期资金" + unitHint, mediumSources);
    }
    if (annualGoals) {
      header(top, below, label("goal.annual"), twoRows);
    }
    if (mediumGoals) {
      header(top, below, label("goal.medium"), twoRows);
    }
    extras.forEach(e -> header(top, below, e.substring(0, e.lastIndexOf('#')), twoRows));
    if (periodColumn) {
      header(top, below, label("collection.period"), twoRows);
    }
    for (String term : List.of("column.level1", "column.level2", "column.level3", "column.target")) {
      header(top, below, label(term), twoRows);
    }
    optional.forEach(c -> header(top, below, c.chineseLabel(), twoRows));
    s.row(top);
    if (twoRows) {
      s.row(below);
    }
    for (BudgetItem item : items) {
      project(s, item, annualGoals, mediumGoals);
    }
    s.endTable();
  }

  private static void header(List<Spec> top, List<Spec> below, String text, boolean twoRows) {
    top.add(twoRows ? Spec.label(text).restart() : Spec.label(text));
    below.add(Spec.label(text).continued());
  }

  private void group(List<Spec> top, List<Spec> below, String text, List<String> sources) {
    top.add(Spec.label(text).span(1 + sources.size()));
    below.add(Spec.label("合计"));
    sources.forEach(k -> below.add(Spec.label(sourceHeaders.get(k))));
  }

  /** A project's rows: its indicators, or one row when it has none. */
  private void project(FormGrid.Sheet s, BudgetItem item, boolean annualGoals, boolean mediumGoals) {
    List<Indicator> annual = item.getAnnualIndicators().getRows();
    List<Indicator> medium = item.getMediumTermIndicators().map(IndicatorTable::getRows).orElse(List.of());
    int rows = Math.max(1, annual.size() + medium.size());
    List<Spec> own = projectCells(item, annualGoals, mediumGoals);
    for (int r = 0; r < rows; r++) {
      List<Spec> cells = new ArrayList<>();
      for (Spec spec : own) {
        cells.add(rows == 1 ? spec : r == 0 ? spec.restart() : spec.continued());
      }
      boolean isMedium = r >= annual.size();
      Indicator row = r < annual.size() ? annual.get(r) : r - annual.size() < medium.size() ? medium.get(r - annual.size()) : null;
      if (periodColumn) {
        cells.add(Spec.text(row == null ? "" : isMedium ? "中长期" : "年度"));
      }
      cells.add(Spec.label(row == null ? "" : row.getLevel1().getLabel()));
      cells.add(Spec.label(row == null ? "" : row.getLevel2().getLabel()));
      cells.add(Spec.text(row == null ? "" : (row.isCore() ? "★" : "") + row.getName()));
      cells.add(Spec.text(row == null ? "" : row.getTarget().getRaw()));
      for (IndicatorColumn c : optional) {
        cells.add(Spec.text(row == null ? "" : FormLayout.optionalValue(row, c)));
      }
      s.row(cells);
    }
  }

  private List<Spec> projectCells(BudgetItem item, boolean annualGoals, boolean mediumGoals) {
    List<Spec> cells = new ArrayList<>();
    for (Field f : fields) {
      cells.add(Spec.text(f.value().apply(item).orElse("")));
    }
    if (sharedUnit == null && (annualFunding || mediumFunding)) {
      cells.add(Spec.text(item.getAnnualFunding().or(item::getMediumTermFunding).map(f -> f.getUnit().chineseLabel()).orElse("")));
    }
    if (annualFunding) {
      amounts(cells, item.getAnnualFunding(), annualSources);
    }
    if (mediumFunding) {
      amounts(cells, item.getMediumTermFunding(), mediumSources);
    }
    if (annualGoals) {
      cells.add(Spec.text(item.getAnnualGoals().map(Goals::getText).orElse("")));
    }
    if (mediumGoals) {
      cells.add(Spec.text(item.getMediumTermGoals().map(Goals::getText).orElse("")));
    }
    Map<String, String> keyed = FormLayout.keyed(item.getExtras());
    for (String e : extras) {
      cells.add(Spec.text(keyed.getOrDefault(e, "")));
    }
    return cells;
  }

  private static void amounts(List<Spec> cells, Optional<FundingSplit> split, List<String> columns) {
    if (split.isEmpty()) {
      for (int k = 0; k <= columns.size(); k++) {
        cells.add(Spec.text(""));
      }
      return;
    }
    AmountUnit unit = split.get().getUnit();
    cells.add(Spec.amount(unit.fromWanYuan(split.get().getTotal()), 1));
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    sources(split).forEach(s -> amounts.put(s.key(), s.amount()));
    for (String key : columns) {
      BigDecimal amount = amounts.get(key);
      cells.add(amount == null ? Spec.text("") : Spec.amount(unit.fromWanYuan(amount), 1));
    }
  }
}

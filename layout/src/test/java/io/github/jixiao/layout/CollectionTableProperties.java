package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A zoo of collection tables (汇总表) built as layouts: projects with and without indicators, columns
 * in any order with the vocabulary's wordings, a funding group written over two header rows or a
 * single total column, the unit in the header, in a caption line or not at all, a title row, blank
 * rows, project cells repeated on every row, written on the first row only or merged down the
 * project's rows, projects of one name told apart by their codes, and a column nobody knows. Each
 * case reads into the projects it was made from, and only the unknown column's cells are reported.
 */
class CollectionTableProperties {
  private static final Vocabulary VOCABULARY = Vocabulary.defaults();
  private static final String UNKNOWN = "经办科室";
  private static final String[][] LEVELS = {
    {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}};

  /** How a project's own cells are written down its rows. */
  enum ProjectCells { REPEATED, FIRST_ROW_ONLY, MERGED }

  /** Where the amounts' unit is said. */
  enum UnitSaid { HEADER, CAPTION, NOWHERE }

  record Project(String name, String code, String unit, int year, BigDecimal fiscal, BigDecimal other, String goal,
      List<String[]> indicators) {}

  record Case(List<Project> projects, long seed, ProjectCells cells, UnitSaid unit, boolean twoRowFunding, boolean titled,
      boolean codes, boolean years, boolean unknownColumn, boolean blankRows) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Project>> projects = project().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Case> a = Combinators.combine(projects, Arbitraries.longs(), Arbitraries.of(ProjectCells.class),
            Arbitraries.of(UnitSaid.class), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((p, seed, cells, unit, twoRows, titled, codes, years) -> new Case(p, seed, cells, unit, twoRows, titled, codes, years,
            false, false));
    return Combinators.combine(a, Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((c, unknown, blank) -> new Case(unique(c.projects(), c.codes()), c.seed(), c.cells(), c.unit(), c.twoRowFunding(),
            c.titled(), c.codes(), c.years(), unknown, blank));
  }

  private static Arbitrary<Project> project() {
    Arbitrary<String[]> indicator = Combinators.combine(Arbitraries.integers().between(0, LEVELS.length - 1),
            Arbitraries.of("督查次数", "完成率", "满意度", "覆盖人数"), Arbitraries.of("≥60次", "100%", "≥95%", "成效明显"),
            Arbitraries.of("次", "%", "人", ""))
        .as((level, name, target, unit) -> new String[] {LEVELS[level][0], LEVELS[level][1], name, target, unit});
    return Combinators.combine(Arbitraries.of("督查考核专项经费项目", "乡村道路养护项目", "老干部活动项目"),
            Arbitraries.strings().numeric().ofLength(6), Arbitraries.of("县政府办公室", "县交通运输局"),
            Arbitraries.integers().between(2020, 2026), Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999")).ofScale(2),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99")).ofScale(2),
            Arbitraries.of("完成年度督查任务。", "保障道路安全畅通。"), indicator.list().ofMaxSize(3))
        .as(Project::new);
  }

  /** Without a code column two projects of one name would be one: names are made unique then, codes always. */
  private static List<Project> unique(List<Project> projects, boolean codes) {
    List<Project> out = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      String name = codes ? p.name() : p.name().replace("项目", "项目" + (i + 1));
      out.add(new Project(name, p.code() + i, p.unit(), p.year(), p.fiscal(), p.other(), p.goal(), p.indicators()));
    }
    return out;
  }

  @Property(tries = 400)
  void collectionTablesReadIntoTheirProjects(@ForAll("cases") Case c) {
    Built built = build(c);
    ReadResult<Disclosure> read = FormReader.of(ReadOptions.defaults()).read(built.blocks);

    assertThat(read.value().getItems()).isEqualTo(expected(c));
    assertThat(read.warnings()).allSatisfy(w -> assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.UNPLACED));
    assertThat(read.warnings()).extracting(ReadWarning::getText).containsExactlyElementsOf(built.unknownTexts);
    for (ReadWarning w : read.warnings()) {
      assertThat(w.getLocation().getColumn()).hasValue(built.unknownColumn);
      assertThat(w.getLocation().getRow()).isPresent();
    }
  }

  // ---------------------------------------------------------------- the expected projects

  private static List<BudgetItem> expected(Case c) {
    List<BudgetItem> items = new ArrayList<>();
    AmountUnit unit = c.unit() == UnitSaid.CAPTION ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
    for (Project p : c.projects()) {
      BudgetItem.Builder b = BudgetItem.builder().name(p.name()).implementingUnit(p.unit()).annualGoals(Goals.of(p.goal()));
      if (c.codes()) {
        b.code(p.code());
      }
      if (c.years()) {
        b.year(p.year());
      }
      FundingSplit.Builder f = FundingSplit.builder().total(unit.toWanYuan(p.fiscal().add(p.other()))).unit(unit);
      if (c.twoRowFunding()) {
        f.addSources(FundingSource.of("一般公共预算", unit.toWanYuan(p.fiscal())), FundingSource.of("其他资金", unit.toWanYuan(p.other())));
      }
      b.annualFunding(f.build());
      IndicatorTable.Builder t = IndicatorTable.builder();
      boolean anyUnit = false;
      for (String[] i : p.indicators()) {
        Indicator.Builder ib = Indicator.builder().level1(i[0]).level2(i[1]).nameAsWritten(i[2]).target(i[3]);
        if (!i[4].isEmpty()) {
          ib.unit(i[4]);
          anyUnit = true;
        }
        t.addRows(ib.build());
      }
      if (anyUnit) {
        t.addOptionalColumns(IndicatorColumn.UNIT);
      }
      items.add(b.annualIndicators(t.build()).build());
    }
    return items;
  }

  // ---------------------------------------------------------------- the layout

  private record Built(List<LayoutBlock> blocks, int unknownColumn, List<String> unknownTexts) {}

  /** A column: its header (two rows when grouped) and the cell of a project's row. */
  private record Col(String group, String header, boolean project, CellOf cell) {}

  private interface CellOf {
    String of(Project p, String[] indicator, int index);
  }

  private static String wording(String term, Random random) {
    List<String> variants = VOCABULARY.variants(term);
    String w = variants.get(random.nextInt(variants.size()));
    // what people do to labels: a space between characters, a trailing colon
    if (random.nextInt(4) == 0 && w.length() > 1) {
      w = w.charAt(0) + " " + w.substring(1);
    }
    return random.nextInt(5) == 0 ? w + "：" : w;
  }

  private static Built build(Case c) {
    Random random = new Random(c.seed());
    String hint = c.unit() == UnitSaid.HEADER ? "（万元）" : "";
    AmountUnit unit = c.unit() == UnitSaid.CAPTION ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
    List<Col> cols = new ArrayList<>();
    cols.add(new Col(null, wording("field.name", random), true, (p, i, k) -> p.name()));
    if (c.codes()) {
      cols.add(new Col(null, wording("field.code", random), true, (p, i, k) -> p.code()));
    }
    if (c.years()) {
      cols.add(new Col(null, wording("collection.year", random), true, (p, i, k) -> Integer.toString(p.year())));
    }
    cols.add(new Col(null, wording("field.implementingUnit", random), true, (p, i, k) -> p.unit()));
    cols.add(new Col(null, wording("goal.annual", random), true, (p, i, k) -> p.goal()));
    cols.add(new Col(null, wording("column.level1", random), false, (p, i, k) -> i == null ? "" : i[0]));
    cols.add(new Col(null, wording("column.level2", random), false, (p, i, k) -> i == null ? "" : i[1]));
    cols.add(new Col(null, wording("column.level3", random), false, (p, i, k) -> i == null ? "" : i[2]));
    cols.add(new Col(null, wording("column.target", random), false, (p, i, k) -> i == null ? "" : i[3]));
    cols.add(new Col(null, wording("column.unit", random), false, (p, i, k) -> i == null ? "" : i[4]));
    if (c.unknownColumn()) {
      cols.add(new Col(null, UNKNOWN, false, (p, i, k) -> k % 2 == 0 ? "综合科" + k : ""));
    }
    Collections.shuffle(cols, random);
    // the funding block stays together, where the shuffle puts it
    int at = random.nextInt(cols.size() + 1);
    List<Col> funding = new ArrayList<>();
    if (c.twoRowFunding()) {
      String group = "资金" + hint;
      funding.add(new Col(group, "合计", true, (p, i, k) -> amount(unit, p.fiscal().add(p.other()))));
      funding.add(new Col(group, "一般公共预算", true, (p, i, k) -> amount(unit, p.fiscal())));
      funding.add(new Col(group, "其他资金", true, (p, i, k) -> amount(unit, p.other())));
    } else {
      funding.add(new Col(null, "年度资金总额" + hint, true, (p, i, k) -> amount(unit, p.fiscal().add(p.other()))));
    }
    cols.addAll(at, funding);

    List<LayoutCell> cells = new ArrayList<>();
    int row = 0;
    int width = cols.size();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (c.titled()) {
      blocks.add(new LayoutParagraph("2024年项目支出绩效目标汇总表", FormatLocation.builder().paragraph(0).build()));
    }
    if (c.unit() == UnitSaid.CAPTION) {
      cells.add(new LayoutCell(row++, 0, 1, width, "单位：元"));
    }
    int headerRows = c.twoRowFunding() ? 2 : 1;
    for (int k = 0; k < width; k++) {
      Col col = cols.get(k);
      if (col.group() == null) {
        cells.add(new LayoutCell(row, k, headerRows, 1, col.header()));
      } else {
        if (k == 0 || !col.group().equals(cols.get(k - 1).group())) {
          cells.add(new LayoutCell(row, k, 1, 3, col.group()));
        }
        cells.add(LayoutCell.of(row + 1, k, col.header()));
      }
    }
    row += headerRows;
    List<String> unknownTexts = new ArrayList<>();
    int unknownColumn = -1;
    for (int k = 0; k < width; k++) {
      if (cols.get(k).header().equals(UNKNOWN)) {
        unknownColumn = k;
        unknownTexts.add(UNKNOWN);
      }
    }
    int counter = 0;
    for (Project p : c.projects()) {
      if (c.blankRows() && random.nextBoolean()) {
        row++; // a blank row between projects: no cells at all
      }
      int rows = Math.max(1, p.indicators().size());
      for (int r = 0; r < rows; r++) {
        String[] indicator = p.indicators().isEmpty() ? null : p.indicators().get(r);
        for (int k = 0; k < width; k++) {
          Col col = cols.get(k);
          String text = col.cell().of(p, indicator, counter);
          if (col.project()) {
            if (r > 0 && c.cells() != ProjectCells.REPEATED) {
              continue;
            }
            cells.add(new LayoutCell(row, k, r == 0 && c.cells() == ProjectCells.MERGED ? rows : 1, 1, text));
          } else {
            cells.add(LayoutCell.of(row, k, text));
            if (k == unknownColumn && !text.isEmpty()) {
              unknownTexts.add(text);
            }
          }
        }
        counter++;
        row++;
      }
    }
    blocks.add(LayoutTable.of(FormatLocation.builder().table(0).build(), cells));
    return new Built(blocks, unknownColumn, unknownTexts);
  }

  private static String amount(AmountUnit unit, BigDecimal wanYuan) {
    return wanYuan.toPlainString(); // as written, in the unit the case says
  }
}

package io.github.jixiao.docx;

import io.github.jixiao.docx.WordTables.CellSpec;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorColumn;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.SupervisingDepartment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes one target sheet in the standard layout of the fixture: the heading, the year line, the
 * signature row, and the sheet table — label / value rows (项目编码 and 项目类别 right after 项目名称),
 * the 项目资金 block with its label merged down the funding rows (项目资金（元） and amounts in 元 for
 * a block written in 元), the goals, the indicator tables with 绩效指标 and the level-1 and level-2
 * categories merged down their rows, and then one "label | text" row per 其他栏目 row.
 */
final class SheetWriter {
  /** Width of the text area in twips: A4 (11906) less two margins of 1134. */
  static final int TEXT_WIDTH = 9638;
  private static final int[] SIGNATURE_WIDTHS = {1600, 3200, 1800, 3038};
  private static final int BASE_COLUMNS = 5;
  /** The indentation of a nested funding source, a level. */
  private static final String INDENT = "\u3000\u3000";

  private SheetWriter() {}

  static void write(XWPFDocument doc, BudgetItem item, boolean newPage) {
    XWPFParagraph heading = WordTables.paragraph(doc, Labels.SHEET_HEADING, ParagraphAlignment.CENTER, 16, true);
    heading.setPageBreak(newPage);
    if (item.getYear().isPresent()) {
      WordTables.paragraph(doc, "（" + item.getYear().getAsInt() + "年度）", ParagraphAlignment.CENTER, 12, false);
    }
    XWPFTable signature = WordTables.table(doc, SIGNATURE_WIDTHS);
    WordTables.row(signature, SIGNATURE_WIDTHS, List.of(
        CellSpec.of("项目责任人："), CellSpec.of(item.getResponsiblePerson().orElse("")),
        CellSpec.of("单位（盖章）："), CellSpec.of(item.getSealUnit().orElse(""))));

    int extra = Math.max(item.getAnnualIndicators().getOptionalColumns().size(),
        item.getMediumTermIndicators().map(t -> t.getOptionalColumns().size()).orElse(0));
    int[] widths = widths(extra);
    int columns = widths.length;
    XWPFTable table = WordTables.table(doc, widths);
    WordTables.row(table, widths, List.of(CellSpec.of(Labels.of("field.name")), CellSpec.of(item.getName(), columns - 1)));
    fieldRows(table, widths, identification(item));
    fieldRows(table, widths, fields(item));
    funding(table, widths, item.getAnnualFunding(), item.getMediumTermFunding());
    goals(table, widths, "年度\n目标", item.getAnnualGoals());
    goals(table, widths, "中长期\n目标", item.getMediumTermGoals());
    indicators(table, widths, "绩\n效\n指\n标", item.getAnnualIndicators());
    if (item.getMediumTermIndicators().isPresent()) {
      indicators(table, widths, "中长期\n绩效\n指标", item.getMediumTermIndicators().get());
    }
    for (LabelledText row : item.getExtras()) {
      WordTables.row(table, widths, List.of(CellSpec.of(row.getLabel()), CellSpec.of(row.getText(), columns - 1)));
    }
  }

  /**
   * Grid widths: section label, level 1, level 2, level 3 (the rest), target, extra columns (700
   * each, narrower when there are more than five, so that level 3 keeps its width).
   */
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

  /** 项目编码 and 项目类别, on their own row below 项目名称. */
  private static List<Field> identification(BudgetItem item) {
    List<Field> fields = new ArrayList<>();
    item.getCode().ifPresent(v -> fields.add(new Field(Labels.of("field.code"), v)));
    item.getCategory().ifPresent(v -> fields.add(new Field(Labels.of("field.category"), v)));
    return fields;
  }

  private static List<Field> fields(BudgetItem item) {
    List<Field> fields = new ArrayList<>();
    if (item.getDepartment().isPresent()) {
      SupervisingDepartment d = item.getDepartment().get();
      if (d.getWritten().isPresent()) {
        fields.add(new Field(Labels.of("field.department"), d.getWritten().get()));
      } else {
        fields.add(new Field(Labels.of("field.departmentName"), d.getName()));
        d.getCode().ifPresent(code -> fields.add(new Field(Labels.of("field.departmentCode"), code)));
      }
    }
    item.getImplementingUnit().ifPresent(v -> fields.add(new Field(Labels.of("field.implementingUnit"), v)));
    item.getSource().ifPresent(v -> fields.add(new Field(Labels.of("field.source"), v)));
    item.getPeriod().ifPresent(v -> fields.add(new Field(Labels.of("field.period"), v.getText())));
    item.getAttribute().ifPresent(v -> fields.add(new Field(Labels.of("field.attribute"), v)));
    item.getContact().ifPresent(v -> fields.add(new Field(Labels.of("field.contact"), v)));
    item.getStart().ifPresent(v -> fields.add(new Field(Labels.of("field.start"), v)));
    item.getEnd().ifPresent(v -> fields.add(new Field(Labels.of("field.end"), v)));
    return fields;
  }

  /** Two label / value pairs a row, as the standard form has them. */
  private static void fieldRows(XWPFTable table, int[] widths, List<Field> fields) {
    int columns = widths.length;
    for (int i = 0; i < fields.size(); i += 2) {
      Field left = fields.get(i);
      if (i + 1 < fields.size()) {
        Field right = fields.get(i + 1);
        WordTables.row(table, widths, List.of(CellSpec.of(left.label()), CellSpec.of(left.value(), 2),
            CellSpec.of(right.label()), CellSpec.of(right.value(), columns - 4)));
      } else {
        WordTables.row(table, widths, List.of(CellSpec.of(left.label()), CellSpec.of(left.value(), columns - 1)));
      }
    }
  }

  private record Amount(String label, BigDecimal amount) {}

  /**
   * The 项目资金 block: the total, then the sources, "其中：" opening each group and nested sources
   * indented. Annual and medium-term funding written in different units get a block each, the
   * medium-term one in the right-hand columns as always.
   */
  private static void funding(XWPFTable table, int[] widths, Optional<FundingSplit> annual, Optional<FundingSplit> medium) {
    if (annual.isPresent() && medium.isPresent() && annual.get().getUnit() != medium.get().getUnit()) {
      fundingBlock(table, widths, annual, Optional.empty());
      fundingBlock(table, widths, Optional.empty(), medium);
    } else {
      fundingBlock(table, widths, annual, medium);
    }
  }

  /** One 项目资金 block, in the unit of its funding. */
  private static void fundingBlock(XWPFTable table, int[] widths, Optional<FundingSplit> annual, Optional<FundingSplit> medium) {
    if (annual.isEmpty() && medium.isEmpty()) {
      return;
    }
    AmountUnit unit = annual.or(() -> medium).get().getUnit();
    List<Amount> a = amounts(Labels.of("funding.total") + "：", annual);
    List<Amount> m = amounts(Labels.of("funding.mediumTotal") + "：", medium);
    int columns = widths.length;
    int rows = Math.max(a.size(), m.size());
    for (int i = 0; i < rows; i++) {
      List<CellSpec> cells = new ArrayList<>();
      CellSpec label = CellSpec.of("项目资金\n（" + unit.chineseLabel() + "）");
      cells.add(i == 0 ? label.restart() : label.continued());
      Amount left = i < a.size() ? a.get(i) : null;
      if (medium.isPresent()) {
        Amount right = i < m.size() ? m.get(i) : null;
        cells.add(CellSpec.of(left == null ? "" : left.label()));
        cells.add(CellSpec.of(left == null ? "" : written(left, unit)));
        cells.add(CellSpec.of(right == null ? "" : right.label()));
        cells.add(CellSpec.of(right == null ? "" : written(right, unit), columns - 4));
      } else {
        cells.add(CellSpec.of(left == null ? "" : left.label(), 2));
        cells.add(CellSpec.of(left == null ? "" : written(left, unit), columns - 3));
      }
      WordTables.row(table, widths, cells);
    }
  }

  /** An amount of the model (万元) as the block writes it. */
  private static String written(Amount amount, AmountUnit unit) {
    return unit.fromWanYuan(amount.amount()).toPlainString();
  }

  private static List<Amount> amounts(String totalLabel, Optional<FundingSplit> split) {
    List<Amount> amounts = new ArrayList<>();
    if (split.isEmpty()) {
      return amounts;
    }
    amounts.add(new Amount(totalLabel, split.get().getTotal()));
    sources(amounts, split.get().getSources(), 0);
    return amounts;
  }

  /**
   * Sources and their nested sources, "其中：" opening each group as the standard form has it, and
   * each nested source indented by a full-width space pair a level: the indentation, written as
   * symbols ({@link SymbolSpace}), tells the reader each source's parent at any depth.
   */
  private static void sources(List<Amount> amounts, List<FundingSource> sources, int depth) {
    boolean first = true;
    for (FundingSource source : sources) {
      amounts.add(new Amount(INDENT.repeat(depth) + (first ? "其中：" : "") + source.getLabel(), source.getAmount()));
      first = false;
      sources(amounts, source.getChildren(), depth + 1);
    }
  }

  private static void goals(XWPFTable table, int[] widths, String label, Optional<Goals> goals) {
    if (goals.isPresent()) {
      WordTables.row(table, widths, List.of(CellSpec.of(label), CellSpec.of(goals.get().getText(), widths.length - 1)));
    }
  }

  /** The header row, then one row per indicator with categories merged down their runs. */
  private static void indicators(XWPFTable table, int[] widths, String section, IndicatorTable indicators) {
    int columns = widths.length;
    List<IndicatorColumn> extra = indicators.getOptionalColumns();
    int padding = columns - BASE_COLUMNS - extra.size();
    List<CellSpec> header = new ArrayList<>();
    header.add(CellSpec.of(section).restart());
    header.add(CellSpec.of("一级\n指标"));
    header.add(CellSpec.of(Labels.of("column.level2")));
    header.add(CellSpec.of(Labels.of("column.level3")));
    header.add(CellSpec.of(Labels.of("column.target")));
    extra.forEach(c -> header.add(CellSpec.of(c.chineseLabel())));
    if (padding > 0) {
      header.add(CellSpec.of("", padding));
    }
    WordTables.row(table, widths, header);
    List<Indicator> rows = indicators.getRows();
    for (int i = 0; i < rows.size(); i++) {
      Indicator row = rows.get(i);
      Indicator previous = i > 0 ? rows.get(i - 1) : null;
      Indicator next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      List<CellSpec> cells = new ArrayList<>();
      cells.add(CellSpec.of(section).continued());
      cells.add(merged(row.getLevel1().getLabel(), sameLevel1(previous, row), sameLevel1(row, next)));
      cells.add(merged(row.getLevel2().getLabel(), sameLevel2(previous, row), sameLevel2(row, next)));
      cells.add(CellSpec.of((row.isCore() ? "★" : "") + row.getName()));
      cells.add(CellSpec.of(row.getTarget().getRaw()));
      for (IndicatorColumn c : extra) {
        cells.add(CellSpec.of(optionalValue(row, c)));
      }
      if (padding > 0) {
        cells.add(CellSpec.of("", padding));
      }
      WordTables.row(table, widths, cells);
    }
  }

  private static CellSpec merged(String label, boolean continuesAbove, boolean continuesBelow) {
    CellSpec cell = CellSpec.of(label);
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

  private static String optionalValue(Indicator row, IndicatorColumn column) {
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

package io.github.jixiao.examples;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.layout.Vocabulary;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Location;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.Report;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Section;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 示例：审核汇总表并逐行写出审核意见 (example: validate a collection workbook and write the findings
 * next to each row). Reads a workbook holding a 汇总表 (one row per indicator), checks it with the
 * rule catalogue, and writes a copy with one more column, 审核意见, whose cell on each indicator row
 * holds the messages of the findings at that indicator, and on a project's first row those about
 * the project as a whole (its funding, goals, fields).
 *
 * <p>The rows are matched to the model as the form reader groups them: projects in the order their
 * name (and code) first appear, each project's annual indicators in row order, then its
 * medium-term ones (a 指标期间 column saying 中长期).
 */
public final class AnnotateCollectionWorkbook {
  /** The header of the added column. */
  public static final String COLUMN = "审核意见";

  private static final Vocabulary VOCABULARY = Vocabulary.defaults();

  private AnnotateCollectionWorkbook() {}

  /**
   * Annotates the workbook named by the first argument into the file named by the second.
   *
   * @param args the collection workbook to check and the copy to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Report report = annotate(Path.of(args[0]), Path.of(args[1]));
    System.out.println(report.getFindings().size() + " findings written to " + COLUMN + " in " + args[1]);
  }

  /**
   * Validates a collection workbook and writes the annotated copy.
   *
   * @param in the workbook
   * @param out the copy with the 审核意见 column
   * @return the report whose findings were written
   * @throws IOException when a file cannot be read or written
   */
  public static Report annotate(Path in, Path out) throws IOException {
    Disclosure document = new XlsxFormat().reader(ReadOptions.defaults()).readDisclosure(in);
    Report report = RuleSet.catalogue().evaluate(document, Policy.defaults());
    try (InputStream source = Files.newInputStream(in); Workbook book = new XSSFWorkbook(source)) {
      Sheet sheet = collectionSheet(book);
      if (sheet == null) {
        throw new IllegalArgumentException(in + " holds no collection table (a 项目名称 header with 三级指标)");
      }
      new Annotator(sheet).write(report.getFindings());
      try (OutputStream sink = Files.newOutputStream(out)) {
        book.write(sink);
      }
    }
    return report;
  }

  private static Sheet collectionSheet(Workbook book) {
    for (Sheet sheet : book) {
      if (Annotator.headerRow(sheet) >= 0) {
        return sheet;
      }
    }
    return null;
  }

  /** One collection worksheet: its columns, its projects' rows, and the column being added. */
  private static final class Annotator {
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();
    private final int header;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    /** Per project (in order): its first row, its annual and its medium-term indicator rows. */
    private final List<int[]> firsts = new ArrayList<>();
    private final List<List<Integer>> annual = new ArrayList<>();
    private final List<List<Integer>> medium = new ArrayList<>();

    Annotator(Sheet sheet) {
      this.sheet = sheet;
      this.header = headerRow(sheet);
      Row row = sheet.getRow(header);
      for (Cell cell : row) {
        String text = cellText(cell);
        term(text).ifPresent(term -> columns.putIfAbsent(term, cell.getColumnIndex()));
      }
      rows();
    }

    /** The row with 项目名称 and 三级指标, or -1. */
    static int headerRow(Sheet sheet) {
      for (Row row : sheet) {
        boolean name = false;
        boolean indicator = false;
        for (Cell cell : row) {
          String text = new DataFormatter().formatCellValue(cell);
          name |= VOCABULARY.match("field", text).filter("field.name"::equals).isPresent();
          indicator |= VOCABULARY.match("column", text).filter("column.level3"::equals).isPresent();
        }
        if (name && indicator) {
          return row.getRowNum();
        }
      }
      return -1;
    }

    private static java.util.Optional<String> term(String text) {
      return VOCABULARY.match("field", text).or(() -> VOCABULARY.match("collection", text)).or(() -> VOCABULARY.match("column", text));
    }

    /** The text a cell shows, or the text of the merged region it lies in. */
    private String text(int r, int c) {
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        if (region.isInRange(r, c)) {
          r = region.getFirstRow();
          c = region.getFirstColumn();
          break;
        }
      }
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(c);
      return cell == null ? "" : cellText(cell);
    }

    private String cellText(Cell cell) {
      return formatter.formatCellValue(cell).strip();
    }

    private String column(int r, String term) {
      Integer c = columns.get(term);
      return c == null ? "" : text(r, c);
    }

    /** The row after the header, which may be written over two rows (项目名称 merged down). */
    private int firstDataRow() {
      int first = header + 1;
      while (first <= sheet.getLastRowNum() && text(first, columns.get("field.name")).equals(text(header, columns.get("field.name")))) {
        first++;
      }
      return first;
    }

    /** Groups the data rows into projects and indicators as the form reader does. */
    private void rows() {
      Map<String, Integer> projects = new LinkedHashMap<>();
      int current = -1;
      String lastName = null;
      String lastCode = "";
      boolean mediumPeriod = false;
      for (int r = firstDataRow(); r <= sheet.getLastRowNum(); r++) {
        String name = column(r, "field.name");
        if (!name.isEmpty()) {
          String code = column(r, "field.code");
          code = code.isEmpty() && name.equals(lastName) ? lastCode : code;
          Integer index = projects.get(name + "\n" + code);
          if (index == null) {
            index = projects.size();
            projects.put(name + "\n" + code, index);
            firsts.add(new int[] {r});
            annual.add(new ArrayList<>());
            medium.add(new ArrayList<>());
          }
          current = index;
          lastName = name;
          lastCode = code;
        }
        if (current < 0) {
          continue;
        }
        String period = column(r, "collection.period");
        if (!period.isEmpty()) {
          mediumPeriod = period.contains("中") || period.contains("长期");
        }
        boolean isIndicator = !column(r, "column.level3").isEmpty() || !column(r, "column.target").isEmpty();
        if (isIndicator) {
          (mediumPeriod ? medium : annual).get(current).add(r);
        }
      }
    }

    /** The worksheet row a finding is about, or -1 when it is about no project row. */
    private int rowOf(Location at) {
      if (at.getItemIndex().isEmpty() || at.getItemIndex().getAsInt() >= firsts.size()) {
        return -1;
      }
      int item = at.getItemIndex().getAsInt();
      List<Integer> rows = at.getSection() == Section.ANNUAL_INDICATORS ? annual.get(item)
          : at.getSection() == Section.MEDIUM_TERM_INDICATORS ? medium.get(item) : null;
      if (rows != null && at.getRow().isPresent() && at.getRow().getAsInt() < rows.size()) {
        return rows.get(at.getRow().getAsInt());
      }
      return firsts.get(item)[0];
    }

    void write(List<Finding> findings) {
      Map<Integer, List<String>> messages = new TreeMap<>();
      for (Finding f : findings) {
        int row = rowOf(f.getLocation());
        if (row >= 0) {
          messages.computeIfAbsent(row, k -> new ArrayList<>()).add(f.getSeverity().chineseLabel() + " " + f.getRuleId() + "："
              + f.getMessageZh());
        }
      }
      int column = sheet.getRow(header).getLastCellNum();
      Cell head = sheet.getRow(header).createCell(column);
      head.setCellValue(COLUMN);
      CellStyle headStyle = sheet.getRow(header).getCell(columns.get("field.name")).getCellStyle();
      head.setCellStyle(headStyle);
      int headerEnd = firstDataRow() - 1;
      if (headerEnd > header) {
        // a header over two rows: the new header cell covers both, as the others do
        sheet.addMergedRegion(new CellRangeAddress(header, headerEnd, column, column));
      }
      sheet.setColumnWidth(column, 40 * 256);
      for (Map.Entry<Integer, List<String>> e : messages.entrySet()) {
        Row row = sheet.getRow(e.getKey()) != null ? sheet.getRow(e.getKey()) : sheet.createRow(e.getKey());
        row.createCell(column).setCellValue(String.join("\n", e.getValue()));
      }
    }
  }
}

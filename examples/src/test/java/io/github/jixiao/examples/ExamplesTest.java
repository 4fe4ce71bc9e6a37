package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.docx.DocxFormat;
import java.io.OutputStream;
import io.github.jixiao.xlsx.XlsxWriteOptions;
import io.github.jixiao.xlsx.XlsxFormat;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example program and checks what it prints and writes. */
class ExamplesTest {

  /** An example's main, which may throw. */
  interface Program {
    void run() throws Exception;
  }

  private static synchronized String output(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Path fixture(Path dir) throws IOException {
    Path file = dir.resolve("huaiyuan-2024.docx");
    return Files.write(file, SampleDocuments.huaiyuan2024Docx());
  }

  @Test
  void validateWordFile(@TempDir Path dir) throws Exception {
    String out = output(() -> ValidateWordFile.main(new String[] {fixture(dir).toString()}));
    assertThat(out).startsWith("怀远县人民政府办公室2024年度项目支出绩效目标: 10 sheets\n");
    assertThat(out).contains("错误  JX-COST-001  items[5].annualIndicators[产出指标/成本指标/项目总成本]");
    assertThat(out).endsWith("合计：1 个错误，11 个警告，3 个提示\n");
  }

  @Test
  void validatePublishedPdf(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("huaiyuan-2024.pdf");
    try (InputStream in = ExamplesTest.class.getResourceAsStream("seed.pdf")) {
      Files.copy(in, pdf);
    }
    String out = output(() -> ValidatePublishedPdf.main(new String[] {pdf.toString()}));
    assertThat(out).startsWith("怀远县人民政府办公室2024年度项目支出绩效目标: 10 sheets, 0 read warnings\n");
    // the PDF has exactly the findings of the Word original
    String word = output(() -> ValidateWordFile.main(new String[] {fixture(dir).toString()}));
    assertThat(out.substring(out.indexOf('\n'))).isEqualTo(word.substring(word.indexOf('\n')));
    assertThat(out).contains("错误  JX-COST-001  items[5].annualIndicators[产出指标/成本指标/项目总成本]");
  }

  @Test
  void validatePublishedPdfRefusesAScan(@TempDir Path dir) throws Exception {
    Path scan = dir.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage()); // a page with no text: what a scanner's image-only PDF reads as
      document.save(scan.toFile());
    }
    String out = output(() -> ValidatePublishedPdf.main(new String[] {scan.toString()}));
    assertThat(out).startsWith("refused: NO_TEXT_LAYER — ");
  }

  @Test
  void buildAndWrite(@TempDir Path dir) throws Exception {
    String out = output(() -> BuildAndWrite.main(new String[] {dir.toString()}));
    assertThat(out).isEqualTo("wrote sheet.docx and sheet.json for 乡村学校少年宫运行项目\n");
    BudgetItem fromWord = new DocxFormat().reader(ReadOptions.defaults()).readItem(Files.newInputStream(dir.resolve("sheet.docx")));
    BudgetItem fromJson = new JsonFormat().reader(ReadOptions.defaults()).readItem(Files.newInputStream(dir.resolve("sheet.json")));
    assertThat(fromWord).isEqualTo(BuildAndWrite.sheet());
    assertThat(fromJson).isEqualTo(BuildAndWrite.sheet());
  }

  @Test
  void customRulePack() throws Exception {
    String out = output(() -> CustomRulePack.main(new String[0]));
    assertThat(out).contains("rules: 31\n");
    assertThat(out).contains("ACME findings: 1\nACME-GOAL-001 WARNING 年度目标仅 5 个字，过于简略\n");
    assertThat(out).contains("setting acme.goal.minimum-length (integer, default 8): 年度目标的最少字数\n");
    assertThat(out).endsWith("acme.goal.minimum-length = 5\nACME findings: 0\n");
  }

  @Test
  void readmeExample(@TempDir Path dir) throws Exception {
    Path docx = fixture(dir);
    String out = output(() -> ReadmeExample.main(new String[] {docx.toString()}));
    assertThat(out).contains("ERROR JX-COST-001 items[5].annualIndicators[产出指标/成本指标/项目总成本]\n"
        + "  成本指标“项目总成本”的指标值“105.2万元”超过资金总额 100.00 万元\n");
    assertThat(out).endsWith("QUANTITATIVE GE 95 %\n");
    assertThat(new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(dir.resolve("doc.json")))
        .isEqualTo(SampleDocuments.huaiyuan2024());
  }

  @Test
  void formatOptions(@TempDir Path dir) throws Exception {
    Path docx = fixture(dir);
    String out = output(() -> FormatOptions.main(new String[] {docx.toString()}));
    assertThat(out).isEqualTo("Word limits: 200 entries, 50000 cells\n"
        + "wrote 10 sheets as one JSON array\n"
        + "docx .docx: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM, WRITE_DISCLOSURE, WRITE_ITEMS, WRITE_ITEM]\n"
        + "json .json: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM, WRITE_DISCLOSURE, WRITE_ITEMS, WRITE_ITEM]\n"
        + "json .jsonl: [READ_ITEMS, WRITE_ITEMS]\n"
        + "json .ndjson: [READ_ITEMS, WRITE_ITEMS]\n"
        // the examples have the PDF (ValidatePublishedPdf) and Excel (AnnotateCollectionWorkbook) formats too
        + "pdf .pdf: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM]\n"
        + "xlsx .xlsx: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM, WRITE_DISCLOSURE, WRITE_ITEMS, WRITE_ITEM]\n"
        + "xlsx .xlsm: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM, WRITE_DISCLOSURE, WRITE_ITEMS, WRITE_ITEM]\n"
        + "xlsx .xls: [READ_DISCLOSURE, READ_ITEMS, READ_ITEM]\n");
    assertThat(Files.readString(dir.resolve("sheets.json"))).startsWith("[");
    try (InputStream in = Files.newInputStream(dir.resolve("sheets.json"));
        var items = new JsonFormat().reader(ReadOptions.defaults()).readItems(in)) {
      List<BudgetItem> back = new ArrayList<>();
      items.forEachRemaining(back::add);
      assertThat(back).isEqualTo(SampleDocuments.huaiyuan2024().getItems());
    }
  }

  /** README shows ReadmeExample's main line for line (dedented), so the code users copy is the code run above. */
  @Test
  void readmeShowsTheExampleItRuns() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/jixiao/examples/ReadmeExample.java"));
    String start = "throws IOException {\n";
    String body = source.substring(source.indexOf(start) + start.length(), source.indexOf("\n  }\n}"));
    String dedented = body.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .collect(java.util.stream.Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(dedented).contains("RuleSet.catalogue()");
    assertThat(readme).contains("```java\n" + dedented + "\n```");
  }

  @Test
  void validateFolderToSarif(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    fixture(docs);
    try (var out = Files.newOutputStream(docs.resolve("sample.json"))) {
      new JsonFormat().writer(io.github.jixiao.format.WriteOptions.defaults()).writeDisclosure(SampleDocuments.huaiyuan2024(), out);
    }
    Files.writeString(docs.resolve("notes.txt"), "not a document");
    Path sarif = dir.resolve("report.sarif");
    String out = output(() -> ValidateFolderToSarif.main(new String[] {docs.toString(), sarif.toString()}));
    assertThat(out).isEqualTo("documents: 2, findings: 30\n");
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("huaiyuan-2024.docx").contains("JX-COST-001");
  }

  @Test
  void annotateCollectionWorkbook(@TempDir Path dir) throws Exception {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    Path in = dir.resolve("汇总表.xlsx");
    try (OutputStream sink = Files.newOutputStream(in)) {
      new XlsxFormat().writer(WriteOptions.builder()
          .with(XlsxWriteOptions.builder().layout(XlsxWriteOptions.Layout.COLLECTION_TABLE).build()).build())
          .writeDisclosure(seed, sink);
    }
    Path out = dir.resolve("汇总表-审核.xlsx");
    String printed = output(() -> AnnotateCollectionWorkbook.main(new String[] {in.toString(), out.toString()}));
    assertThat(printed).endsWith(" findings written to 审核意见 in " + out + "\n");

    // the seed's one ERROR: items[5], the annual indicator 产出指标/成本指标/项目总成本
    String project = seed.getItems().get(5).getName();
    List<String> costRows = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(Files.newInputStream(out))) {
      Sheet sheet = book.getSheet("绩效目标汇总表");
      DataFormatter f = new DataFormatter();
      int header = -1;
      int opinion = -1;
      int level3 = -1;
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (f.formatCellValue(cell).equals("审核意见")) {
            header = row.getRowNum();
            opinion = cell.getColumnIndex();
          } else if (f.formatCellValue(cell).equals("三级指标")) {
            level3 = cell.getColumnIndex();
          }
        }
        if (header >= 0) {
          break;
        }
      }
      assertThat(opinion).isGreaterThan(level3).isGreaterThan(0);
      String currentProject = "";
      for (int r = header + 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String name = f.formatCellValue(row.getCell(0));
        currentProject = name.isEmpty() ? currentProject : name;
        String text = row.getCell(opinion) == null ? "" : f.formatCellValue(row.getCell(opinion));
        if (text.contains("JX-COST-001")) {
          costRows.add(currentProject + "/" + f.formatCellValue(row.getCell(level3)));
          assertThat(text).contains("错误 JX-COST-001：成本指标“项目总成本”的指标值“105.2万元”超过资金总额 100.00 万元");
        }
      }
    }
    assertThat(costRows).containsExactly(project + "/项目总成本");
  }
}

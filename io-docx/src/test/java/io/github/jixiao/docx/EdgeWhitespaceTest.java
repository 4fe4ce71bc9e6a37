package io.github.jixiao.docx;

import static io.github.jixiao.docx.Xml.span;
import static io.github.jixiao.docx.Xml.tbl;
import static io.github.jixiao.docx.Xml.tc;
import static io.github.jixiao.docx.Xml.tr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whitespace at the ends of a value: the Word writer writes it as symbols ({@code w:sym}), which
 * the reader keeps, so a full-width first-line indent or a trailing space reads back exactly;
 * whitespace typed at the ends of cells of other documents is still trimmed.
 */
class EdgeWhitespaceTest {
  private static Disclosure withItem(UnaryOperator<BudgetItem.Builder> edit) {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    BudgetItem item = edit.apply(BudgetItem.builder().from(seed.getItems().get(0))).build();
    return Disclosure.builder().from(seed).items(List.of(item)).build();
  }

  private static void assertReadsBack(Disclosure d) {
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  @Test
  void aFullWidthFirstLineIndentOfTheGoalsIsWrittenAsSymbolsAndReadBack() throws IOException {
    Disclosure d = withItem(b -> b.annualGoals(Goals.of("\u3000\u3000完成督查考核工作，\n\u3000\u3000提升行政效能。")));
    byte[] docx = DocxTesting.write(d);
    assertThat(DocxTesting.read(docx)).isEqualTo(d);
    String xml = documentXml(docx);
    assertThat(xml).contains("w:char=\"3000\"");
    // only the indent at the start of the text is a symbol: the second line's indent is inside the text
    assertThat(xml.split("w:char=\"3000\"", -1)).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\u3000\u3000", "\u00A0", "\u200B"})
  void whitespaceAtEitherEndOfValuesReadsBack(String space) {
    assertReadsBack(withItem(b -> b.name(space + "督查考核专项经费项目" + space)));
    assertReadsBack(withItem(b -> b.implementingUnit("某县人民政府办公室" + space)));
    assertReadsBack(withItem(b -> b.annualGoals(Goals.of(space + "完成督查考核工作"))));
    assertReadsBack(withItem(b -> b.addExtras(LabelledText.of("项目概况", "概况说明" + space))));
    assertReadsBack(withItem(b -> b.period(ProjectPeriod.of(space + "2024年" + space))));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u3000\u3000", "\u00A0"})
  void whitespaceAtTheEndsOfIndicatorNamesReadsBackCoreMarkOrNot(String space) {
    assertReadsBack(withIndicator(i -> Indicator.builder().from(i).core(false).name(space + i.getName() + space).build()));
    assertReadsBack(withIndicator(i -> Indicator.builder().from(i).core(true).name(i.getName() + space).build()));
  }

  private static Disclosure withIndicator(UnaryOperator<Indicator> edit) {
    return withItem(b -> {
      IndicatorTable t = b.build().getAnnualIndicators();
      List<Indicator> rows = new ArrayList<>(t.getRows());
      rows.set(0, edit.apply(rows.get(0)));
      return b.annualIndicators(IndicatorTable.builder().from(t).rows(rows).build());
    });
  }

  @Test
  void whitespaceAtTheEndsOfTheTitleReadsBack() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    assertReadsBack(Disclosure.builder().from(seed).title(seed.getTitle().orElseThrow() + " ").build());
    assertReadsBack(Disclosure.builder().from(seed).title("\u3000" + seed.getTitle().orElseThrow()).build());
  }

  @Test
  void whitespaceInsideALongerTextIsPlainTextAndBothEndsAreSymbols() {
    assertReadsBack(withItem(b -> b.annualGoals(Goals.of("  目标一： 完成\t 考核  \n  目标二  "))));
  }

  @Test
  void whitespaceOnlyValuesReadBack() {
    assertReadsBack(withItem(b -> b.implementingUnit("\u3000\u3000")));
  }

  @Test
  void spacesTypedAroundValuesOfOtherDocumentsAreStillTrimmed() {
    BudgetItem item = read(tbl(5,
        tr(tc("  项目名称 "), span(4, "\u3000\u3000学校营养餐项目  ")),
        tr(tc("实施单位"), span(4, " 县教育局\u00A0")),
        tr(tc("年度目标"), span(4, "\u3000\u3000保障营养餐供应。\n"))));
    assertThat(item.getName()).isEqualTo("学校营养餐项目");
    assertThat(item.getImplementingUnit()).contains("县教育局");
    assertThat(item.getAnnualGoals().map(Goals::getText)).contains("保障营养餐供应。");
  }

  @Test
  void typedSpacesOutsideAWhitespaceSymbolAreTrimmedTheSymbolKept() {
    String goal = "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">  </w:t><w:sym w:font=\"仿宋\" w:char=\"3000\"/>"
        + "<w:t>保障供应。</w:t><w:sym w:font=\"仿宋\" w:char=\"0020\"/><w:t xml:space=\"preserve\">  </w:t></w:r></w:p></w:tc>";
    BudgetItem item = read(tbl(2, tr(tc("项目名称"), tc("学校营养餐项目")), tr(tc("年度目标"), goal)));
    assertThat(item.getAnnualGoals().map(Goals::getText)).contains("\u3000保障供应。 ");
  }

  @Test
  void symbolsThatAreNotWhitespaceAreNotText() {
    String name = "<w:tc><w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:t>学校营养餐项目</w:t>"
        + "<w:sym w:font=\"Wingdings\" w:char=\"zz\"/></w:r></w:p></w:tc>";
    assertThat(read(tbl(2, tr(tc("项目名称"), name))).getName()).isEqualTo("学校营养餐项目");
  }

  private static BudgetItem read(String body) {
    byte[] docx = Zips.word().entry("word/document.xml", Zips.document(body)).bytes();
    List<BudgetItem> items = DocxTesting.READER.readDisclosure(new ByteArrayInputStream(docx)).getItems();
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static String documentXml(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}

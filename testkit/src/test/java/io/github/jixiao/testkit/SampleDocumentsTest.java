package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.value.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java sample is the published seed document, field by field: every value below is read from
 * the published text (src/test/resources/huaiyuan-2024.txt), not typed in again.
 */
class SampleDocumentsTest {
  private final Disclosure sample = SampleDocuments.huaiyuan2024();
  private final List<SeedTextFixture.Row> rows = SeedTextFixture.rows();

  @Test
  void hasTheSeedsShape() {
    assertThat(sample.getListEntries()).hasSize(10);
    assertThat(sample.getItems()).hasSize(10);
    assertThat(sample.getItems().stream().mapToInt(i -> i.getAnnualIndicators().getRows().size()).sum())
        .isEqualTo(111);
    assertThat(sample.getListEntries().get(4).getAmount()).isEqualTo(new BigDecimal("24.4"));
    assertThat(sample.getItems().get(4).getAnnualFunding().orElseThrow().getTotal())
        .isEqualTo(new BigDecimal("24.37"));
    assertThat(sample.classifiedProjectCount()).hasValue(0);
    assertThat(sample.getItems()).allSatisfy(i -> assertThat(i.detectFramework()).contains(IndicatorFramework.PRE_2021));
  }

  @Test
  void theFilesAreShippedAndCopiedForEachCaller() {
    byte[] docx = SampleDocuments.huaiyuan2024Docx();
    assertThat(docx).startsWith('P', 'K', 3, 4);
    docx[0] = 0;
    assertThat(SampleDocuments.huaiyuan2024Docx()[0]).isEqualTo((byte) 'P');
    String json = new String(SampleDocuments.huaiyuan2024Json(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).startsWith("{").contains(sample.getTitle().orElseThrow()).contains(sample.getItems().get(9).getName());
  }

  @Test
  void headerAndListAreAsWritten() {
    assertThat(sample.getTitle()).contains(rows.get(0).cells().get(0));
    assertThat(sample.getListTitle()).contains(rows.get(1).cells().get(0));
    List<DisclosureListEntry> expected = new ArrayList<>();
    int i = 3; // after the title, the list heading and the header row
    while (!rows.get(i).text()) {
      List<String> c = rows.get(i).cells();
      expected.add(DisclosureListEntry.of(Integer.parseInt(c.get(0)), c.get(1), new BigDecimal(c.get(2))));
      i++;
    }
    assertThat(sample.getListEntries()).isEqualTo(expected);
    assertThat(sample.getClassifiedNote()).contains(rows.get(i).cells().get(0));
  }

  @Test
  void everySheetIsAsWritten() {
    List<List<SeedTextFixture.Row>> sheets = sheetsOf(rows);
    assertThat(sheets).hasSameSizeAs(sample.getItems());
    for (int s = 0; s < sheets.size(); s++) {
      assertSheet(sample.getItems().get(s), sheets.get(s));
    }
  }

  private static List<List<SeedTextFixture.Row>> sheetsOf(List<SeedTextFixture.Row> rows) {
    List<List<SeedTextFixture.Row>> sheets = new ArrayList<>();
    for (SeedTextFixture.Row row : rows) {
      if (row.cells().equals(List.of("项目支出绩效目标表"))) {
        sheets.add(new ArrayList<>());
      } else if (!sheets.isEmpty() && !row.text()) {
        sheets.get(sheets.size() - 1).add(row);
      }
    }
    return sheets;
  }

  private static void assertSheet(BudgetItem item, List<SeedTextFixture.Row> sheet) {
    String yearLine = sheet.get(0).cells().get(0).strip();
    assertThat(yearLine).isEqualTo("（" + item.getYear().getAsInt() + "年度）");
    List<String> signature = sheet.get(1).cells();
    assertThat(signature).containsExactly("项目责任人：", "", "单位（盖章）：", "");
    assertThat(item.getResponsiblePerson()).isEmpty();
    assertThat(item.getSealUnit()).isEmpty();

    List<String> name = sheet.get(2).cells();
    assertThat(name.get(0)).isEqualTo("项目名称");
    assertThat(item.getName()).isEqualTo(name.get(1));

    List<String> department = sheet.get(3).cells();
    assertThat(item.getDepartment().orElseThrow().text()).isEqualTo(department.get(1));
    assertThat(item.getImplementingUnit()).contains(department.get(3));

    List<String> source = sheet.get(4).cells();
    assertThat(item.getSource()).contains(source.get(1));
    assertThat(item.getPeriod().orElseThrow().getText()).isEqualTo(source.get(3));

    FundingSplit funding = item.getAnnualFunding().orElseThrow();
    assertThat(funding.getTotal()).isEqualTo(new BigDecimal(sheet.get(5).cells().get(2).strip()));
    assertThat(sheet.get(5).cells().get(1)).contains("年度资金总额");
    for (int k = 0; k < 2; k++) {
      List<String> cells = sheet.get(6 + k).cells();
      assertThat(cells.get(1)).contains(funding.getSources().get(k).getLabel());
      assertThat(funding.getSources().get(k).getAmount()).isEqualTo(new BigDecimal(cells.get(2).strip()));
    }
    assertThat(funding.getSources()).hasSize(2);

    List<String> goals = sheet.get(8).cells();
    assertThat(goals.get(0)).isEqualTo("年度\n目标");
    // The Word fixture, saved by a word processor, has one space where this text extraction has two
    // (sheet 9's goals); the sample follows the Word file, so spaces are compared collapsed here.
    assertThat(item.getAnnualGoals().orElseThrow().getText()).isEqualTo(goals.get(1).strip().replaceAll(" {2,}", " "));

    List<Indicator> indicators = item.getAnnualIndicators().getRows();
    List<SeedTextFixture.Row> indicatorRows = sheet.subList(10, sheet.size());
    assertThat(indicators).hasSameSizeAs(indicatorRows);
    String level1 = null;
    String level2 = null;
    for (int r = 0; r < indicatorRows.size(); r++) {
      List<String> c = indicatorRows.get(r).cells();
      level1 = c.get(1).isEmpty() ? level1 : c.get(1);
      level2 = c.get(2).isEmpty() ? level2 : c.get(2);
      Indicator indicator = indicators.get(r);
      assertThat(indicator.getLevel1().getLabel()).isEqualTo(level1);
      assertThat(indicator.getLevel2().getLabel()).isEqualTo(level2);
      assertThat(indicator.getName()).isEqualTo(c.get(3));
      assertThat(indicator.getTarget().getRaw()).isEqualTo(c.get(4));
      assertThat(indicator.getLevel1().isCustom()).isFalse();
      assertThat(indicator.getLevel2().isCustom()).isFalse();
      assertThat(indicator.getTarget().getKind()).isNotEqualTo(TargetKind.UNRECOGNISED);
    }
  }
}

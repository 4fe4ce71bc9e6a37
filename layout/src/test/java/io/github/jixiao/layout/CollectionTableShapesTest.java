package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a collection table (汇总表) is and is not, and what its odd rows give. */
class CollectionTableShapesTest {

  /** Tables of rows, cells split at "|", a row "---" starting the next table. */
  private static ReadResult<Disclosure> read(String... rows) {
    List<LayoutBlock> tables = new ArrayList<>();
    List<LayoutCell> cells = new ArrayList<>();
    int r = 0;
    for (String row : rows) {
      if (row.equals("---")) {
        tables.add(LayoutTable.of(FormatLocation.builder().table(tables.size()).build(), cells));
        cells = new ArrayList<>();
        r = 0;
        continue;
      }
      String[] texts = row.split("\\|", -1);
      for (int c = 0; c < texts.length; c++) {
        cells.add(LayoutCell.of(r, c, texts[c].strip()));
      }
      r++;
    }
    tables.add(LayoutTable.of(FormatLocation.builder().table(tables.size()).build(), cells));
    return FormReader.of(ReadOptions.defaults()).read(tables);
  }

  @Test
  void aRowOfLabelsWithTheirValuesIsAStandardSheet() {
    ReadResult<Disclosure> read = read(
        "项目名称 | 乡村道路养护项目 | 年度资金总额 | 100.00 | 实施单位 | 某县交通运输局",
        "年度目标 | 完成养护任务。 | | | |");
    assertThat(read.value().getItems()).singleElement().satisfies(item -> {
      assertThat(item.getName()).isEqualTo("乡村道路养护项目");
      assertThat(item.getAnnualGoals()).isPresent();
    });
  }

  @Test
  void theListWithProjectColumnsStaysTheList() {
    ReadResult<Disclosure> read = read(
        "序号 | 项目名称 | 预算金额 | 主管部门 | 实施单位 | 项目类别",
        "1 | 甲项目 | 10.00 | 某局 | 某中心 | 其他",
        "2 | 乙项目 | 20.00 | 某局 | 某中心 | 其他",
        "---",
        "项目名称 | 甲项目");
    assertThat(read.value().getListEntries()).extracting(e -> e.getName()).containsExactly("甲项目", "乙项目");
    assertThat(read.value().getItems()).hasSize(1);
  }

  @Test
  void rowsOfOneProjectApartAreOneProjectAndASecondValueIsAConflict() {
    ReadResult<Disclosure> read = read(
        "项目名称 | 项目编码 | 实施单位 | 一级指标 | 二级指标 | 三级指标 | 指标值",
        "甲项目 | 001 | 某中心 | 产出指标 | 数量指标 | 完成数 | 10个",
        "乙项目 | 002 | 某站 | 产出指标 | 数量指标 | 巡查数 | 5次",
        "甲项目 | 001 | 另一中心 | 效益指标 | 社会效益指标 | 覆盖面 | 扩大");
    List<BudgetItem> items = read.value().getItems();
    assertThat(items).extracting(BudgetItem::getName).containsExactly("甲项目", "乙项目");
    assertThat(items.get(0).getAnnualIndicators().getRows()).hasSize(2);
    assertThat(items.get(0).getImplementingUnit()).hasValue("某中心");
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.CONFLICT);
      assertThat(w.getText()).isEqualTo("另一中心");
      assertThat(w.getLocation().getRow()).hasValue(3);
      assertThat(w.getLocation().getColumn()).hasValue(2);
    });
  }

  @Test
  void aProjectWithoutIndicatorsHasNoneAndATotalRowIsNoProject() {
    ReadResult<Disclosure> read = read(
        "项目名称 | 资金（万元） | 一级指标 | 二级指标 | 三级指标 | 指标值",
        "甲项目 | 10.00 | | | | ",
        "合计 | 10.00 | | | | ");
    // 资金（万元） alone is no funding column: reported, with the 合计 row's cells
    assertThat(read.value().getItems()).singleElement().satisfies(item -> assertThat(item.getAnnualIndicators().getRows()).isEmpty());
    assertThat(read.warnings()).extracting(ReadWarning::getText).contains("合计");
  }
}

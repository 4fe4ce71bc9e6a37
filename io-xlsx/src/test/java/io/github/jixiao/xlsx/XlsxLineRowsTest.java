package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.LabelledText;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * A title, unit line or footer sitting directly on a worksheet's table, no blank row between: the
 * rows are one block, so one table, and the form reader reads each such row as the line it is.
 */
class XlsxLineRowsTest {
  private static final String TABLE = row(3, "项目名称", "全民健身活动项目", "主管部门", "某县文化局")
      + row(4, "实施单位", "某县体育中心", "联系电话", "0552-1234567") + row(5, "年度目标", "举办全民健身活动20场。");

  private static ReadResult<Disclosure> read(String sheetData, String... merges) {
    StringBuilder m = new StringBuilder("<mergeCells count=\"" + (merges.length + 1) + "\"><mergeCell ref=\"B5:D5\"/>");
    for (String ref : merges) {
      m.append("<mergeCell ref=\"").append(ref).append("\"/>");
    }
    byte[] xlsx = new TestWorkbook().sheet("表", "<sheetData>" + sheetData + "</sheetData>" + m + "</mergeCells>").build();
    return new XlsxFormat().reader(ReadOptions.defaults()).read(new ByteArrayInputStream(xlsx));
  }

  @Test
  void aTitleMergedAcrossTheTableAndAUnitLineOnItAreTheDocumentsLines() {
    ReadResult<Disclosure> read = read(row(1, "某县文化局2024年度项目支出绩效目标公开")
        + row(2, "填报单位：某县文化局", null, null, "单位：万元") + TABLE, "A1:D1");
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getTitle()).contains("某县文化局2024年度项目支出绩效目标公开");
    assertThat(read.value().getYear()).hasValue(2024);
    assertThat(read.value().getUnit()).contains("某县文化局");
    assertThat(read.value().getItems()).extracting(BudgetItem::getName).containsExactly("全民健身活动项目");
  }

  @Test
  void aTitleAndAHeadingNobodyMergedAreLinesToo() {
    ReadResult<Disclosure> read = read(row(1, "某县文化局2024年度项目支出绩效目标公开") + row(2, "项目支出绩效目标表（2024年度）")
        + TABLE);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.value().getTitle()).contains("某县文化局2024年度项目支出绩效目标公开");
    assertThat(read.value().getItems().get(0).getYear()).hasValue(2024);
  }

  @Test
  void footerRowsDirectlyUnderTheTableAreTheFootersAndANoteIsReported() {
    ReadResult<Disclosure> read = read(row(1, "项目支出绩效目标表") + row(2, null, null, null, "单位：万元") + TABLE
        + row(6, "填表人：李四", null, "联系电话：0552-7654321") + row(7, "注：本表由项目单位填写。"), "A1:D1", "A7:D7");
    BudgetItem item = read.value().getItems().get(0);
    assertThat(item.getContact()).contains("0552-1234567");
    assertThat(item.getExtras()).containsExactly(LabelledText.of("填表人", "李四"), LabelledText.of("联系电话", "0552-7654321"));
    assertThat(read.warnings()).singleElement().satisfies(w -> {
      assertThat(w.getKind()).isEqualTo(ReadWarning.Kind.UNPLACED);
      assertThat(w.getText()).isEqualTo("注：本表由项目单位填写。");
      assertThat(w.getLocation().getRow()).hasValue(6);
    });
  }
}

package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.layout.FormReader;
import io.github.jixiao.layout.LayoutBlock;
import io.github.jixiao.layout.LayoutCell;
import io.github.jixiao.layout.LayoutParagraph;
import io.github.jixiao.layout.LayoutTable;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.testkit.SampleDocuments;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Texts that read like a marker of the form are placed by where they stand: the document's first
 * line is its title even when it mentions 涉密, and a note on classified projects is never written
 * where the title would be.
 */
class FormPositionTest {
  private static final Disclosure SEED = SampleDocuments.huaiyuan2024();

  private static void assertReadsBack(Disclosure d) {
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  @Test
  void aTitleMentioningClassifiedProjectsIsTheTitle() {
    String title = "怀远县人民政府办公室2024年度项目支出绩效目标（不含涉密项目）";
    assertReadsBack(Disclosure.builder().from(SEED).title(title).build());
    assertReadsBack(Disclosure.builder().from(SEED).title(title).classifiedNote("注：本单位0个涉密项目除外。").build());
  }

  @Test
  void aClassifiedNoteWithoutTitleOrListIsWrittenAfterTheSheetsAndReadBack() {
    Disclosure d = Disclosure.builder().from(SEED).title(Optional.empty()).unit(Optional.empty()).year(OptionalInt.empty()).listTitle(Optional.empty()).listEntries(List.of())
        .listTotal(Optional.empty()).classifiedNote("注：本单位0个涉密项目除外。").build();
    assertReadsBack(d);
  }

  @Test
  void aClassifiedNoteAfterTheTitleIsTheNoteInAnyLayout() {
    List<LayoutBlock> layout = List.of(
        new LayoutParagraph("某县文化局2024年度项目支出绩效目标", FormatLocation.unknown()),
        new LayoutParagraph("注：本单位1个涉密项目除外。", FormatLocation.unknown()),
        LayoutTable.of(FormatLocation.unknown(), List.of(LayoutCell.of(0, 0, "项目名称"), LayoutCell.of(0, 1, "全民健身活动项目"))));
    Disclosure read = FormReader.of(ReadOptions.defaults()).read(layout).value();
    assertThat(read.getTitle()).contains("某县文化局2024年度项目支出绩效目标");
    assertThat(read.getClassifiedNote()).contains("注：本单位1个涉密项目除外。");
  }
}

package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.ReadResult;
import io.github.jixiao.format.ReadWarning;
import io.github.jixiao.model.Disclosure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the layout — labels, amounts and free text thrown into grids of any shape with random
 * spans — the form reader reads what it can and never fails with anything but "no sheet here";
 * every non-empty cell it did not claim is a warning; a strict reader fails exactly when a lenient
 * one warns.
 */
class FormReaderRobustnessProperties {
  private static final Vocabulary V = Vocabulary.defaults();

  @Provide
  Arbitrary<String> texts() {
    List<String> labels = new ArrayList<>();
    for (String term : List.of("field.name", "field.department", "field.period", "field.responsibleAndContact", "field.startEnd",
        "funding.group", "funding.total", "funding.mediumTotal", "funding.annual", "funding.medium", "goal.annual", "goal.medium",
        "indicator.section", "column.level1", "column.level2", "column.level3", "column.target", "column.comparator",
        "column.unit", "column.weight", "note", "footer", "list.sequence", "list.amount", "list.total", "heading.sheet")) {
      labels.addAll(V.variants(term));
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(labels)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("18.00", "0", "-3", "-0.00", "1,000.50", "12万元", "300元", "≥90%", "95", "≥", "%", "不适用",
            "其中", "财政拨款", "一般公共预算", "（2024年度）", "1", "2", "合计", "□新增 ☑延续", "张三 13800000000", "2024年1月至12月")),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("甲乙丙丁：:()（）\n 0123456789.%≥").ofMaxLength(12)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
  }

  @Provide
  Arbitrary<List<LayoutBlock>> layouts() {
    Arbitrary<LayoutBlock> paragraph = texts().map(t -> new LayoutParagraph(t, FormatLocation.builder().paragraph(0).build()));
    Arbitrary<LayoutBlock> table = Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 6),
        texts().list().ofSize(42), Arbitraries.integers().between(0, 3).list().ofSize(42), Arbitraries.integers().between(0, 2))
        .as(FormReaderRobustnessProperties::table);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, paragraph), net.jqwik.api.Tuple.of(3, table)).list().ofMaxSize(6);
  }

  /** A grid of rows × cols filled left to right, top to bottom, with random spans where they fit. */
  private static LayoutBlock table(int rows, int cols, List<String> texts, List<Integer> spans, int headerRows) {
    boolean[][] used = new boolean[rows][cols];
    List<LayoutCell> cells = new ArrayList<>();
    int k = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (used[r][c]) {
          continue;
        }
        int spanKind = spans.get(k % spans.size());
        int rowSpan = spanKind == 1 && r + 1 < rows && !used[r + 1][c] ? 2 : 1;
        int colSpan = spanKind == 2 && c + 1 < cols && !used[r][c + 1] ? 2 : 1;
        for (int i = r; i < r + rowSpan; i++) {
          for (int j = c; j < c + colSpan; j++) {
            used[i][j] = true;
          }
        }
        cells.add(new LayoutCell(r, c, rowSpan, colSpan, texts.get(k++ % texts.size())));
      }
    }
    return new LayoutTable(FormatLocation.builder().table(0).build(), cells, Math.min(headerRows, rows));
  }

  @Property
  void readsWhatItCanAndFailsOnlyForwantOfASheet(@ForAll("layouts") List<LayoutBlock> layout) {
    ReadResult<Disclosure> read;
    try {
      read = FormReader.of(ReadOptions.defaults()).read(layout);
    } catch (FormatException e) {
      assertThat(e.reason()).isEqualTo(FormatException.Reason.UNEXPECTED_LAYOUT);
      return;
    }
    // every warning is about text that was in the layout
    Set<String> written = new HashSet<>();
    for (LayoutBlock b : layout) {
      if (b instanceof LayoutParagraph p) {
        written.add(p.text().strip());
      } else {
        for (LayoutCell c : ((LayoutTable) b).cells()) {
          written.add(c.text().strip());
        }
      }
    }
    for (ReadWarning w : read.warnings()) {
      assertThat(w.getText().isEmpty() || written.stream().anyMatch(t -> t.contains(w.getText()) || w.getText().contains(t)))
          .as(w.describe()).isTrue();
    }
    // strict fails exactly when lenient warns
    boolean strictFailed;
    try {
      FormReader.of(ReadOptions.builder().strict(true).build()).read(layout);
      strictFailed = false;
    } catch (FormatException e) {
      strictFailed = e.reason() == FormatException.Reason.UNPLACED_CONTENT;
    }
    assertThat(strictFailed).isEqualTo(!read.warnings().isEmpty());
  }

  @Example
  void aCellThatNothingClaimsIsAWarningWithItsPlace() {
    List<LayoutBlock> layout = List.of(LayoutTable.of(FormatLocation.builder().table(3).build(), List.of(
        LayoutCell.of(0, 0, "项目名称"), LayoutCell.of(0, 1, "某项目"),
        LayoutCell.of(1, 0, "甲乙丙栏"), LayoutCell.of(1, 1, "丁戊"))));
    ReadResult<Disclosure> read = FormReader.of(ReadOptions.defaults()).read(layout);
    assertThat(read.value().getItems()).hasSize(1);
    assertThat(read.warnings()).extracting(ReadWarning::getText).containsExactly("甲乙丙栏", "丁戊");
    assertThat(read.warnings().get(0).getLocation().getTable()).hasValue(3);
    assertThat(read.warnings().get(0).getLocation().getRow()).hasValue(1);
    assertThat(read.warnings().get(1).getLocation().getColumn()).hasValue(1);
  }
}

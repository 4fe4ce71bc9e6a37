package io.github.jixiao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.Goals;
import io.github.jixiao.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Word writer writes only what reads back the same (B8, B9): tabs and line breaks inside a
 * cell, whitespace at the ends of a value (see {@link EdgeWhitespaceTest}); whatever Word or the form's layout cannot hold is refused with a FormatException naming
 * the field by its JSON Pointer, and nothing is written.
 */
class WriteCheckTest {
  private static final JsonFormat JSON = new JsonFormat();

  private static Disclosure withGoal(String goal) {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    BudgetItem item = BudgetItem.builder().from(seed.getItems().get(0)).annualGoals(Goals.of(goal)).build();
    return Disclosure.builder().from(seed).items(List.of(item)).build();
  }

  private static Disclosure withName(String name) {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    BudgetItem item = BudgetItem.builder().from(seed.getItems().get(0)).name(name).build();
    return Disclosure.builder().from(seed).items(List.of(item)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"目标1：\t\t对齐", "目标1：\t\t\t三个", "a\tb\tc\td", "第一行\n\n第三行\t尾", "行一\r\n行二"})
  void tabsAndLineBreaksInsideACellReadBackTheSame(String goal) {
    Disclosure d = withGoal(goal);
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  @Test
  void tabsAndLineBreaksInTheTitleReadBackTheSame() {
    Disclosure seed = SampleDocuments.huaiyuan2024();
    Disclosure d = Disclosure.builder().from(seed).title(seed.getTitle().get() + "\t\t（第一批）").build();
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  @Test
  void aLeadingTabIsRefusedNamingTheFieldNotAPoiError() {
    assertRefused(withGoal("\t\t目标"), "/items/0/annualGoals/text");
  }

  @Test
  void trailingTabsAndLineBreaksAreRefusedNotTrimmed() {
    assertRefused(withName("督查考核专项经费项目\t"), "/items/0/name");
    assertRefused(withGoal("目标1：首行缩进\n"), "/items/0/annualGoals/text");
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedBeforeWriting() {
    FormatException control = assertRefused(withName("督查\u0001考核"), "/items/0/name");
    assertThat(control.detail()).contains("U+0001").contains("control character");
    FormatException surrogate = assertRefused(withGoal("目标\uD800"), "/items/0/annualGoals/text");
    assertThat(surrogate.detail()).contains("U+D800").contains("lone surrogate");
  }

  @Test
  void aNameThatIsALabelIsRefusedAsUnreadable() {
    FormatException e = assertRefused(withName("实施单位"), "/items/0");
    assertThat(e.detail()).contains("would not read back");
  }

  @Test
  void aSingleItemAndABatchAreCheckedToo() {
    BudgetItem item = withName("\t名称").getItems().get(0);
    assertThatThrownBy(() -> DocxTesting.write(item)).isInstanceOfSatisfying(FormatException.class,
        e -> assertThat(e.location().getJsonPointer()).contains("/name"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ItemWriter writer = DocxTesting.FORMAT.writer(WriteOptions.defaults()).openItems(out);
    writer.write(SampleDocuments.huaiyuan2024().getItems().get(0));
    writer.write(item);
    assertThatThrownBy(writer::close).isInstanceOfSatisfying(FormatException.class,
        e -> assertThat(e.location().getJsonPointer()).contains("/items/1/name"));
    assertThat(out.size()).isZero();
  }

  /**
   * The reproductions of the review (roundtrip/*.json), every one of them: each reads back the same,
   * or is refused with a pointer to a field; these must read back the same.
   */
  @ParameterizedTest
  @ValueSource(strings = {"r00_baseline", "r02_name_multi_internal_spaces", "r03_goal_newlines_lf", "r04_goal_crlf",
      "r05_goal_cr_only", "r07_goal_tabs", "r08_non_bmp", "r28_rtl_and_zwj", "r30_indicator_name_multiline",
      "r36_nbsp_in_name", "r01_name_lead_trail_spaces", "r06_goal_fullwidth_spaces", "r17_name_zero_width_only",
      "r18_target_raw_spaces", "r25_goals_whitespace_only", "r26_period_spaces", "r27_department_written_spaces",
      "r10_funding_three_levels", "r11_custom_source_after_children", "r22_title_mentions_shemi",
      "r09_amount_scale_010", "r13_source_label_with_heji", "r19_responsible_with_contact_label",
      "r32_year_line_as_source", "r33_two_identical_indicators", "r34_contact_with_fullwidth_colon_value",
      "r35_list_amount_scale", "r39_weight_scale"})
  void reproductionsThatMustReadBackTheSame(String name) throws IOException {
    Disclosure d = json(name);
    assertThat(DocxTesting.read(DocxTesting.write(d))).isEqualTo(d);
  }

  /** The rest are refused, never changed: the field named is the one the review saw change. */
  @ParameterizedTest
  @ValueSource(strings = {
      "r09b_amount_scale50=/items/0/annualFunding/sources/0/amount",
      "r09c_amount_1e30=/items/0/annualFunding/sources/1",
      "r12_source_label_with_zhongqi=/items/0/annualFunding/sources/1",
      "r14_source_label_colons=/items/0/annualFunding/sources/1/label",
      "r15_indicator_name_star_not_core=/items/0/annualIndicators/rows/0/name",
      "r16_level2_empty=/items/0/annualIndicators/rows/1/level2",
      "r20_item_name_is_a_label=/items/0",
      "r21_unit_is_a_label=/items/0/implementingUnit",
      "r23_list_title_custom=/listTitle",
      "r24_unit_not_in_title=/unit",
      "r29_remark_leading_newline=/items/0/annualIndicators/rows/0/remark",
      "r31_sheet_heading_as_goal=/items/0/annualGoals",
      "r37_source_label_empty=/items/0/annualFunding/sources/1",
      "r38_level1_empty=/items/0/annualIndicators/rows/1/level1"})
  void reproductionsThatAreRefusedNamingTheField(String caseAndPointer) throws IOException {
    String[] parts = caseAndPointer.split("=");
    assertRefused(json(parts[0]), parts[1]);
  }

  /** The JSON reader already refuses these, at their place: the model cannot hold them as written. */
  @ParameterizedTest
  @ValueSource(strings = {"r09d_amount_negative_zero"})
  void reproductionsTheJsonReaderRefuses(String name) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> json(name));
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(FormatException.Reason.INVALID_NUMBER);
    assertThat(e.location().getJsonPointer()).hasValue("/items/0/annualFunding/sources/1/amount");
  }

  @Test
  void everyReproductionIsInOneOfTheLists() throws Exception {
    Set<String> listed = new HashSet<>();
    for (String method : List.of("reproductionsThatMustReadBackTheSame", "reproductionsThatAreRefusedNamingTheField",
        "reproductionsTheJsonReaderRefuses")) {
      for (String value : WriteCheckTest.class.getDeclaredMethod(method, String.class).getAnnotation(ValueSource.class).strings()) {
        listed.add(value.split("=")[0]);
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/roundtrip"))) {
      assertThat(files.map(f -> f.getFileName().toString().replace(".json", ""))).containsExactlyInAnyOrderElementsOf(listed);
    }
  }

  private static Disclosure json(String name) throws IOException {
    try (InputStream in = WriteCheckTest.class.getResourceAsStream("/roundtrip/" + name + ".json")) {
      return JSON.reader(ReadOptions.defaults()).readDisclosure(in);
    }
  }

  /** Refused, with a pointer at or below the given one, and nothing written. */
  private static FormatException assertRefused(Disclosure d, String pointer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatException[] caught = new FormatException[1];
    assertThatThrownBy(() -> DocxTesting.WRITER.writeDisclosure(d, out)).isInstanceOfSatisfying(FormatException.class, e -> {
      assertThat(e.reason()).isEqualTo(FormatException.Reason.INVALID_VALUE);
      assertThat(e.location().getJsonPointer()).hasValueSatisfying(p -> assertThat(p).startsWith(pointer));
      caught[0] = e;
    });
    assertThat(out.size()).as("nothing written").isZero();
    return caught[0];
  }
}

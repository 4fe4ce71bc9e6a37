package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Labels are matched whatever people do to them; the vocabulary file is checked as it is loaded. */
class VocabularyProperties {
  private static final Vocabulary VOCABULARY = Vocabulary.defaults();
  private static final String[] TERMS = {"field.name", "field.implementingUnit", "field.responsibleAndContact", "goal.annual",
      "goal.medium", "funding.group", "funding.total", "column.target", "column.level3", "column.basis", "note", "footer"};

  /** A label as a person might write it: spaces and line breaks inside, full-width letters, a colon, a hint. */
  @Provide
  Arbitrary<String[]> writtenLabels() {
    Arbitrary<String> term = Arbitraries.of(TERMS);
    return term.flatMap(t -> Arbitraries.of(VOCABULARY.variants(t)).flatMap(variant -> Combinators.combine(
        Arbitraries.of("", " ", "\n", "\u3000", "  "), Arbitraries.of("", "：", ":", " ："),
        Arbitraries.of("", "（万元）", "（150字内）", "(或目标值)", "（2025-2027年）"), Arbitraries.integers().between(0, 3))
        .as((space, colon, hint, step) -> new String[] {t, spaced(variant, space, step + 1) + hint + colon})));
  }

  private static String spaced(String variant, String space, int step) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < variant.length(); i++) {
      b.append(variant.charAt(i));
      if (i + 1 < variant.length() && i % step == 0) {
        b.append(space);
      }
    }
    return b.toString();
  }

  @Property
  void everyWrittenFormOfAVariantNamesItsTerm(@ForAll("writtenLabels") String[] label) {
    String term = label[0];
    String group = term.contains(".") ? term.substring(0, term.indexOf('.')) : term;
    assertThat(VOCABULARY.match(group, label[1])).as(label[1]).contains(term);
  }

  @Property
  void textThatIsNoLabelNamesNothing(@ForAll("plainText") String text) {
    for (String group : List.of("field", "goal", "funding", "column", "note", "footer")) {
      assertThat(VOCABULARY.match(group, text)).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> plainText() {
    return Arbitraries.strings().withChars("壹贰叁肆伍陆柒捌玖0123456789 ，。").ofMinLength(1).ofMaxLength(20);
  }

  @Example
  void aLeadingQizhongAndAUnitHintAreLayoutNotLabel() {
    Label l = Label.of("其中：财政拨款（元）：");
    assertThat(l.ofWhich).isTrue();
    assertThat(l.base).isEqualTo("财政拨款");
    assertThat(Amounts.unitOf(l.hint)).isEqualTo(io.github.jixiao.model.AmountUnit.YUAN);
    assertThat(Amounts.unitOf(Label.of("项目资金（万元）").hint)).isEqualTo(io.github.jixiao.model.AmountUnit.WAN_YUAN);
    assertThat(VOCABULARY.match("field", "单位（盖章）")).contains("field.seal");
    assertThat(VOCABULARY.match("column", "单位")).contains("column.unit");
  }

  @Example
  void theStandardWordingComesFirst() {
    assertThat(VOCABULARY.standard("heading.sheet")).isEqualTo("项目支出绩效目标表");
    assertThat(VOCABULARY.standard("field.department")).isEqualTo("主管部门及代码");
    assertThatThrownBy(() -> VOCABULARY.standard("field.nothing")).isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void oneWordingServesOneTermPerGroup() {
    assertThatThrownBy(() -> Vocabulary.parse(new BufferedReader(new StringReader("field.a = 名称\nfield.b = 名 称\n"))))
        .hasMessageContaining("line 2").hasMessageContaining("field.a");
    assertThatThrownBy(() -> Vocabulary.parse(new BufferedReader(new StringReader("just words\n"))))
        .hasMessageContaining("line 1");
  }

  @Example
  void everyVariantOfTheShippedVocabularyMatchesItself() {
    List<String> failures = new ArrayList<>();
    for (String term : TERMS) {
      String group = term.contains(".") ? term.substring(0, term.indexOf('.')) : term;
      for (String v : VOCABULARY.variants(term)) {
        if (!VOCABULARY.match(group, v).equals(java.util.Optional.of(term))) {
          failures.add(v);
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}

package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.NAME;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanDisclosure;
import static io.github.jixiao.rules.catalog.Sheets.disclosure;
import static io.github.jixiao.rules.catalog.Sheets.named;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JX-FORM-002: project names are unique within a disclosure; a repeat is reported at the later
 * sheet, naming the first. Names compare as the list pairs them with sheets, whitespace aside.
 */
class ProjectNamesUniqueTest {
  private final ProjectNamesUnique rule = new ProjectNamesUnique();

  @Test
  void firesOnARepeatedNameAtTheLaterSheet() {
    Finding f = onlyFinding(check(rule, disclosure(List.of(), clean(), clean())));
    assertFinding(f, "JX-FORM-002", Severity.ERROR);
    assertLocation(f, Section.ITEM, null, "items[1].name");
    assertThat(f.getLocation().getItemIndex()).hasValue(1);
    assertThat(f.getMessageEn()).isEqualTo("the project name \"" + NAME + "\" repeats items[0]");
    assertThat(f.getMessageZh()).isEqualTo("项目名称“" + NAME + "”与 items[0] 重复");
    assertThat(f.getValue()).contains(NAME);
  }

  @Test
  void everyLaterRepeatNamesTheFirst() {
    List<Finding> findings = check(rule, disclosure(List.of(), clean(), named(clean(), "乙项目"), clean(), clean()));
    assertThat(findings).extracting(f -> f.getLocation().getPath()).containsExactly("items[2].name", "items[3].name");
    assertThat(findings).allSatisfy(f -> assertThat(f.getMessageEn()).endsWith("repeats items[0]"));
  }

  @Test
  void namesThatDifferOnlyInWhitespaceRepeat() {
    assertThat(check(rule, disclosure(List.of(), clean(), named(clean(), "督查考核 专项经费项目")))).hasSize(1);
  }

  @Test
  void staysQuietOnDistinctNames() {
    assertThat(check(rule, cleanDisclosure())).isEmpty();
    assertThat(check(rule, disclosure(List.of(), clean(), named(clean(), NAME + "（二期）")))).isEmpty();
  }
}

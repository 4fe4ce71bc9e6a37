package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.NAME;
import static io.github.jixiao.rules.catalog.Sheets.OTHER_NAME;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.cleanDisclosure;
import static io.github.jixiao.rules.catalog.Sheets.disclosure;
import static io.github.jixiao.rules.catalog.Sheets.entry;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JX-LIST-002: when the document has a 公开清单, every target sheet is listed in it. */
class SheetsAreListedTest {
  private final SheetsAreListed rule = new SheetsAreListed();

  @Test
  void firesOnAnUnlistedSheetAtItsName() {
    Finding f = onlyFinding(check(rule, disclosure(List.of(entry(1, NAME, "18.00")), clean(), sheet(OTHER_NAME, "24.37"))));
    assertFinding(f, "JX-LIST-002", Severity.ERROR);
    assertLocation(f, Section.ITEM, null, "items[1].name");
    assertThat(f.getLocation().getItemIndex()).hasValue(1);
    assertThat(f.getLocation().getItemName()).contains(OTHER_NAME);
    assertThat(f.getMessageEn()).isEqualTo("the target sheet \"" + OTHER_NAME + "\" is not in the disclosure list");
    assertThat(f.getMessageZh()).contains(OTHER_NAME);
    assertThat(f.getValue()).contains(OTHER_NAME);
  }

  @Test
  void firesOnTheSecondSheetOfANameListedOnce() {
    Finding f = onlyFinding(check(rule, disclosure(List.of(entry(1, NAME, "18.00")), clean(), clean())));
    assertLocation(f, Section.ITEM, null, "items[1].name");
  }

  @Test
  void staysQuietWhenEverySheetIsListed() {
    assertThat(check(rule, cleanDisclosure())).isEmpty();
  }

  @Test
  void staysQuietOnADocumentWithoutAList() {
    assertThat(check(rule, disclosure(List.of(), clean(), sheet(OTHER_NAME, "24.37")))).isEmpty();
  }

  @Test
  void ignoresWhitespaceInNames() {
    assertThat(check(rule, disclosure(List.of(entry(1, " 督查考核专项经费项目 ", "18.00")), clean()))).isEmpty();
  }
}

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

import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JX-LIST-001: every project of the 公开清单 has a target sheet of the same name (whitespace aside);
 * the k-th entry of a name pairs with the k-th sheet of that name.
 */
class ListEntriesHaveSheetsTest {
  private final ListEntriesHaveSheets rule = new ListEntriesHaveSheets();

  @Test
  void firesOnAListedProjectWithoutASheetAtItsListRow() {
    Finding f =
        onlyFinding(
            check(rule, disclosure(List.of(entry(1, NAME, "18.00"), entry(2, "信息化建设项目", "100.00")), clean())));
    assertFinding(f, "JX-LIST-001", Severity.ERROR);
    assertLocation(f, Section.LIST, 1, "listEntries[1].name");
    assertThat(f.getLocation().getItemIndex()).isEmpty();
    assertThat(f.getMessageEn()).isEqualTo("the list names \"信息化建设项目\" but no target sheet has that name");
    assertThat(f.getMessageZh()).contains("信息化建设项目");
    assertThat(f.getValue()).contains("信息化建设项目");
  }

  @Test
  void firesOnANameThatOnlyResemblesASheets() {
    assertThat(check(rule, disclosure(List.of(entry(1, "督查考核专项经费", "18.00")), clean()))).hasSize(1);
  }

  @Test
  void firesOnTheSecondEntryOfANameWithOnlyOneSheet() {
    Finding f = onlyFinding(check(rule, disclosure(List.of(entry(1, NAME, "18.00"), entry(2, NAME, "18.00")), clean())));
    assertLocation(f, Section.LIST, 1, "listEntries[1].name");
  }

  @Test
  void staysQuietWhenEveryEntryHasItsSheet() {
    assertThat(check(rule, cleanDisclosure())).isEmpty();
  }

  @Test
  void ignoresWhitespaceInNames() {
    List<DisclosureListEntry> spaced = List.of(entry(1, "督查考核 专项经费项目", "18.00"), entry(2, "\u3000" + OTHER_NAME, "24.4"));
    assertThat(check(rule, disclosure(spaced, clean(), sheet(OTHER_NAME, "24.37")))).isEmpty();
  }

  @Test
  void aSheetMissingFromTheListIsNotThisRulesConcern() {
    assertThat(check(rule, disclosure(List.of(entry(1, NAME, "18.00")), clean(), sheet(OTHER_NAME, "24.37")))).isEmpty();
  }
}

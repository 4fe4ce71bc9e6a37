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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JX-LIST-003: a listed amount equals its sheet's annual total at the list's precision — the
 * list's 24.4 agrees with the sheet's 24.37, 24.5 does not.
 */
class ListAmountsMatchTest {
  private final ListAmountsMatch rule = new ListAmountsMatch();

  /** The clean sheet listed second, after a sheet of {@code total} listed at {@code listed}. */
  private List<Finding> listedAt(String listed, String total) {
    return check(rule, disclosure(List.of(entry(1, NAME, "18.00"), entry(2, OTHER_NAME, listed)), clean(), sheet(OTHER_NAME, total)));
  }

  @Test
  void firesOnADifferentAmountAtTheListRow() {
    Finding f = onlyFinding(listedAt("24.5", "24.37"));
    assertFinding(f, "JX-LIST-003", Severity.ERROR);
    assertLocation(f, Section.LIST, 1, "listEntries[1].amount");
    assertThat(f.getMessageEn()).isEqualTo("the list gives \"" + OTHER_NAME + "\" 24.5 (10k yuan) but its sheet totals 24.37");
    assertThat(f.getMessageZh()).contains(OTHER_NAME).contains("24.5").contains("24.37");
    assertThat(f.getValue()).contains("24.5");
    assertThat(f.getExpected()).contains("24.4"); // the sheet's total at the list's precision
  }

  @ParameterizedTest
  @ValueSource(strings = {"24.4", "24.37", "24.370", "24"})
  void staysQuietOnTheSheetsTotalAtTheListsPrecision(String listed) {
    assertThat(listedAt(listed, "24.37")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"24.5", "24.3", "24.36", "24.38", "24.371", "25"})
  void firesOnAnAmountOffByOneUnitOfTheListsPrecision(String listed) {
    assertThat(listedAt(listed, "24.37")).hasSize(1);
  }

  @Test
  void roundsTheSheetToTheNearestAtTheListsPrecision() {
    // 24.349 is 24.3 to one decimal, 24.351 is 24.4 (away from the exact half, where rounding modes differ).
    assertThat(listedAt("24.3", "24.349")).isEmpty();
    assertThat(listedAt("24.4", "24.349")).hasSize(1);
    assertThat(listedAt("24.4", "24.351")).isEmpty();
    assertThat(listedAt("24.3", "24.351")).hasSize(1);
  }

  @Test
  void staysQuietOnTheCleanDisclosure() {
    assertThat(check(rule, cleanDisclosure())).isEmpty();
  }

  @Test
  void anEntryWithoutASheetIsJxList001s() {
    assertThat(check(rule, disclosure(List.of(entry(1, NAME, "18.00"), entry(2, "信息化建设项目", "100.00")), clean()))).isEmpty();
  }
}

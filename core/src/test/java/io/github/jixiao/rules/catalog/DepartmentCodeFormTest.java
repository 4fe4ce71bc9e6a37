package io.github.jixiao.rules.catalog;

import static io.github.jixiao.rules.catalog.Sheets.NAME;
import static io.github.jixiao.rules.catalog.Sheets.assertFinding;
import static io.github.jixiao.rules.catalog.Sheets.assertLocation;
import static io.github.jixiao.rules.catalog.Sheets.check;
import static io.github.jixiao.rules.catalog.Sheets.clean;
import static io.github.jixiao.rules.catalog.Sheets.onlyFinding;
import static io.github.jixiao.rules.catalog.Sheets.withDepartment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Section;
import io.github.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JX-FORM-001: the 主管部门及代码 cell reads "[code]name", such as "[003]怀远县人民政府办公室". */
class DepartmentCodeFormTest {
  private final DepartmentCodeForm rule = new DepartmentCodeForm();

  @Test
  void firesOnANameWithoutACodeAtTheDepartment() {
    Finding f = onlyFinding(check(rule, withDepartment(clean(), SupervisingDepartment.parse("怀远县人民政府办公室"))));
    assertFinding(f, "JX-FORM-001", Severity.WARNING);
    assertLocation(f, Section.ITEM, null, "department");
    assertThat(f.getLocation().getItemName()).contains(NAME);
    assertThat(f.getMessageEn()).isEqualTo("the department \"怀远县人民政府办公室\" is not written \"[code]name\"");
    assertThat(f.getMessageZh()).isEqualTo("主管部门及代码“怀远县人民政府办公室”不是“[代码]名称”的格式");
    assertThat(f.getValue()).contains("怀远县人民政府办公室");
    assertThat(f.getExpected()).contains("[代码]名称");
  }

  @ParameterizedTest
  @ValueSource(strings = {"003怀远县人民政府办公室", "怀远县人民政府办公室[003]", "[]怀远县人民政府办公室",
      "[0-03]怀远县人民政府办公室"})
  void firesOnCodesNotInFront(String written) {
    Finding f = onlyFinding(check(rule, withDepartment(clean(), SupervisingDepartment.parse(written))));
    assertThat(f.getValue()).contains(written);
  }

  @Test
  void firesOnSeparateCellsWithoutACode() {
    assertThat(check(rule, withDepartment(clean(), SupervisingDepartment.of(null, "怀远县人民政府办公室")))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[003]怀远县人民政府办公室", "【003】怀远县人民政府办公室", "（003）怀远县人民政府办公室",
      " [003] 怀远县人民政府办公室"})
  void staysQuietOnABracketedCodeBeforeTheName(String written) {
    assertThat(check(rule, withDepartment(clean(), SupervisingDepartment.parse(written)))).isEmpty();
  }

  @Test
  void staysQuietOnSeparateCodeAndNameCells() {
    assertThat(check(rule, withDepartment(clean(), SupervisingDepartment.of("003", "怀远县人民政府办公室")))).isEmpty();
  }

  @Test
  void staysQuietWithoutADepartment() {
    assertThat(check(rule, withDepartment(clean(), null))).isEmpty();
  }
}

package io.github.jixiao.model;

import io.github.jixiao.framework.IndicatorFramework;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * 项目支出绩效目标表 (budget item): one project's target sheet — the project and who runs it, its
 * funding, its goals and its indicator tables.
 *
 * <p>Only the project name is required. Every other field is optional because real templates
 * differ in what they carry; a sheet that leaves out what a reviewer expects is representable and
 * is reported by the rule engine.
 */
@Value.Immutable
public abstract class BudgetItem implements Serializable {
  private static final long serialVersionUID = 1L;

  BudgetItem() {}

  /**
   * The budget year of the sheet, from its year line "（2024年度）".
   *
   * @return the year
   */
  @Min(1949)
  @Max(2200)
  public abstract OptionalInt getYear();

  /**
   * 项目责任人 / 项目负责人: the responsible person, as written.
   *
   * @return the person
   */
  public abstract Optional<String> getResponsiblePerson();

  /**
   * 联系电话: the contact telephone, as written.
   *
   * @return the contact
   */
  public abstract Optional<String> getContact();

  /**
   * 单位（盖章）: the text of the unit-seal line, as written.
   *
   * @return the seal line text
   */
  public abstract Optional<String> getSealUnit();

  /**
   * 项目名称: the project name.
   *
   * @return the name
   */
  @NotBlank
  public abstract String getName();

  /**
   * 项目编码: the project code of the budget system, as written.
   *
   * @return the code
   */
  public abstract Optional<String> getCode();

  /**
   * 项目类别: the project category, as written (tick boxes included).
   *
   * @return the category
   */
  public abstract Optional<String> getCategory();

  /**
   * 主管部门及代码: the supervising department.
   *
   * @return the department
   */
  public abstract Optional<@Valid SupervisingDepartment> getDepartment();

  /**
   * 实施单位: the implementing unit.
   *
   * @return the unit
   */
  public abstract Optional<String> getImplementingUnit();

  /**
   * 项目来源: the source, such as 本级申报项目.
   *
   * @return the source
   */
  public abstract Optional<String> getSource();

  /**
   * 项目属性: the attribute, such as 新增项目 (new) or 延续项目 (continuing), as written — tick boxes
   * included ("新增项目□ 延续项目√"); {@link #attributeChoice()} resolves them.
   *
   * @return the attribute
   */
  public abstract Optional<String> getAttribute();

  /**
   * The attribute with tick boxes resolved: "新增项目□ 延续项目√" gives 延续项目; an attribute without
   * tick boxes is itself.
   *
   * @return the chosen attribute, empty when there is none or the boxes do not choose exactly one
   */
  public Optional<String> attributeChoice() {
    return getAttribute().flatMap(TickBoxes::choice);
  }

  /**
   * 项目期: the project period.
   *
   * @return the period
   */
  public abstract Optional<@Valid ProjectPeriod> getPeriod();

  /**
   * 项目起止时间: the start, as written.
   *
   * @return the start
   */
  public abstract Optional<String> getStart();

  /**
   * 项目起止时间: the end, as written.
   *
   * @return the end
   */
  public abstract Optional<String> getEnd();

  /**
   * 年度资金: the annual funding.
   *
   * @return the annual funding
   */
  public abstract Optional<@Valid FundingSplit> getAnnualFunding();

  /**
   * 中期资金: the medium-term funding, when the template has it.
   *
   * @return the medium-term funding
   */
  public abstract Optional<@Valid FundingSplit> getMediumTermFunding();

  /**
   * 年度目标: the annual goals.
   *
   * @return the annual goals
   */
  public abstract Optional<@Valid Goals> getAnnualGoals();

  /**
   * 中长期目标 / 长期目标: the medium-term goals, when the template has them.
   *
   * @return the medium-term goals
   */
  public abstract Optional<@Valid Goals> getMediumTermGoals();

  /**
   * 年度绩效指标: the annual indicator table.
   *
   * @return the table, empty when the sheet has no indicators
   */
  @Valid
  @Value.Default
  public IndicatorTable getAnnualIndicators() {
    return IndicatorTable.builder().build();
  }

  /**
   * 中长期 / 长期绩效指标: the medium-term indicator table, when the template has one.
   *
   * @return the table
   */
  public abstract Optional<@Valid IndicatorTable> getMediumTermIndicators();

  /**
   * 其他栏目: the rows the model has no typed field for (立项依据, 项目概况, 实施计划, 其他说明的问题, 审核意见,
   * footer lines such as 填报人 and 填报日期), as written, in written order.
   *
   * @return the labelled texts
   */
  public abstract List<@Valid LabelledText> getExtras();

  @Value.Check
  void checkYear() {
    if (getYear().isPresent() && getYear().getAsInt() < 0) {
      throw new ModelException("BudgetItem.year: must not be negative, was " + getYear().getAsInt());
    }
  }

  /**
   * The framework the annual indicators point to, if they point to exactly one.
   *
   * @return the detected framework
   */
  public Optional<IndicatorFramework> detectFramework() {
    return getAnnualIndicators().detectFramework();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetItem}. */
  public static final class Builder extends ImmutableBudgetItem.Builder {
    Builder() {}
  }
}

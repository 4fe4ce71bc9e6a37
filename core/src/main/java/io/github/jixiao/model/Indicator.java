package io.github.jixiao.model;

import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.value.TargetValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 绩效指标 (indicator): one row of the indicator table — the level-1 and level-2 categories it sits
 * under, the level-3 indicator (三级指标, or 指标内容) and its target value (指标值), plus the optional
 * columns some templates add (unit, operator, weight, basis, remark) and the ★ core mark.
 */
@Value.Immutable
public abstract class Indicator implements Serializable {
  private static final long serialVersionUID = 1L;

  Indicator() {}

  /**
   * The level-1 category (一级指标).
   *
   * @return the category
   */
  @Valid
  public abstract IndicatorCategory getLevel1();

  /**
   * The level-2 category (二级指标).
   *
   * @return the category
   */
  @Valid
  public abstract IndicatorCategory getLevel2();

  /**
   * The level-3 indicator's name (三级指标 / 指标内容), without a ★ core mark (see {@link
   * Indicator.Builder#nameAsWritten(String)}).
   *
   * @return the name
   */
  @NotBlank
  public abstract String getName();

  /**
   * The target value (指标值).
   *
   * @return the target
   */
  @Valid
  public abstract TargetValue getTarget();

  /**
   * The 计量单位 column, as written.
   *
   * @return the unit
   */
  public abstract Optional<String> getUnit();

  /**
   * The 指标性质 / 计算符号 column, as written.
   *
   * @return the operator text
   */
  public abstract Optional<String> getComparatorText();

  /**
   * The 权重 / 分值 column.
   *
   * @return the weight
   */
  public abstract Optional<@PositiveOrZero @DecimalMax("100") BigDecimal> getWeight();

  /**
   * The 指标值设定依据 column, as written.
   *
   * @return the basis
   */
  public abstract Optional<String> getBasis();

  /**
   * The 评分细则 / 评分标准 column, as written.
   *
   * @return the scoring rule
   */
  public abstract Optional<String> getScoring();

  /**
   * The 备注 column, as written.
   *
   * @return the remark
   */
  public abstract Optional<String> getRemark();

  /**
   * The target value as the form means it: the 指标值 cell together with a separate comparator
   * column (指标性质 / 计算符号) and unit column (计量单位), so that "≥ | 90 | %" is ≥90%. The written
   * cells stay as they are in {@link #getTarget()}, {@link #getComparatorText()} and {@link
   * #getUnit()}; this is what rules check.
   *
   * @return the folded target, {@link #getTarget()} itself when there is nothing to fold
   */
  @Value.Lazy
  public TargetValue effectiveTarget() {
    return TargetFolding.fold(getTarget(), getComparatorText().orElse(null), getUnit().orElse(null));
  }

  /**
   * The 计量单位 column as a unit: empty when the column is absent, blank or says there is none
   * ("/", "-", "无").
   *
   * @return the unit the column states
   */
  public Optional<String> statedUnit() {
    return getUnit().map(TargetFolding::unitOrEmpty).filter(u -> !u.isEmpty());
  }

  /**
   * Whether the indicator is marked ★ as a core indicator (核心指标).
   *
   * @return true for a core indicator
   */
  @Value.Default
  public boolean isCore() {
    return false;
  }

  @Value.Check
  void checkCategoryLevels() {
    checkLevel(getLevel1(), 1, "level1");
    checkLevel(getLevel2(), 2, "level2");
  }

  private static void checkLevel(IndicatorCategory category, int level, String field) {
    Optional<StandardCategory> standard = category.getStandard();
    if (standard.isPresent() && standard.get().level() != level) {
      throw new ModelException(
          "Indicator."
              + field
              + ": "
              + standard.get()
              + " is a level-"
              + standard.get().level()
              + " category, not level "
              + level);
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}. Besides the typed setters it takes labels and target text as
   * written, recognising standard categories and parsing the target.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Sets the level-1 category from its label as written.
     *
     * @param label the label, such as 产出指标
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder level1(String label) {
      return level1(IndicatorCategory.level1(MissingValueException.require(label, "level1")));
    }

    /**
     * Sets the level-2 category from its label as written.
     *
     * @param label the label, such as 数量指标
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder level2(String label) {
      return level2(IndicatorCategory.level2(MissingValueException.require(label, "level2")));
    }

    /**
     * Sets a standard level-1 category.
     *
     * @param standard the category
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder level1(StandardCategory standard) {
      return level1(IndicatorCategory.of(MissingValueException.require(standard, "level1")));
    }

    /**
     * Sets a standard level-2 category.
     *
     * @param standard the category
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder level2(StandardCategory standard) {
      return level2(IndicatorCategory.of(MissingValueException.require(standard, "level2")));
    }

    /**
     * Sets the name from the level-3 cell as written: a leading ★ (or ☆) marks a core indicator
     * and is not part of the name.
     *
     * @param written the cell text, such as "★群众满意度"
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder nameAsWritten(String written) {
      if (written == null) {
        throw new MissingValueException("name");
      }
      String name = written.strip();
      boolean core = !name.isEmpty() && (name.charAt(0) == '★' || name.charAt(0) == '☆');
      return core(core).name(core ? name.substring(1).strip() : name);
    }

    /**
     * Sets the target from its text as written.
     *
     * @param raw the 指标值 text
     * @return this builder
     * @throws MissingValueException if the argument is null, naming the field it sets
     */
    public Builder target(String raw) {
      // named as the field the caller set, not as the parser's parameter ("raw")
      return target(TargetValue.parse(MissingValueException.require(raw, "target")));
    }
  }
}

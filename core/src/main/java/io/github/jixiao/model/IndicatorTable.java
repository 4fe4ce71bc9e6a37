package io.github.jixiao.model;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 绩效指标表 (indicator table): the rows of a sheet's annual (年度绩效指标) or medium-term
 * (中长期 / 长期绩效指标) indicator table, in written order, and the optional columns it has.
 */
@Value.Immutable
public abstract class IndicatorTable implements Serializable {
  private static final long serialVersionUID = 1L;

  IndicatorTable() {}

  /**
   * The indicators, one per level-3 row, in written order.
   *
   * @return the rows
   */
  public abstract List<@Valid Indicator> getRows();

  /**
   * The optional columns the table has beside the four standard ones, in written order.
   *
   * @return the optional columns, empty for the standard four-column table
   */
  public abstract List<IndicatorColumn> getOptionalColumns();

  @Value.Check
  void checkColumnsUnique() {
    if (getOptionalColumns().stream().distinct().count() != getOptionalColumns().size()) {
      throw new ModelException("IndicatorTable.optionalColumns: a column is listed twice: " + getOptionalColumns());
    }
  }

  /**
   * The framework the table's standard categories point to, if they point to exactly one.
   *
   * @return the detected framework
   */
  public Optional<IndicatorFramework> detectFramework() {
    return IndicatorFramework.detect(usedCategories());
  }

  /**
   * The standard categories the rows use, of both levels, each once.
   *
   * @return the categories, computed once per table
   */
  @Value.Lazy
  public Set<StandardCategory> usedCategories() {
    Set<StandardCategory> used = EnumSet.noneOf(StandardCategory.class);
    for (Indicator row : getRows()) {
      row.getLevel1().getStandard().ifPresent(used::add);
      row.getLevel2().getStandard().ifPresent(used::add);
    }
    return Collections.unmodifiableSet(used);
  }

  /**
   * A table of rows with the four standard columns.
   *
   * @param rows the rows
   * @return the table
   */
  public static IndicatorTable of(Iterable<? extends Indicator> rows) {
    return builder().addAllRows(rows).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorTable}. */
  public static final class Builder extends ImmutableIndicatorTable.Builder {
    Builder() {}
  }
}

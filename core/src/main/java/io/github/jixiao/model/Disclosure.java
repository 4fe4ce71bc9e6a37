package io.github.jixiao.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * 项目支出绩效目标公开文件 (disclosure): a unit's published document for one budget year — its
 * title, the 公开清单 (disclosure list) with the footnote on classified projects, and one target
 * sheet ({@link BudgetItem}) per project.
 */
@Value.Immutable
public abstract class Disclosure implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern CLASSIFIED_COUNT = Pattern.compile("([0-9]+)\\s*个\\s*涉密项目");

  Disclosure() {}

  /**
   * The document title, such as 怀远县人民政府办公室2024年度项目支出绩效目标.
   *
   * @return the title
   */
  public abstract Optional<String> getTitle();

  /**
   * The publishing budget unit, such as 怀远县人民政府办公室.
   *
   * @return the unit
   */
  public abstract Optional<String> getUnit();

  /**
   * The budget year.
   *
   * @return the year
   */
  @Min(1949)
  @Max(2200)
  public abstract OptionalInt getYear();

  /**
   * The heading of the list, such as 项目支出绩效目标公开清单.
   *
   * @return the heading
   */
  public abstract Optional<String> getListTitle();

  /**
   * The rows of the disclosure list, in written order.
   *
   * @return the entries
   */
  public abstract List<@Valid DisclosureListEntry> getListEntries();

  /**
   * The 合计 (total) row of the disclosure list, as written, when the list has one.
   *
   * @return the total in 万元
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal> getListTotal();

  /**
   * The footnote on classified projects as written, such as "注：本单位0个涉密项目除外。".
   *
   * @return the footnote
   */
  public abstract Optional<String> getClassifiedNote();

  /**
   * The target sheets, in written order.
   *
   * @return the sheets
   */
  public abstract List<@Valid BudgetItem> getItems();

  @Value.Check
  void checkYear() {
    if (getYear().isPresent() && getYear().getAsInt() < 0) {
      throw new ModelException("Disclosure.year: must not be negative, was " + getYear().getAsInt());
    }
  }

  /**
   * The number of classified projects left out, read from the {@linkplain #getClassifiedNote()
   * footnote} ("本单位0个涉密项目除外" gives 0).
   *
   * @return the count, empty when there is no footnote or it gives no count
   */
  public OptionalInt classifiedProjectCount() {
    if (getClassifiedNote().isEmpty()) {
      return OptionalInt.empty();
    }
    Matcher m = CLASSIFIED_COUNT.matcher(getClassifiedNote().get());
    if (!m.find() || m.group(1).length() > 9) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disclosure}. */
  public static final class Builder extends ImmutableDisclosure.Builder {
    Builder() {}
  }
}

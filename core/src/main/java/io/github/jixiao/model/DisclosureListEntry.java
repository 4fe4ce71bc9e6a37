package io.github.jixiao.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * 公开清单条目 (disclosure list entry): one row of the 项目支出绩效目标公开清单 — sequence number,
 * project name and budget amount in 万元 as the list writes it (often rounded: 24.4 where the sheet
 * says 24.37).
 */
@Value.Immutable
public abstract class DisclosureListEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  DisclosureListEntry() {}

  /**
   * 序号: the sequence number as written.
   *
   * @return the sequence number, not negative
   */
  @Value.Parameter
  public abstract int getSequence();

  /**
   * 项目名称: the project name.
   *
   * @return the name
   */
  @NotBlank
  @Value.Parameter
  public abstract String getName();

  /**
   * 预算金额（万元）: the amount with the list's written scale ("24.4" stays 24.4).
   *
   * @return the amount
   */
  @PositiveOrZero
  @Digits(integer = 12, fraction = 6)
  @Value.Parameter
  public abstract BigDecimal getAmount();

  /**
   * The list's other columns for this row (such as 主管部门 or 备注), each as its column header and
   * the text as written, in column order.
   *
   * @return the other columns, empty for the standard three-column list
   */
  public abstract List<@Valid LabelledText> getExtras();

  @Value.Check
  void checkSequence() {
    if (getSequence() < 0) {
      throw new ModelException("DisclosureListEntry.sequence: must not be negative, was " + getSequence());
    }
  }

  /**
   * A list entry.
   *
   * @param sequence the sequence number
   * @param name the project name
   * @param amount the amount as written
   * @return the entry
   */
  public static DisclosureListEntry of(int sequence, String name, BigDecimal amount) {
    return ImmutableDisclosureListEntry.of(sequence, name, amount);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureListEntry}. */
  public static final class Builder extends ImmutableDisclosureListEntry.Builder {
    Builder() {}
  }
}

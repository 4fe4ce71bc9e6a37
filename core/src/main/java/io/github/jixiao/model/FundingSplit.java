package io.github.jixiao.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 项目资金 (funding split): a project's funding in 万元 — the total (年度资金总额, or 中期资金总额 for
 * medium-term funding) and the ordered tree of sources it comes from (其中：财政拨款, 其他资金, …).
 *
 * <p>A total that differs from the sum of its sources, or a negative amount, is representable;
 * the rule engine reports it.
 */
@Value.Immutable
public abstract class FundingSplit implements Serializable {
  private static final long serialVersionUID = 1L;

  FundingSplit() {}

  /**
   * The total in 万元, with its written scale.
   *
   * @return the total
   */
  @PositiveOrZero
  @Digits(integer = 12, fraction = 6)
  public abstract BigDecimal getTotal();

  /**
   * The unit the block is written in (a sheet in 元 stays in 元 when written back); the amounts
   * of the model are in 万元 whatever this says.
   *
   * @return the written unit, {@link AmountUnit#WAN_YUAN} unless the sheet says otherwise
   */
  @Value.Default
  public AmountUnit getUnit() {
    return AmountUnit.WAN_YUAN;
  }

  /**
   * The top-level sources in written order; each may hold nested sources.
   *
   * @return the sources
   */
  public abstract List<@Valid FundingSource> getSources();

  /**
   * The sum of the top-level sources' amounts.
   *
   * @return the sum, zero when there are no sources
   */
  public BigDecimal sourcesSum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (FundingSource source : getSources()) {
      sum = sum.add(source.getAmount());
    }
    return sum;
  }

  /**
   * The first top-level source of a kind.
   *
   * @param kind the kind
   * @return the source, or empty
   */
  public Optional<FundingSource> source(FundingSourceKind kind) {
    return getSources().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * A split with a total and top-level sources.
   *
   * @param total the total in 万元
   * @param sources the sources in written order
   * @return the split
   */
  public static FundingSplit of(BigDecimal total, FundingSource... sources) {
    return builder().total(total).addSources(sources).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSplit}. */
  public static final class Builder extends ImmutableFundingSplit.Builder {
    Builder() {}
  }
}

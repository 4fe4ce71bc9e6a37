package io.github.jixiao.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * 资金来源 (funding source): one named source of a project's funding, such as 财政拨款 or 其他资金,
 * with its amount in 万元 and, when the sheet breaks it down ("其中 上级财政资金 / 本级财政"), its
 * nested sources.
 *
 * <p>Amounts keep their written scale. Nested amounts that do not add up to their parent are
 * representable; the rule engine reports them.
 *
 * <p>A source and the sources nested under it span at most {@link #MAX_DEPTH} levels; a deeper
 * tree is refused when it is built ({@link ModelException} naming {@code FundingSource.children}).
 * Real sheets nest two or three levels; the limit keeps every recursive walk of the tree — {@code
 * hashCode}, {@code toString}, Java serialization, the rules, the writers — far from the end of the
 * stack, and bounds the nesting every format writes: the JSON reader's default depth limit admits
 * every document the model admits.
 */
@Value.Immutable
public abstract class FundingSource implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The most levels a tree of funding sources may have: 1 is a source without nested sources, 2 a
   * source with "其中" sources that have none, and so on.
   */
  public static final int MAX_DEPTH = 16;

  FundingSource() {}

  /**
   * The label as written, without layout (a leading "其中：" or padding), such as 财政拨款.
   *
   * @return the label
   */
  @NotBlank
  public abstract String getLabel();

  /**
   * The amount in 万元, with its written scale.
   *
   * @return the amount
   */
  @PositiveOrZero
  @Digits(integer = 12, fraction = 6)
  public abstract BigDecimal getAmount();

  /**
   * The nested sources ("其中 …"), in written order.
   *
   * @return the nested sources, empty when there are none
   */
  public abstract List<@Valid FundingSource> getChildren();

  /**
   * The levels of this source's tree.
   *
   * @return 1 when there are no nested sources, else one more than the deepest nested source's;
   *     at most {@link #MAX_DEPTH}
   */
  @Value.Lazy
  public int depth() {
    int deepest = 0;
    for (FundingSource child : getChildren()) {
      deepest = Math.max(deepest, child.depth());
    }
    return deepest + 1;
  }

  // Each nested source was checked when it was built, so depth() recurses at most MAX_DEPTH levels
  // and, being lazy and computed here, once per source.
  @Value.Check
  void checkDepth() {
    if (depth() > MAX_DEPTH) {
      throw new ModelException("FundingSource.children: funding sources nest at most " + MAX_DEPTH
          + " levels deep (FundingSource.MAX_DEPTH); the tree under \"" + getLabel() + "\" has " + depth());
    }
  }

  /**
   * The standard kind this label names.
   *
   * @return the kind, {@link FundingSourceKind#CUSTOM} for a label that is not a standard one
   */
  public FundingSourceKind kind() {
    return FundingSourceKind.recognize(getLabel());
  }

  /**
   * The sum of the nested sources' amounts.
   *
   * @return the sum, zero when there are no nested sources
   */
  public BigDecimal childrenSum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (FundingSource source : getChildren()) {
      sum = sum.add(source.getAmount());
    }
    return sum;
  }

  /**
   * A source with a label and an amount.
   *
   * @param label the label as written
   * @param amount the amount in 万元
   * @return the source
   */
  public static FundingSource of(String label, BigDecimal amount) {
    return builder().label(label).amount(amount).build();
  }

  /**
   * A standard source, labelled with its standard Chinese label.
   *
   * @param kind a standard kind (not {@link FundingSourceKind#CUSTOM})
   * @param amount the amount in 万元
   * @return the source
   */
  public static FundingSource of(FundingSourceKind kind, BigDecimal amount) {
    if (kind == null) {
      throw new MissingValueException("kind");
    }
    if (kind == FundingSourceKind.CUSTOM) {
      throw new ModelException("FundingSource.kind: CUSTOM has no label; use of(label, amount)");
    }
    return of(kind.chineseLabel(), amount);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSource}. */
  public static final class Builder extends ImmutableFundingSource.Builder {
    Builder() {}
  }
}

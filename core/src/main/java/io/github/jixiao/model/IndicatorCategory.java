package io.github.jixiao.model;

import io.github.jixiao.framework.StandardCategory;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 指标类别 (indicator category): a level-1 (一级指标) or level-2 (二级指标) label as written, and
 * the standard category it names when it is one.
 *
 * <p>A label that is not a standard category is kept as a custom category (no {@linkplain
 * #getStandard() standard}); whether a category fits the document's framework is for the rule
 * engine to say.
 */
@Value.Immutable
public abstract class IndicatorCategory implements Serializable {
  private static final long serialVersionUID = 1L;

  IndicatorCategory() {}

  /**
   * The label as written, such as "产出指标" or "满意度指标".
   *
   * @return the label
   */
  @NotBlank
  @Value.Parameter
  public abstract String getLabel();

  /**
   * The standard category the label names.
   *
   * @return the standard category, absent for a custom label
   */
  @Value.Parameter
  public abstract Optional<StandardCategory> getStandard();

  /**
   * Whether the label is not a standard category.
   *
   * @return true for a custom category
   */
  public boolean isCustom() {
    return getStandard().isEmpty();
  }

  /**
   * A level-1 category from its label as written, recognising label variants.
   *
   * @param label the label
   * @return the category
   */
  public static IndicatorCategory level1(String label) {
    return ImmutableIndicatorCategory.of(label, StandardCategory.recognizeLevel1(label));
  }

  /**
   * A level-2 category from its label as written, recognising label variants.
   *
   * @param label the label
   * @return the category
   */
  public static IndicatorCategory level2(String label) {
    return ImmutableIndicatorCategory.of(label, StandardCategory.recognizeLevel2(label));
  }

  /**
   * A standard category, labelled with its standard Chinese label.
   *
   * @param standard the category
   * @return the category
   */
  public static IndicatorCategory of(StandardCategory standard) {
    if (standard == null) {
      throw new MissingValueException("standard");
    }
    return ImmutableIndicatorCategory.of(standard.chineseLabel(), Optional.of(standard));
  }

  /**
   * A category with a label and an explicit standard category (or none), as stored by a format
   * that records both.
   *
   * @param label the label as written
   * @param standard the standard category, or null for a custom one
   * @return the category
   */
  public static IndicatorCategory of(String label, StandardCategory standard) {
    return ImmutableIndicatorCategory.of(label, Optional.ofNullable(standard));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IndicatorCategory}. */
  public static final class Builder extends ImmutableIndicatorCategory.Builder {
    Builder() {}
  }
}

package io.github.jixiao.model;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * 其他栏目 (labelled text): a row of a target sheet that the model has no typed field for — 立项依据,
 * 项目概况, 实施计划, 其他说明的问题, 审核意见, a footer line such as 填报人 — kept as its label and its text,
 * both as written, in written order.
 */
@Value.Immutable
public abstract class LabelledText implements Serializable {
  private static final long serialVersionUID = 1L;

  LabelledText() {}

  /**
   * The label as written, such as 立项依据 or 填报人.
   *
   * @return the label
   */
  @NotBlank
  @Value.Parameter
  public abstract String getLabel();

  /**
   * The text as written; empty when the form left it blank.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String getText();

  /**
   * A label and its text.
   *
   * @param label the label as written
   * @param text the text as written
   * @return the labelled text
   */
  public static LabelledText of(String label, String text) {
    return ImmutableLabelledText.of(label, text);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LabelledText}. */
  public static final class Builder extends ImmutableLabelledText.Builder {
    Builder() {}
  }
}

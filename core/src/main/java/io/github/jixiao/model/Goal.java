package io.github.jixiao.model;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * 分项目标 (numbered goal): one "目标N：…" goal split out of a goals text.
 */
@Value.Immutable
public abstract class Goal implements Serializable {
  private static final long serialVersionUID = 1L;

  Goal() {}

  /**
   * The number written after 目标 (目标1 is 1).
   *
   * @return the number
   */
  @Value.Parameter
  public abstract int getNumber();

  /**
   * The goal's text, without the "目标N：" prefix and trimmed.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String getText();

  /**
   * A numbered goal.
   *
   * @param number the number
   * @param text the text
   * @return the goal
   */
  public static Goal of(int number, String text) {
    return ImmutableGoal.of(number, text);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}

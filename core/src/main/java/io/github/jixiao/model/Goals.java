package io.github.jixiao.model;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * 绩效目标 (goals): the free text of a sheet's 年度目标 (or 中长期目标), with the numbered "目标1：…
 * 目标2：…" goals split out when the text is written that way.
 *
 * <p>The text is the source of truth and is kept as written (trimmed of outer padding); {@link
 * #numbered()} is computed from it.
 */
@Value.Immutable
public abstract class Goals implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern GOAL_NUMBER =
      Pattern.compile("目标\\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*[:：.、，,]?");

  Goals() {}

  /**
   * The goals as written.
   *
   * @return the text
   */
  @NotBlank
  @Value.Parameter
  public abstract String getText();

  /**
   * The numbered goals, in written order: "目标1：提升公共服务水平 目标2：提高公众满意度" gives two.
   *
   * @return the numbered goals, empty when the text is not numbered
   */
  public List<Goal> numbered() {
    List<Goal> goals = new ArrayList<>();
    Matcher m = GOAL_NUMBER.matcher(getText());
    int previousNumber = -1;
    int previousEnd = -1;
    while (m.find()) {
      if (previousEnd >= 0) {
        goals.add(Goal.of(previousNumber, getText().substring(previousEnd, m.start()).strip()));
      }
      previousNumber = goalNumber(m.group(1));
      previousEnd = m.end();
    }
    if (previousEnd >= 0) {
      goals.add(Goal.of(previousNumber, getText().substring(previousEnd).strip()));
    }
    return List.copyOf(goals);
  }

  private static int goalNumber(String written) {
    if (Character.isDigit(written.charAt(0))) {
      int n = 0;
      for (int i = 0; i < written.length(); i++) {
        n = n * 10 + Character.digit(written.charAt(i), 10);
      }
      return n;
    }
    return ChineseNumerals.parse(written);
  }

  /**
   * Goals with a text as written.
   *
   * @param text the text
   * @return the goals
   */
  public static Goals of(String text) {
    return ImmutableGoals.of(text);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goals}. */
  public static final class Builder extends ImmutableGoals.Builder {
    Builder() {}
  }
}

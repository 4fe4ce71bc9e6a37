package io.github.jixiao.model;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * 项目期 (project period): how long the project runs, as written ("3年", "三年", "2024-2026年"),
 * with the number of years read from it.
 */
@Value.Immutable
public abstract class ProjectPeriod implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern YEARS = Pattern.compile("^\\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\\s*(?:个)?\\s*年\\s*$");
  private static final Pattern YEAR_SPAN =
      Pattern.compile("^\\s*((?:19|20|21)[0-9]{2})\\s*年?\\s*[-—–~～至到]\\s*((?:19|20|21)[0-9]{2})\\s*年?\\s*$");

  ProjectPeriod() {}

  /**
   * The period as written.
   *
   * @return the text
   */
  @NotBlank
  @Value.Parameter
  public abstract String getText();

  /**
   * The number of years: "3年" and "三年" give 3, "2024-2026年" gives 3.
   *
   * @return the years, empty when the text gives no count (such as 长期)
   */
  public OptionalInt years() {
    String text = java.text.Normalizer.normalize(getText(), java.text.Normalizer.Form.NFKC);
    Matcher m = YEARS.matcher(text);
    if (m.matches()) {
      String n = m.group(1);
      int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ChineseNumerals.parse(n);
      return years < 0 ? OptionalInt.empty() : OptionalInt.of(years);
    }
    m = YEAR_SPAN.matcher(text);
    if (m.matches()) {
      int span = Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) + 1;
      return span > 0 ? OptionalInt.of(span) : OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /**
   * A period as written.
   *
   * @param text the text
   * @return the period
   */
  public static ProjectPeriod of(String text) {
    return ImmutableProjectPeriod.of(text);
  }

  /**
   * A period of whole years, written "N年".
   *
   * @param years the number of years
   * @return the period
   */
  public static ProjectPeriod ofYears(int years) {
    if (years < 0) {
      throw new ModelException("ProjectPeriod.years: must not be negative, was " + years);
    }
    return of(years + "年");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectPeriod}. */
  public static final class Builder extends ImmutableProjectPeriod.Builder {
    Builder() {}
  }
}

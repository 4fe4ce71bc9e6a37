package io.github.jixiao.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import org.immutables.value.Value;

/**
 * 主管部门 (supervising department): its code and name, and the text as written when the sheet
 * puts both in one 主管部门及代码 cell ("[003]怀远县人民政府办公室").
 *
 * <p>Templates that give 主管部门 and 主管部门编码 separate cells produce a department without
 * {@linkplain #getWritten() written} text.
 */
@Value.Immutable
public abstract class SupervisingDepartment implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final java.util.regex.Pattern CODE_AND_NAME =
      java.util.regex.Pattern.compile(
          "^\\s*[\\[［【(（]\\s*([0-9A-Za-z]+)\\s*[\\]］】)）]\\s*(.*?)\\s*$", java.util.regex.Pattern.DOTALL);

  SupervisingDepartment() {}

  /**
   * The department code, such as 003.
   *
   * @return the code, absent when none was written
   */
  public abstract Optional<@Pattern(regexp = "[0-9A-Za-z]+") String> getCode();

  /**
   * The department name, such as 怀远县人民政府办公室.
   *
   * @return the name
   */
  @NotBlank
  public abstract String getName();

  /**
   * The combined 主管部门及代码 cell exactly as written, when the sheet has one.
   *
   * @return the written text
   */
  public abstract Optional<String> getWritten();

  /**
   * The combined text: as written when available, otherwise "[code]name" (or just the name).
   *
   * @return the text
   */
  public String text() {
    return getWritten().orElseGet(() -> getCode().map(c -> "[" + c + "]").orElse("") + getName());
  }

  /**
   * Whether the written text has the expected "[code]name" form; true when the code and name
   * were given separately.
   *
   * @return true for the expected form
   */
  public boolean hasCodeAndNameForm() {
    return getWritten().map(w -> CODE_AND_NAME.matcher(w).matches()).orElse(getCode().isPresent());
  }

  /**
   * Reads a combined 主管部门及代码 cell: "[003]怀远县人民政府办公室", "【003】…", "(003)…". Text without
   * a bracketed code becomes a department with that name and no code.
   *
   * @param written the cell as written
   * @return the department, keeping {@code written}
   */
  public static SupervisingDepartment parse(String written) {
    if (written == null) {
      throw new MissingValueException("written");
    }
    Matcher m = CODE_AND_NAME.matcher(written);
    Builder b = builder().written(written);
    if (m.matches()) {
      return b.code(m.group(1)).name(m.group(2)).build();
    }
    return b.name(written.strip()).build();
  }

  /**
   * A department given as separate code and name cells.
   *
   * @param code the code, or null when there is none
   * @param name the name
   * @return the department
   */
  public static SupervisingDepartment of(String code, String name) {
    return builder().code(Optional.ofNullable(code)).name(name).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupervisingDepartment}. */
  public static final class Builder extends ImmutableSupervisingDepartment.Builder {
    Builder() {}
  }
}

package io.github.jixiao.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * 定位 (location) of a finding: a logical path into the document, such as {@code
 * items[5].annualIndicators[产出指标/成本指标/项目总成本]}, with the parts it is made of — the sheet's
 * index and name, the section and the row — so that findings can be grouped and put in document
 * order.
 *
 * <p>Paths are relative to what was checked: a disclosure's sheets are {@code items[i]}; a sheet
 * checked on its own has paths without that prefix.
 */
@Value.Immutable
public abstract class Location implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Document order: the disclosure before its sheets, sheets in order, sections, rows, path. */
  public static final Comparator<Location> DOCUMENT_ORDER =
      Comparator.comparingInt((Location l) -> l.getItemIndex().orElse(-1))
          .thenComparing(Location::getSection)
          .thenComparingInt(l -> l.getRow().orElse(-1))
          .thenComparing(Location::getPath);

  Location() {}

  /**
   * The index of the sheet in the disclosure (0-based), when the finding is about a sheet that was
   * checked as part of a disclosure.
   *
   * @return the sheet index
   */
  public abstract OptionalInt getItemIndex();

  /**
   * The project name of the sheet, when the finding is about a sheet.
   *
   * @return the project name
   */
  public abstract Optional<String> getItemName();

  /**
   * The section the finding points to.
   *
   * @return the section
   */
  public abstract Section getSection();

  /**
   * The row within the section (indicator table row or list entry, 0-based), when there is one.
   *
   * @return the row
   */
  public abstract OptionalInt getRow();

  /**
   * The logical path, such as {@code items[0].annualFunding.total}.
   *
   * @return the path
   */
  public abstract String getPath();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}

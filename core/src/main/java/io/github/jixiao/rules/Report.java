package io.github.jixiao.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 审核报告 (report): the findings of one evaluation in document order, with counts by severity and
 * a plain-text rendering for people.
 */
public final class Report implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Report EMPTY = new Report(List.of());

  /** The findings in document order. */
  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * A report of findings, put in {@linkplain Finding#DOCUMENT_ORDER document order}.
   *
   * @param findings the findings, in any order
   * @return the report
   */
  public static Report of(List<Finding> findings) {
    if (findings.isEmpty()) {
      return EMPTY;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.DOCUMENT_ORDER);
    return new Report(Collections.unmodifiableList(sorted));
  }

  /**
   * The findings in document order.
   *
   * @return an unmodifiable list
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * The number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.getSeverity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of findings of every severity, including those with none.
   *
   * @return an unmodifiable map in severity order
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true when the report has errors
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * A plain-text rendering for people: findings grouped by sheet, one line each with severity,
   * rule id, path and message, then the counts.
   *
   * @param language {@code zh} for Chinese, anything else for English
   * @return the text, ending with a newline
   */
  public String toText(String language) {
    boolean zh = "zh".equals(language);
    StringBuilder b = new StringBuilder();
    String group = null;
    for (Finding f : findings) {
      String heading =
          f.getLocation().getItemName().map(name -> name + itemSuffix(f)).orElse(zh ? "（文件）" : "(document)");
      if (!heading.equals(group)) {
        b.append(heading).append('\n');
        group = heading;
      }
      b.append("  ")
          .append(zh ? f.getSeverity().chineseLabel() : f.getSeverity().name())
          .append("  ")
          .append(f.getRuleId())
          .append("  ")
          .append(f.getLocation().getPath())
          .append("  ")
          .append(f.message(language))
          .append('\n');
    }
    if (zh) {
      b.append(String.format("合计：%d 个错误，%d 个警告，%d 个提示%n",
          count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)));
    } else {
      b.append(String.format("Total: %d error(s), %d warning(s), %d info%n",
          count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)));
    }
    return b.toString();
  }

  private static String itemSuffix(Finding f) {
    return f.getLocation().getItemIndex().isPresent()
        ? " (items[" + f.getLocation().getItemIndex().getAsInt() + "])"
        : "";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report && ((Report) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "Report" + countsBySeverity() + findings;
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.model.Disclosure;

/**
 * 跨表审核上下文 (disclosure check): what a {@link DisclosureRule} sees — the disclosure and the
 * policy — and where it reports findings. Created by the engine; not thread-safe, never shared.
 */
public final class DisclosureCheck {
  private final Disclosure disclosure;
  private final Policy policy;
  private final FindingSink sink;

  DisclosureCheck(Disclosure disclosure, Policy policy, FindingSink sink) {
    this.disclosure = disclosure;
    this.policy = policy;
    this.sink = sink;
  }

  /**
   * The disclosure being checked.
   *
   * @return the disclosure
   */
  public Disclosure disclosure() {
    return disclosure;
  }

  /**
   * The policy of this evaluation.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * The location of a list entry: {@code listEntries[4].amount}.
   *
   * @param row the entry's index in the list
   * @param field the field, such as {@code amount}, or empty for the whole entry
   * @return the location
   */
  public Location atListEntry(int row, String field) {
    return Location.builder()
        .section(Section.LIST)
        .row(row)
        .path("listEntries[" + row + "]" + (field.isEmpty() ? "" : "." + field))
        .build();
  }

  /**
   * The location of a field of a sheet: {@code items[3].name}.
   *
   * @param index the sheet's index
   * @param field the field, such as {@code name}
   * @return the location
   */
  public Location atItem(int index, String field) {
    return Location.builder()
        .itemIndex(index)
        .itemName(disclosure.getItems().get(index).getName())
        .section(Section.ITEM)
        .path("items[" + index + "]." + field)
        .build();
  }

  /**
   * Reports a finding.
   *
   * @param location where
   * @param message what, in both languages
   */
  public void report(Location location, Message message) {
    sink.add(location, message, null, null);
  }

  /**
   * Reports a finding with the offending value and what was expected.
   *
   * @param location where
   * @param message what, in both languages
   * @param value the offending value as written, or null
   * @param expected what was expected, or null
   */
  public void report(Location location, Message message, String value, String expected) {
    sink.add(location, message, value, expected);
  }
}

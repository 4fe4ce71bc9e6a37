package io.github.jixiao.layout;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.ReadWarning;
import java.util.function.Consumer;

/** Where the form reader's warnings go: to the caller's listener, or, when strict, into a failure. */
final class Warnings {
  private final Consumer<? super ReadWarning> listener;
  private final boolean strict;

  Warnings(Consumer<? super ReadWarning> listener, boolean strict) {
    this.listener = listener;
    this.strict = strict;
  }

  void add(ReadWarning.Kind kind, String text, FormatLocation location, String detail) {
    ReadWarning w = ReadWarning.of(kind, text, location, detail);
    if (strict) {
      throw new FormatException(FormatException.Reason.UNPLACED_CONTENT, location,
          "the strict reader refuses content it cannot place: " + w.describe());
    }
    listener.accept(w);
  }

  void unplaced(Grid g, Slot s, String detail) {
    add(ReadWarning.Kind.UNPLACED, s.text, g.table.locationOf(s.cell), detail);
  }

  void conflict(Grid g, Slot s, String detail) {
    add(ReadWarning.Kind.CONFLICT, s.text, g.table.locationOf(s.cell), detail);
  }
}

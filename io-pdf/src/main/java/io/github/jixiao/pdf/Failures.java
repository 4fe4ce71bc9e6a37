package io.github.jixiao.pdf;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatException.Reason;
import io.github.jixiao.format.FormatLocation;

/** The reader's errors, in one place so that their wording and locations stay alike. */
final class Failures {
  private Failures() {}

  static FormatException at(Reason reason, int page, String detail) {
    FormatLocation where = page > 0 ? FormatLocation.builder().page(page).build() : FormatLocation.unknown();
    return new FormatException(reason, where, detail);
  }

  static FormatException of(Reason reason, String detail) {
    return at(reason, 0, detail);
  }

  /** A failure of ours the checks did not foresee: never a verdict such as MALFORMED a hostile test could take for its own. */
  static FormatException bug(RuntimeException e) {
    return new FormatException(Reason.READER_BUG, FormatLocation.unknown(),
        "the document could not be read because of a bug in the reader (please report it with the document): " + e, e);
  }
}

package io.github.jixiao.value;

import java.util.Locale;
import java.util.Optional;

/** The written forms of a yes/no target value. */
final class YesNo {
  static final String YES = "是";
  static final String NO = "否";

  private YesNo() {}

  /** The answer a text gives ("是", " 是。", "Yes"), or empty when it is not a yes/no answer. */
  static Optional<Boolean> answer(String text) {
    return answerOfCompact(TextNormalizer.compactWithoutFinalPunctuation(text));
  }

  /** The answer of a text already compacted (NFKC, no whitespace, no final punctuation). */
  static Optional<Boolean> answerOfCompact(String compact) {
    if (compact.length() > 3) {
      return Optional.empty();
    }
    switch (compact.toLowerCase(Locale.ROOT)) {
      case YES:
      case "yes":
        return Optional.of(Boolean.TRUE);
      case NO:
      case "no":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }
}

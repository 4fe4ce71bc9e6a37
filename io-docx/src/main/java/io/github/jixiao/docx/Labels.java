package io.github.jixiao.docx;

import io.github.jixiao.layout.Vocabulary;

/** The labels the Word writer writes: the standard wordings of the form reader's vocabulary. */
final class Labels {
  static final String SHEET_HEADING = of("heading.sheet");

  private Labels() {}

  /** The standard wording of a vocabulary term, such as 项目名称 for {@code field.name}. */
  static String of(String term) {
    return Vocabulary.defaults().standard(term);
  }
}

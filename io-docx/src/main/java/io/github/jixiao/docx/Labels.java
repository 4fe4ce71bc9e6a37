package io.github.jixiao.docx;

import io.github.jixiao.layout.Vocabulary;

/** The labels the Word writer writes: the standard wordings of the form reader's vocabulary. */
final class Labels {
  static final String SHEET_HEADING = Vocabulary.defaults().standard("heading.sheet");

  private Labels() {}
}

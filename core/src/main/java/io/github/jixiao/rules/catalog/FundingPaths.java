package io.github.jixiao.rules.catalog;

import io.github.jixiao.model.FundingSource;

/** Logical paths of funding sources: {@code annualFunding.sources[财政拨款].children[本级财政]}. */
final class FundingPaths {
  private FundingPaths() {}

  static String source(String sourcesPath, FundingSource source) {
    return sourcesPath + "[" + source.getLabel() + "]";
  }
}

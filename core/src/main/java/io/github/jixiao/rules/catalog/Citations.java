package io.github.jixiao.rules.catalog;

/** Where the catalogue's rules come from. */
final class Citations {
  /** The 2015 central rules on performance targets: specific, quantified, reasonable, matched. */
  static final String CENTRAL_2015 = "财预〔2015〕88号";
  /** The 2021 core indicator guide and its framework. */
  static final String CENTRAL_2021 = "财预〔2021〕101号";
  /** Both frameworks' category rules. */
  static final String FRAMEWORKS = "财预〔2015〕88号; 财预〔2021〕101号";
  /** Checks that deployed budget systems run. */
  static final String PRACTICE = "common practice (预算管理一体化系统 checks)";

  private Citations() {}
}

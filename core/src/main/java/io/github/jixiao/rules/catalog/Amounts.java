package io.github.jixiao.rules.catalog;

import java.math.BigDecimal;

/** How findings show amounts: as written, and sums at the scale of what they are compared with. */
final class Amounts {
  private Amounts() {}

  /**
   * A computed sum as text at the scale of the written amount it is compared with, when that is
   * finer: sources written "60" and "30" under "100.00" sum to "90.00", not "90", so that a message
   * sets like against like. Only zeros are added; a sum written finer keeps its digits.
   */
  static String sumLike(BigDecimal sum, BigDecimal written) {
    return sum.setScale(Math.max(sum.scale(), written.scale())).toPlainString();
  }
}

package io.github.jixiao.model;

import java.math.BigDecimal;

/**
 * 金额单位 (amount unit): the unit a sheet writes its amounts in. The model holds every amount in
 * 万元; a block written in 元 keeps that unit so that it is written back as it was written.
 */
public enum AmountUnit {
  /** 万元, ten thousand yuan: the standard unit of the form. */
  WAN_YUAN("万元", 0),
  /** 元, yuan. */
  YUAN("元", 4);

  private final String label;
  private final int shift;

  AmountUnit(String label, int shift) {
    this.label = label;
    this.shift = shift;
  }

  /**
   * The Chinese label, 万元 or 元.
   *
   * @return the label
   */
  public String chineseLabel() {
    return label;
  }

  /**
   * An amount written in this unit, in 万元: "18000.00" 元 becomes 1.800000 万元, so the written
   * scale survives the way back.
   *
   * @param written the amount as written in this unit
   * @return the amount in 万元
   */
  public BigDecimal toWanYuan(BigDecimal written) {
    return shift == 0 ? written : written.movePointLeft(shift);
  }

  /**
   * An amount in 万元 as it is written in this unit (the inverse of {@link #toWanYuan}).
   *
   * @param wanYuan the amount in 万元
   * @return the amount in this unit
   */
  public BigDecimal fromWanYuan(BigDecimal wanYuan) {
    return shift == 0 ? wanYuan : wanYuan.movePointRight(shift);
  }
}

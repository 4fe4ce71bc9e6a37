package io.github.jixiao.model;

import java.util.Optional;

/**
 * 资金来源类别 (kind of funding source): the standard sources a 项目资金 block lists, recognised
 * from the label as written.
 */
public enum FundingSourceKind {
  /** 财政拨款: fiscal appropriation. */
  FISCAL_APPROPRIATION("财政拨款", "Fiscal appropriation", "财政拨款资金", "财政拨款收入", "财政资金", "财政性资金"),
  /** 上级财政资金: funds from the higher-level government (nested under 财政拨款). */
  SUPERIOR_FISCAL("上级财政资金", "Higher-level fiscal funds", "上级财政", "上级补助", "上级补助资金", "上级专项资金"),
  /** 本级财政: the unit's own level of government (nested under 财政拨款). */
  LOCAL_FISCAL("本级财政", "Same-level fiscal funds", "本级财政资金", "本级资金", "本级财政安排"),
  /** 政府性基金: government-managed funds budget. */
  GOVERNMENT_FUND("政府性基金", "Government fund budget", "政府性基金预算", "政府性基金预算资金"),
  /** 自有资金: the unit's own funds. */
  OWN_FUNDS("自有资金", "Own funds", "单位自有资金", "单位资金"),
  /** 事业收入: service income. */
  SERVICE_INCOME("事业收入", "Service income", "事业收入资金"),
  /** 经营性收入: operating income. */
  OPERATING_INCOME("经营性收入", "Operating income", "经营收入"),
  /** 一般公共预算: the general public budget (national classification of sources). */
  GENERAL_PUBLIC_BUDGET("一般公共预算", "General public budget", "一般公共预算资金", "一般公共预算拨款"),
  /** 国有资本经营预算: the state capital operating budget. */
  STATE_CAPITAL_BUDGET("国有资本经营预算", "State capital operating budget", "国有资本经营预算资金"),
  /** 财政专户管理资金: funds managed in a special fiscal account. */
  FISCAL_SPECIAL_ACCOUNT("财政专户管理资金", "Special fiscal account funds", "财政专户资金", "财政专户管理资金收入"),
  /** 上年结转: carried over from the previous year. */
  CARRIED_OVER("上年结转", "Carried over", "上年结转资金", "结转资金", "上年结余"),
  /** 其他资金: other funds. */
  OTHER("其他资金", "Other funds", "其他", "其他收入"),
  /** A source whose label is none of the standard ones; the label is kept. */
  CUSTOM("", "Custom");

  private final String chineseLabel;
  private final String englishLabel;
  private final String[] variants;

  FundingSourceKind(String chineseLabel, String englishLabel, String... variants) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.variants = variants;
  }

  /**
   * The standard Chinese label, such as 财政拨款; empty for {@link #CUSTOM}.
   *
   * @return the label
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * The English label, such as "Fiscal appropriation".
   *
   * @return the label
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Recognises a label as written. Whitespace of any width, a leading 其中 and a trailing colon
   * are ignored ("   其中：财政拨款" is 财政拨款).
   *
   * @param label the label; {@code null} gives {@link #CUSTOM}
   * @return the kind, {@link #CUSTOM} for an unknown label
   */
  public static FundingSourceKind recognize(String label) {
    String key = key(label);
    for (FundingSourceKind kind : values()) {
      if (kind != CUSTOM && (kind.chineseLabel.equals(key) || contains(kind.variants, key))) {
        return kind;
      }
    }
    return CUSTOM;
  }

  /**
   * Finds the kind whose standard label is {@code label} exactly.
   *
   * @param label a standard label
   * @return the kind, or empty
   */
  public static Optional<FundingSourceKind> fromStandardLabel(String label) {
    for (FundingSourceKind kind : values()) {
      if (kind != CUSTOM && kind.chineseLabel.equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static boolean contains(String[] variants, String key) {
    for (String v : variants) {
      if (v.equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String label) {
    if (label == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    label.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(b::appendCodePoint);
    String key = b.toString();
    if (key.startsWith("其中")) {
      key = key.substring(2);
    }
    while (key.startsWith(":") || key.startsWith("：")) {
      key = key.substring(1);
    }
    while (key.endsWith(":") || key.endsWith("：")) {
      key = key.substring(0, key.length() - 1);
    }
    return key;
  }
}

package io.github.jixiao.layout;

import io.github.jixiao.internal.Texts;
import io.github.jixiao.model.AmountUnit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts as written in funding blocks and lists: "18.00", "1,800.00", "18.00万元", "180000元". */
final class Amounts {
  private static final Pattern AMOUNT = Pattern.compile("(-?[0-9]{1,15}(?:\\.[0-9]{1,6})?)(万元|元)?");

  /** An amount and the unit written with it (null when none). */
  record Written(BigDecimal amount, AmountUnit unit) {}

  private Amounts() {}

  /** The amount a cell holds, or null when the text is not one. */
  static Written parse(String text) {
    if (text.length() > 40) {
      return null;
    }
    String compact = Texts.compact(text).replace(",", "");
    Matcher m = AMOUNT.matcher(compact);
    if (!m.matches()) {
      return null;
    }
    BigDecimal amount = new BigDecimal(m.group(1));
    if (amount.signum() == 0 && m.group(1).startsWith("-")) {
      // BigDecimal has no negative zero: "-0.00" would come back as "0.00", a changed text nobody
      // was told about. Not an amount, so the cell is kept as text or reported, never rewritten.
      return null;
    }
    AmountUnit unit = m.group(2) == null ? null : m.group(2).equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
    return new Written(amount, unit);
  }

  /** The unit a label's hint or a unit cell names ("（元）", "单位：万元"), or null. */
  static AmountUnit unitOf(String key) {
    if (key.contains("万元")) {
      return AmountUnit.WAN_YUAN;
    }
    if (key.endsWith("元") || key.contains("元)") || key.contains(":元")) {
      return AmountUnit.YUAN;
    }
    return null;
  }
}

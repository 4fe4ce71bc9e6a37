package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 数字格式 (number format): a stored number as a spreadsheet shows it through its cell's format
 * code — decimals, grouping, percent, literal text, scale, dates and times. The stored decimal
 * string is formatted as a decimal ({@link BigDecimal}), never through a binary double, so that
 * "18" in a "0.00" cell is "18.00" and the 17th digit of a large amount is the one stored. Codes
 * this class does not render (fractions, scientific notation, conditions) give the number as
 * Excel's General format would.
 */
final class CellFormat {
  private static final MathContext PRECISION = new MathContext(15, RoundingMode.HALF_UP);
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] DAYS_ZH = {"一", "二", "三", "四", "五", "六", "日"};

  private CellFormat() {}

  /**
   * The text a number shows.
   *
   * @param raw the stored value ({@code <v>}), a decimal in XML Schema notation
   * @param code the cell's number-format code
   * @param date1904 whether the workbook counts dates from 1904
   * @return the displayed text; the raw value when it is not a number
   */
  static String display(String raw, String code, boolean date1904) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return raw;
    }
    List<String> sections = sections(code);
    String section = sections.get(0);
    boolean signed = true;
    if (value.signum() < 0 && sections.size() >= 2 && !sections.get(1).isEmpty()) {
      section = sections.get(1);
      value = value.negate();
      signed = false;
    } else if (value.signum() == 0 && sections.size() >= 3 && !sections.get(2).isEmpty()) {
      section = sections.get(2);
    }
    if (hasCondition(section)) {
      return general(value);
    }
    List<Token> tokens = tokens(section);
    if (isDate(tokens)) {
      return date(value, tokens, date1904);
    }
    return number(value, tokens, signed);
  }

  /** Excel's General: up to 15 significant digits, no trailing zeros, no exponent. */
  static String general(BigDecimal value) {
    BigDecimal v = value.round(PRECISION).stripTrailingZeros();
    if (v.signum() == 0) {
      return "0";
    }
    return v.toPlainString();
  }

  // ---------------------------------------------------------------- tokens

  /** A literal (kind 'L') or a format character (its own kind: 0 # ? . , % y m d h s E / @ a A). */
  private record Token(char kind, String text) {}

  private static List<String> sections(String code) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' && !bracket) {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        bracket = true;
      } else if (!quoted && c == ']') {
        bracket = false;
      } else if (!quoted && !bracket && c == '\\' && i + 1 < code.length()) {
        b.append(c).append(code.charAt(++i));
        continue;
      } else if (!quoted && !bracket && c == ';') {
        out.add(b.toString());
        b.setLength(0);
        continue;
      }
      b.append(c);
    }
    out.add(b.toString());
    return out;
  }

  private static boolean hasCondition(String section) {
    int open = section.indexOf('[');
    while (open >= 0) {
      if (open + 1 < section.length() && "<>=".indexOf(section.charAt(open + 1)) >= 0) {
        return true;
      }
      open = section.indexOf('[', open + 1);
    }
    return false;
  }

  private static List<Token> tokens(String section) {
    List<Token> out = new ArrayList<>();
    if (section.strip().equalsIgnoreCase("General")) {
      out.add(new Token('G', ""));
      return out;
    }
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '"') {
        int end = section.indexOf('"', i + 1);
        end = end < 0 ? section.length() : end;
        out.add(new Token('L', section.substring(i + 1, end)));
        i = end;
      } else if (c == '\\' && i + 1 < section.length()) {
        out.add(new Token('L', String.valueOf(section.charAt(++i))));
      } else if (c == '_' && i + 1 < section.length()) {
        out.add(new Token('L', " "));
        i++;
      } else if (c == '*' && i + 1 < section.length()) {
        i++; // a fill character repeats to the cell's width: nothing of it is the value
      } else if (c == '[') {
        int end = section.indexOf(']', i + 1);
        end = end < 0 ? section.length() : end;
        String inside = section.substring(i + 1, end);
        if (inside.startsWith("$")) { // [$¥-804]: a currency symbol and a locale
          int dash = inside.indexOf('-');
          out.add(new Token('L', inside.substring(1, dash < 0 ? inside.length() : dash)));
        } else if (inside.toLowerCase(Locale.ROOT).matches("h+|m+|s+")) {
          out.add(new Token('T', inside.toLowerCase(Locale.ROOT)));
        }
        i = end;
      } else if (section.startsWith("AM/PM", i) || section.startsWith("am/pm", i)) {
        out.add(new Token('A', "AM/PM"));
        i += 4;
      } else if (section.startsWith("上午/下午", i)) {
        out.add(new Token('A', "上午/下午"));
        i += 4;
      } else if (section.startsWith("General", i)) {
        out.add(new Token('G', ""));
        i += 6;
      } else if ("0#?.,%E/@".indexOf(c) >= 0 || (c == 'e' && i + 1 < section.length() && "+-".indexOf(section.charAt(i + 1)) >= 0)) {
        out.add(new Token(c == 'e' ? 'E' : c, String.valueOf(c)));
      } else if ("yYmMdDhHsSeaAbB".indexOf(c) >= 0) {
        int end = i;
        while (end < section.length() && Character.toLowerCase(section.charAt(end)) == Character.toLowerCase(c)) {
          end++;
        }
        out.add(new Token(Character.toLowerCase(c), section.substring(i, end).toLowerCase(Locale.ROOT)));
        i = end - 1;
      } else {
        out.add(new Token('L', String.valueOf(c)));
      }
    }
    return out;
  }

  private static boolean isDate(List<Token> tokens) {
    for (Token t : tokens) {
      if ("ymdhseaT".indexOf(t.kind) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- numbers

  private static String number(BigDecimal value, List<Token> tokens, boolean signed) {
    int first = -1;
    int last = -1;
    boolean percent = false;
    for (int i = 0; i < tokens.size(); i++) {
      char k = tokens.get(i).kind;
      if (k == 'E' || k == '/' || k == 'b') {
        return (signed ? "" : "-") + general(value); // scientific and fractions: shown as General
      }
      if (k == 'G' || k == '@') {
        return literals(tokens, 0, i) + (signed ? general(value) : general(value.negate())) + literals(tokens, i + 1, tokens.size());
      }
      if (k == '%') {
        percent = true;
      }
      if (k == '0' || k == '#' || k == '?' || k == '.') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) { // literals only: the text shows no number
      return literals(tokens, 0, tokens.size());
    }
    int minInt = 0;
    int minDec = 0;
    int maxDec = 0;
    boolean grouping = false;
    boolean point = false;
    for (int i = first; i <= last; i++) {
      char k = tokens.get(i).kind;
      if (k == '.') {
        point = true;
      } else if (k == ',' && !point) {
        grouping = true;
      } else if (k == '0' || k == '#' || k == '?') {
        if (point) {
          maxDec++;
          if (k == '0') {
            minDec = maxDec;
          }
        } else if (k == '0') {
          minInt++;
        }
      }
    }
    int scale = 0;
    for (int i = last + 1; i < tokens.size() && tokens.get(i).kind == ','; i++) {
      scale++;
    }
    BigDecimal v = value;
    if (percent) {
      v = v.movePointRight(2);
    }
    if (scale > 0) {
      v = v.movePointLeft(3 * scale);
    }
    v = v.setScale(maxDec, RoundingMode.HALF_UP);
    boolean negative = v.signum() < 0;
    String digits = v.abs().toPlainString();
    int dot = digits.indexOf('.');
    String intPart = dot < 0 ? digits : digits.substring(0, dot);
    String decPart = dot < 0 ? "" : digits.substring(dot + 1);
    while (decPart.length() > minDec && decPart.endsWith("0")) {
      decPart = decPart.substring(0, decPart.length() - 1);
    }
    if (intPart.equals("0") && minInt == 0) {
      intPart = "";
    }
    while (intPart.length() < minInt) {
      intPart = "0" + intPart;
    }
    if (grouping && intPart.length() > 3) {
      StringBuilder g = new StringBuilder();
      int lead = intPart.length() % 3;
      g.append(intPart, 0, lead);
      for (int i = lead; i < intPart.length(); i += 3) {
        if (g.length() > 0) {
          g.append(',');
        }
        g.append(intPart, i, i + 3);
      }
      intPart = g.toString();
    }
    String shown = point ? intPart + "." + decPart : intPart;
    StringBuilder out = new StringBuilder();
    if (negative && signed) {
      out.append('-');
    }
    out.append(literals(tokens, 0, first));
    out.append(shown);
    out.append(literals(tokens, last + 1, tokens.size()));
    return out.toString();
  }

  /** The literal text of tokens (percent signs included, placeholders and commas left out). */
  private static String literals(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.kind == 'L' || t.kind == '%') {
        b.append(t.text);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- dates

  private static String date(BigDecimal value, List<Token> tokens, boolean date1904) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
      return general(value); // before the epoch or after 9999-12-31: Excel shows ####; the value is clearer
    }
    long days = value.longValue();
    long seconds = value.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
        .setScale(0, RoundingMode.HALF_UP).longValue();
    if (seconds >= 86_400) {
      days++;
      seconds -= 86_400;
    }
    LocalDate day;
    if (date1904) {
      day = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days < 61) { // Excel counts 1900-02-29, which never was
      day = days == 60 ? LocalDate.of(1900, 2, 28) : LocalDate.of(1899, 12, 31).plusDays(days);
    } else {
      day = LocalDate.of(1899, 12, 30).plusDays(days);
    }
    LocalDateTime t = day.atStartOfDay().plusSeconds(seconds);
    boolean twelve = tokens.stream().anyMatch(k -> k.kind == 'A');
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      String s = k.text;
      switch (k.kind) {
        case 'y', 'e' -> b.append(s.length() <= 2 && k.kind == 'y' ? two(t.getYear() % 100) : String.valueOf(t.getYear()));
        case 'm' -> {
          if (s.length() <= 2 && isMinute(tokens, i)) {
            b.append(s.length() == 2 ? two(t.getMinute()) : String.valueOf(t.getMinute()));
          } else if (s.length() == 1) {
            b.append(t.getMonthValue());
          } else if (s.length() == 2) {
            b.append(two(t.getMonthValue()));
          } else if (s.length() == 3) {
            b.append(MONTHS[t.getMonthValue() - 1], 0, 3);
          } else {
            b.append(MONTHS[t.getMonthValue() - 1]);
          }
        }
        case 'd' -> {
          if (s.length() == 1) {
            b.append(t.getDayOfMonth());
          } else if (s.length() == 2) {
            b.append(two(t.getDayOfMonth()));
          } else {
            String name = DAYS[t.getDayOfWeek().getValue() - 1];
            b.append(s.length() == 3 ? name.substring(0, 3) : name);
          }
        }
        case 'a' -> b.append(s.length() >= 4 ? "星期" : "").append(DAYS_ZH[t.getDayOfWeek().getValue() - 1]);
        case 'h' -> {
          int h = twelve ? (t.getHour() % 12 == 0 ? 12 : t.getHour() % 12) : t.getHour();
          b.append(s.length() >= 2 ? two(h) : String.valueOf(h));
        }
        case 's' -> b.append(s.length() >= 2 ? two(t.getSecond()) : String.valueOf(t.getSecond()));
        case 'T' -> b.append(elapsed(value, s));
        case 'A' -> b.append(s.equals("AM/PM") ? (t.getHour() < 12 ? "AM" : "PM") : (t.getHour() < 12 ? "上午" : "下午"));
        case 'L', '%', ',', '/' -> b.append(s);
        case '0' -> b.append('0');
        case '.' -> b.append('.');
        default -> { }
      }
    }
    return b.toString();
  }

  /** [h], [m], [s]: hours, minutes or seconds elapsed in all. */
  private static String elapsed(BigDecimal value, String unit) {
    long seconds = value.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
    long n = unit.startsWith("h") ? seconds / 3600 : unit.startsWith("m") ? seconds / 60 : seconds;
    String s = String.valueOf(n);
    while (s.length() < unit.length()) {
      s = "0" + s;
    }
    return s;
  }

  /** An m right after an hour or right before seconds is minutes. */
  private static boolean isMinute(List<Token> tokens, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char k = tokens.get(i).kind;
      if ("ymdhsT".indexOf(k) >= 0) {
        if (k == 'h' || k == 'T') {
          return true;
        }
        break;
      }
    }
    for (int i = at + 1; i < tokens.size(); i++) {
      char k = tokens.get(i).kind;
      if ("ymdhsT".indexOf(k) >= 0) {
        return k == 's';
      }
    }
    return false;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}

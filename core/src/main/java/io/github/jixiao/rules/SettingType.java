package io.github.jixiao.rules;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * 策略设置类型 (setting type): how the text of a policy setting reads as a value — the value types a
 * {@link Setting} can have.
 */
public enum SettingType {
  /** {@code true} or {@code false} (any case); a {@link Boolean}. */
  BOOLEAN("boolean", Boolean.class),
  /** A whole number such as {@code 8}; an {@link Integer}. */
  INTEGER("integer", Integer.class),
  /** A decimal number such as {@code 0.01}; a {@link BigDecimal} at the scale written. */
  DECIMAL("decimal", BigDecimal.class),
  /** A percentage from 0 to 100, written {@code 80} or {@code 80%}; a {@link BigDecimal}. */
  PERCENTAGE("percentage", BigDecimal.class),
  /** Any text, stripped of surrounding white space; a {@link String}. */
  STRING("string", String.class);

  /** Numbers longer than this are refused before they are parsed (a policy file is small). */
  private static final int MAX_NUMBER_LENGTH = 40;

  private final String label;
  private final Class<?> valueType;

  SettingType(String label, Class<?> valueType) {
    this.label = label;
    this.valueType = valueType;
  }

  /**
   * The type's name as policy files and {@code jixiao rules} show it, such as {@code percentage}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }

  /**
   * The Java type of values of this type.
   *
   * @return {@link Boolean}, {@link Integer}, {@link BigDecimal} or {@link String}
   */
  public Class<?> valueType() {
    return valueType;
  }

  /** Reads a value from its text; the message of the exception does not name the key (callers add it). */
  Object parse(String text) {
    String value = text.strip();
    switch (this) {
      case BOOLEAN:
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
          return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        throw new PolicyException("\"" + value + "\" is not a boolean (true or false)");
      case INTEGER:
        requireShort(value);
        try {
          return Integer.valueOf(value);
        } catch (NumberFormatException e) {
          throw new PolicyException("\"" + value + "\" is not an integer", e);
        }
      case DECIMAL:
        return decimal(value);
      case PERCENTAGE:
        BigDecimal percent = decimal(value.endsWith("%") || value.endsWith("％") ? value.substring(0, value.length() - 1).strip() : value);
        check(percent);
        return percent;
      case STRING:
      default:
        return value;
    }
  }

  /** Checks a value given in code; throws a {@link PolicyException} without the key. */
  void check(Object value) {
    if (!valueType.isInstance(value)) {
      throw new PolicyException("a " + label + " setting needs a " + valueType.getSimpleName() + ", was " + value.getClass().getName());
    }
    if (this == PERCENTAGE) {
      BigDecimal percent = (BigDecimal) value;
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new PolicyException("must be a percentage between 0 and 100, was " + percent.toPlainString());
      }
    }
  }

  private static BigDecimal decimal(String value) {
    requireShort(value);
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new PolicyException("\"" + value + "\" is not a number", e);
    }
  }

  private static void requireShort(String value) {
    if (value.length() > MAX_NUMBER_LENGTH) {
      throw new PolicyException("number too long (" + value.length() + " characters, at most " + MAX_NUMBER_LENGTH + ")");
    }
  }
}

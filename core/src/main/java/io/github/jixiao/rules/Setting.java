package io.github.jixiao.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 策略设置 (policy setting): a typed key of a {@link Policy} that a rule pack declares — its name,
 * {@link SettingType type}, default and description in Chinese and English — and its rules read
 * with {@link Policy#setting(Setting)}:
 *
 * <pre>{@code
 * public static final Setting<BigDecimal> MINIMUM =
 *     Setting.percentage("czt.satisfaction.minimum", new BigDecimal("90"),
 *         "满意度目标的最低值（%）", "lowest acceptable satisfaction target, in percent");
 * // in the pack:  public List<Setting<?>> settings() { return List.of(MINIMUM); }
 * // in a rule:    BigDecimal minimum = check.policy().setting(CztRules.MINIMUM);
 * }</pre>
 *
 * <p>A pack's keys begin with its {@link RuleProvider#id() id} and a dot ({@code czt.…}), so that a
 * policy file says whose setting each line is and two packs cannot claim one key; {@link
 * RuleSet.Builder#build()} checks that. The settings of the built-in catalogue are the policy's own
 * keys ({@link Policy#SATISFACTION_MINIMUM}, {@link Policy#FUNDING_TOLERANCE}), without a prefix.
 * Immutable and serializable; two settings are equal when key, type, default and descriptions are.
 *
 * @param <T> the value type: {@link Boolean}, {@link Integer}, {@link BigDecimal} or {@link String}
 */
public final class Setting<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Dot-separated words of letters, digits, {@code -} and {@code _}; at least two of them. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*(\\.[A-Za-z0-9]+([-_][A-Za-z0-9]+)*)+");

  private final String key;
  private final SettingType type;
  private final T defaultValue;
  private final String descriptionZh;
  private final String descriptionEn;

  private Setting(String key, SettingType type, T defaultValue, String descriptionZh, String descriptionEn) {
    this.key = Objects.requireNonNull(key, "key");
    this.type = type;
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.descriptionZh = Objects.requireNonNull(descriptionZh, "descriptionZh");
    this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    if (!KEY.matcher(key).matches()) {
      throw new RuleSetException("setting key \"" + key + "\" is not of the form pack.name (dot-separated words of letters, digits, - and _)");
    }
    try {
      type.check(defaultValue);
    } catch (PolicyException e) {
      throw new RuleSetException("setting " + key + ": default " + e.getMessage(), e);
    }
  }

  /**
   * A true/false setting.
   *
   * @param key the key, such as {@code czt.goals.strict}
   * @param defaultValue the value when the policy does not set it
   * @param descriptionZh what it does, in Chinese
   * @param descriptionEn what it does, in English
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the key is not of the form {@code pack.name}
   */
  public static Setting<Boolean> bool(String key, boolean defaultValue, String descriptionZh, String descriptionEn) {
    return new Setting<>(key, SettingType.BOOLEAN, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * A whole-number setting.
   *
   * @param key the key, such as {@code acme.goal.minimum-length}
   * @param defaultValue the value when the policy does not set it
   * @param descriptionZh what it does, in Chinese
   * @param descriptionEn what it does, in English
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the key is not of the form {@code pack.name}
   */
  public static Setting<Integer> integer(String key, int defaultValue, String descriptionZh, String descriptionEn) {
    return new Setting<>(key, SettingType.INTEGER, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * A decimal setting, such as an amount in 万元.
   *
   * @param key the key
   * @param defaultValue the value when the policy does not set it
   * @param descriptionZh what it does, in Chinese
   * @param descriptionEn what it does, in English
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the key is not of the form {@code pack.name}
   */
  public static Setting<BigDecimal> decimal(String key, BigDecimal defaultValue, String descriptionZh, String descriptionEn) {
    return new Setting<>(key, SettingType.DECIMAL, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * A percentage setting, 0 to 100, written {@code 80} or {@code 80%} in a policy file.
   *
   * @param key the key
   * @param defaultValue the value when the policy does not set it, in percent
   * @param descriptionZh what it does, in Chinese
   * @param descriptionEn what it does, in English
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the key is not of the form {@code pack.name} or the default is
   *     outside 0–100
   */
  public static Setting<BigDecimal> percentage(String key, BigDecimal defaultValue, String descriptionZh, String descriptionEn) {
    return new Setting<>(key, SettingType.PERCENTAGE, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * A text setting.
   *
   * @param key the key
   * @param defaultValue the value when the policy does not set it
   * @param descriptionZh what it does, in Chinese
   * @param descriptionEn what it does, in English
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws RuleSetException if the key is not of the form {@code pack.name}
   */
  public static Setting<String> string(String key, String defaultValue, String descriptionZh, String descriptionEn) {
    return new Setting<>(key, SettingType.STRING, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * The key, as written in a policy file.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The type.
   *
   * @return the type
   */
  public SettingType type() {
    return type;
  }

  /**
   * The value when the policy does not set it.
   *
   * @return the default
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * The description in Chinese.
   *
   * @return the description
   */
  public String descriptionZh() {
    return descriptionZh;
  }

  /**
   * The description in English.
   *
   * @return the description
   */
  public String descriptionEn() {
    return descriptionEn;
  }

  /**
   * The description in a language: Chinese for {@code zh}, English otherwise.
   *
   * @param language a language code such as {@code zh} or {@code en}
   * @return the description
   */
  public String description(String language) {
    return "zh".equals(language) ? descriptionZh : descriptionEn;
  }

  /**
   * Reads a value of this setting from its text in a policy file.
   *
   * @param text the text
   * @return the value
   * @throws NullPointerException if {@code text} is null
   * @throws PolicyException if the text is not a value of this type, naming the key
   */
  public T parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return cast(type.parse(text));
    } catch (PolicyException e) {
      throw new PolicyException(key + ": " + e.getMessage(), key, 0, e);
    }
  }

  /**
   * Checks a value given in code, as {@link Policy.Builder#setting(Setting, Object)} does.
   *
   * @param value the value
   * @return the value
   * @throws NullPointerException if {@code value} is null
   * @throws PolicyException if the value is not of this type or outside its range, naming the key
   */
  public T check(T value) {
    Objects.requireNonNull(value, key);
    try {
      type.check(value);
    } catch (PolicyException e) {
      throw new PolicyException(key + ": " + e.getMessage(), key, 0, e);
    }
    return value;
  }

  /**
   * A value as a policy file writes it ({@link BigDecimal}s in plain notation).
   *
   * @param value the value
   * @return the text
   */
  public String format(T value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
  }

  /** A deserialized setting passes the same checks as a constructed one. */
  private Object readResolve() {
    return new Setting<>(key, type, defaultValue, descriptionZh, descriptionEn);
  }

  @SuppressWarnings("unchecked") // the type's parse and check give values of its value type, which is T's
  T cast(Object value) {
    return (T) value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Setting)) {
      return false;
    }
    Setting<?> that = (Setting<?>) other;
    return key.equals(that.key) && type == that.type && defaultValue.equals(that.defaultValue)
        && descriptionZh.equals(that.descriptionZh) && descriptionEn.equals(that.descriptionEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, type, defaultValue, descriptionZh, descriptionEn);
  }

  /**
   * The key, type and default, such as {@code czt.satisfaction.minimum (percentage, default 90)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return key + " (" + type.label() + ", default " + format(defaultValue) + ")";
  }
}

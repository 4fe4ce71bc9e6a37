package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * 审核策略 (policy): every threshold the rules use, the rules switched off, severity overrides, the
 * framework to check against, and the settings rule packs declare. Immutable; {@link #defaults()}
 * documents the defaults; {@link #load(Path, RuleSet)} reads a {@code .properties} file that people
 * who do not write Java can edit:
 *
 * <pre>
 * # auto (detect from the document), pre-2021 or 2021
 * framework = auto
 * # framework assumed when a document's categories point to neither
 * framework.fallback = 2021
 * # lowest acceptable satisfaction target, in percent
 * satisfaction.minimum = 80
 * # how far (万元) a total may differ from the sum of its sources
 * funding.tolerance = 0.01
 * rules.disabled = JX-GOAL-003, JX-TGT-006
 * severity.JX-GOAL-001 = INFO
 * # a setting the rule pack "czt" declares (see Setting)
 * czt.satisfaction.minimum = 90
 * </pre>
 *
 * <p><b>Rule packs' settings.</b> A {@link RuleProvider} declares its settings ({@link
 * RuleProvider#settings()}), each a typed {@link Setting} whose key begins with the pack's id and a
 * dot; its rules read them with {@link #setting(Setting)}, which gives the policy's value or the
 * setting's default. The built-in thresholds are settings too ({@link #SATISFACTION_MINIMUM},
 * {@link #FUNDING_TOLERANCE}, declared by the catalogue), so {@code setting(...)} reads them alike.
 *
 * <p><b>What a file may say.</b> A key is known when it is one of the keys above or a setting of a
 * pack of the rule set the file is read for; a rule id (in {@code rules.disabled} and {@code
 * severity.<id>}) is known when the rule set has the rule. {@link #load(Path, RuleSet)} and {@link
 * #fromProperties(Properties, RuleSet)} check both against the rule set they are given, {@link
 * #load(Path)} and {@link #fromProperties(Properties)} against the built-in catalogue; anything
 * unknown — a typo such as {@code rules.disabled = JX-GOAL-03} — is a {@link PolicyException}
 * naming the key and the line (and the nearest known name), never silently ignored. A policy
 * built in code is not checked against any rule set.
 */
@Value.Immutable
public abstract class Policy implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * {@code satisfaction.minimum}: the lowest acceptable satisfaction target, in percent (80 by
   * default); the same value as {@link #getSatisfactionMinimum()}.
   */
  public static final Setting<BigDecimal> SATISFACTION_MINIMUM =
      Setting.percentage("satisfaction.minimum", BigDecimal.valueOf(80), "满意度目标的最低值（%）",
          "lowest acceptable satisfaction target, in percent");

  /**
   * {@code funding.tolerance}: how far, in 万元, a total may differ from the sum of its sources
   * (0.01 by default); the same value as {@link #getFundingTolerance()}.
   */
  public static final Setting<BigDecimal> FUNDING_TOLERANCE =
      Setting.decimal("funding.tolerance", new BigDecimal("0.01"), "资金合计允许的误差（万元，不小于 0）",
          "how far, in 万元, a total may differ from the sum of its sources (not negative)");

  static final String FRAMEWORK = "framework";
  static final String FALLBACK = "framework.fallback";
  static final String DISABLED = "rules.disabled";
  static final String SEVERITY_PREFIX = "severity.";

  private static final Policy DEFAULTS = builder().build();

  Policy() {}

  /**
   * The framework to check against; empty to detect it from each document.
   *
   * @return the framework, empty by default (detect)
   */
  public abstract Optional<IndicatorFramework> getFramework();

  /**
   * The framework assumed when it is to be detected but a document's categories point to neither
   * (no cost category at all).
   *
   * @return the fallback, {@link IndicatorFramework#V2021} by default
   */
  @Value.Default
  public IndicatorFramework getFallbackFramework() {
    return IndicatorFramework.V2021;
  }

  /**
   * The lowest acceptable satisfaction target, in percent.
   *
   * @return the minimum, 80 by default
   */
  @Value.Default
  public BigDecimal getSatisfactionMinimum() {
    return SATISFACTION_MINIMUM.defaultValue();
  }

  /**
   * How far, in 万元, a total may differ from the sum of its sources before it is reported.
   *
   * @return the tolerance, 0.01 by default
   */
  @Value.Default
  public BigDecimal getFundingTolerance() {
    return FUNDING_TOLERANCE.defaultValue();
  }

  /**
   * The ids of rules switched off.
   *
   * @return the ids, none by default
   */
  public abstract Set<String> getDisabledRules();

  /**
   * Severities that replace rules' defaults, by rule id.
   *
   * @return the overrides, none by default
   */
  public abstract Map<String, Severity> getSeverityOverrides();

  /**
   * The values of rule packs' settings this policy sets, by key; read them with {@link
   * #setting(Setting)}. Set through {@link Builder#setting(Setting, Object)}, which checks them.
   */
  abstract Map<String, Object> getSettingValues();

  @Value.Check
  void checkThresholds() {
    if (getFundingTolerance().signum() < 0) {
      throw new PolicyException(FUNDING_TOLERANCE.key() + ": must not be negative, was " + getFundingTolerance());
    }
    if (getSatisfactionMinimum().signum() < 0 || getSatisfactionMinimum().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new PolicyException(SATISFACTION_MINIMUM.key() + ": must be between 0 and 100, was " + getSatisfactionMinimum());
    }
  }

  /**
   * The value of a setting under this policy: the policy's, or the setting's default.
   *
   * @param setting the setting, such as a rule pack's {@code MINIMUM} or {@link
   *     #SATISFACTION_MINIMUM}
   * @param <T> the setting's value type
   * @return the value
   * @throws NullPointerException if {@code setting} is null
   * @throws PolicyException if the policy holds a value of another type under the setting's key
   *     (a different setting of the same key)
   */
  public <T> T setting(Setting<T> setting) {
    Objects.requireNonNull(setting, "setting");
    if (setting.equals(SATISFACTION_MINIMUM)) {
      return setting.cast(getSatisfactionMinimum());
    }
    if (setting.equals(FUNDING_TOLERANCE)) {
      return setting.cast(getFundingTolerance());
    }
    Object value = getSettingValues().get(setting.key());
    if (value == null) {
      return setting.defaultValue();
    }
    if (!setting.type().valueType().isInstance(value)) {
      throw new PolicyException(
          setting.key() + ": the policy holds a " + value.getClass().getSimpleName() + ", not a " + setting.type().label(),
          setting.key(), 0, null);
    }
    return setting.cast(value);
  }

  /**
   * Whether a rule is switched on.
   *
   * @param ruleId the rule id
   * @return false when the rule is disabled
   */
  public boolean isEnabled(String ruleId) {
    return !getDisabledRules().contains(ruleId);
  }

  /**
   * The severity a rule's findings get under this policy.
   *
   * @param rule the rule's metadata
   * @return the override, or the rule's default severity
   */
  public Severity severityOf(RuleMetadata rule) {
    return getSeverityOverrides().getOrDefault(rule.getId(), rule.getDefaultSeverity());
  }

  /**
   * The default policy: detect the framework (falling back to 2021), satisfaction minimum 80%,
   * funding tolerance 0.01万元, every rule on at its default severity.
   *
   * @return the default policy
   */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a policy from properties, checked against the built-in catalogue: the same as {@code
   * fromProperties(properties, RuleSet.catalogue())}. Keys not given keep their defaults.
   *
   * @param properties the properties (keys as in the class description)
   * @return the policy
   * @throws PolicyException for an unknown key or rule id or a value that cannot be read, naming
   *     the key
   */
  public static Policy fromProperties(Properties properties) {
    return fromProperties(properties, RuleSet.catalogue());
  }

  /**
   * Reads a policy from properties for a rule set: its packs' settings are known keys, its rules'
   * ids known rule ids. Keys not given keep their defaults.
   *
   * @param properties the properties (keys as in the class description)
   * @param rules the rule set the policy is for
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws PolicyException for an unknown key or rule id or a value that cannot be read, naming
   *     the key
   */
  public static Policy fromProperties(Properties properties, RuleSet rules) {
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(rules, "rules");
    Map<String, String> entries = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      entries.put(key, properties.getProperty(key));
    }
    return PolicyReader.read(entries, Map.of(), rules);
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} file, checked against the built-in catalogue:
   * the same as {@code load(file, RuleSet.catalogue())}. A policy for a rule set with rule packs
   * is read with {@link #load(Path, RuleSet)}.
   *
   * @param file the file
   * @return the policy
   * @throws PolicyException when the file cannot be read or holds an invalid entry; the message
   *     names the file, the line and the key
   */
  public static Policy load(Path file) {
    return load(file, RuleSet.catalogue());
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} file for a rule set: its packs' settings are
   * known keys, its rules' ids known rule ids.
   *
   * @param file the file
   * @param rules the rule set the policy is for
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws PolicyException when the file cannot be read or holds an invalid entry — an unknown
   *     key or rule id, a value that cannot be read; the message names the file, the line and the
   *     key, which {@link PolicyException#getLine()} and {@link PolicyException#getKey()} give too
   */
  public static Policy load(Path file, RuleSet rules) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rules, "rules");
    if (Files.isDirectory(file)) {
      throw new PolicyException("cannot read policy file " + file + ": it is a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, rules);
    } catch (IOException e) {
      throw new PolicyException("cannot read policy file " + file + ": " + reason(e), e);
    } catch (PolicyException e) {
      throw new PolicyException(file + ": " + e.getMessage(), e.getKey().orElse(null), e.getLine().orElse(0), e);
    }
  }

  /**
   * Why a file could not be read, in words: a file-system exception's message is often the bare
   * path, which says nothing the caller did not know.
   */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} stream, checked against the built-in
   * catalogue; the stream is not closed.
   *
   * @param in the stream
   * @return the policy
   * @throws IOException when the stream cannot be read
   * @throws PolicyException for an invalid entry, naming the line and the key
   */
  public static Policy load(InputStream in) throws IOException {
    return load(in, RuleSet.catalogue());
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} stream for a rule set; the stream is not
   * closed.
   *
   * @param in the stream
   * @param rules the rule set the policy is for
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws IOException when the stream cannot be read
   * @throws PolicyException for an invalid entry — an unknown key or rule id, a value that cannot
   *     be read — naming the line and the key
   */
  public static Policy load(InputStream in, RuleSet rules) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(rules, "rules");
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      throw new PolicyException("malformed properties: " + e.getMessage(), e);
    }
    Map<String, String> entries = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      entries.put(key, properties.getProperty(key));
    }
    return PolicyReader.read(entries, PolicyReader.lines(text), rules);
  }

  /**
   * A new builder, starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}

    /**
     * Sets a setting, such as a rule pack's or {@link #SATISFACTION_MINIMUM}.
     *
     * @param setting the setting
     * @param value its value
     * @param <T> the setting's value type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws PolicyException if the value is outside the setting's range (a percentage above 100)
     */
    public <T> Builder setting(Setting<T> setting, T value) {
      Objects.requireNonNull(setting, "setting");
      setting.check(value);
      if (setting.equals(SATISFACTION_MINIMUM)) {
        return satisfactionMinimum((BigDecimal) value);
      }
      if (setting.equals(FUNDING_TOLERANCE)) {
        return fundingTolerance((BigDecimal) value);
      }
      return putSettingValue(setting.key(), value);
    }
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * 审核策略 (policy): every threshold the rules use, the rules switched off, severity overrides and
 * the framework to check against. Immutable; {@link #defaults()} documents the defaults; {@link
 * #load(Path)} reads a {@code .properties} file that people who do not write Java can edit:
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
 * </pre>
 */
@Value.Immutable
public abstract class Policy implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String FRAMEWORK = "framework";
  private static final String FALLBACK = "framework.fallback";
  private static final String SATISFACTION_MINIMUM = "satisfaction.minimum";
  private static final String FUNDING_TOLERANCE = "funding.tolerance";
  private static final String DISABLED = "rules.disabled";
  private static final String SEVERITY_PREFIX = "severity.";

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
    return BigDecimal.valueOf(80);
  }

  /**
   * How far, in 万元, a total may differ from the sum of its sources before it is reported.
   *
   * @return the tolerance, 0.01 by default
   */
  @Value.Default
  public BigDecimal getFundingTolerance() {
    return new BigDecimal("0.01");
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

  @Value.Check
  void checkThresholds() {
    if (getFundingTolerance().signum() < 0) {
      throw new PolicyException(FUNDING_TOLERANCE + ": must not be negative, was " + getFundingTolerance());
    }
    if (getSatisfactionMinimum().signum() < 0 || getSatisfactionMinimum().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new PolicyException(SATISFACTION_MINIMUM + ": must be between 0 and 100, was " + getSatisfactionMinimum());
    }
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
   * Reads a policy from properties; keys not given keep their defaults.
   *
   * @param properties the properties (keys as in the class description)
   * @return the policy
   * @throws PolicyException for an unknown key or a value that cannot be read, naming the key
   */
  public static Policy fromProperties(Properties properties) {
    Builder b = builder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).strip();
      if (key.equals(FRAMEWORK)) {
        if (!value.equalsIgnoreCase("auto")) {
          b.framework(framework(key, value));
        }
      } else if (key.equals(FALLBACK)) {
        b.fallbackFramework(framework(key, value));
      } else if (key.equals(SATISFACTION_MINIMUM)) {
        b.satisfactionMinimum(number(key, value));
      } else if (key.equals(FUNDING_TOLERANCE)) {
        b.fundingTolerance(number(key, value));
      } else if (key.equals(DISABLED)) {
        for (String id : value.split("[,，\\s]+")) {
          if (!id.isEmpty()) {
            b.addDisabledRule(id);
          }
        }
      } else if (key.startsWith(SEVERITY_PREFIX) && key.length() > SEVERITY_PREFIX.length()) {
        b.putSeverityOverride(key.substring(SEVERITY_PREFIX.length()), severity(key, value));
      } else {
        throw new PolicyException(
            "unknown policy key \"" + key + "\"; known keys: " + FRAMEWORK + ", " + FALLBACK + ", "
                + SATISFACTION_MINIMUM + ", " + FUNDING_TOLERANCE + ", " + DISABLED + ", " + SEVERITY_PREFIX + "<rule id>");
      }
    }
    return b.build();
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} file.
   *
   * @param file the file
   * @return the policy
   * @throws PolicyException when the file cannot be read or holds an invalid entry; the message
   *     names the file and the key
   */
  public static Policy load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    } catch (IOException e) {
      throw new PolicyException("cannot read policy file " + file + ": " + e.getMessage(), e);
    } catch (PolicyException e) {
      throw new PolicyException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a policy from a UTF-8 {@code .properties} stream; the stream is not closed.
   *
   * @param in the stream
   * @return the policy
   * @throws IOException when the stream cannot be read
   * @throws PolicyException for an invalid entry, naming the key
   */
  public static Policy load(InputStream in) throws IOException {
    Properties properties = new Properties();
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    try {
      properties.load(reader);
    } catch (IllegalArgumentException e) {
      throw new PolicyException("malformed properties: " + e.getMessage(), e);
    }
    return fromProperties(properties);
  }

  private static IndicatorFramework framework(String key, String value) {
    return IndicatorFramework.fromId(value.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new PolicyException(key + ": \"" + value + "\" is not a framework (auto, pre-2021 or 2021)"));
  }

  private static BigDecimal number(String key, String value) {
    if (value.length() > 40) {
      throw new PolicyException(key + ": number too long");
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new PolicyException(key + ": \"" + value + "\" is not a number", e);
    }
  }

  private static Severity severity(String key, String value) {
    try {
      return Severity.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyException(key + ": \"" + value + "\" is not a severity (ERROR, WARNING or INFO)", e);
    }
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
  }
}

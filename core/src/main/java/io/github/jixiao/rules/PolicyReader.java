package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a {@link Policy} from the entries of a policy file, checking every key and rule id against
 * the rule set the policy is for, and finds the line each key is on (which {@link Properties}
 * forgets) so that errors can say where.
 */
final class PolicyReader {
  /** How far (edits) a name may be from a known one to be suggested as its correction. */
  private static final int MAX_SUGGESTION_DISTANCE = 3;

  private PolicyReader() {}

  /**
   * The policy of the entries, checked against the rule set.
   *
   * @param entries the keys and values
   * @param lines the line (1-based) of each key in its file; keys without one are reported without
   * @param rules the rule set: its settings and rule ids are known
   */
  static Policy read(Map<String, String> entries, Map<String, Integer> lines, RuleSet rules) {
    // Report the first bad line of the file first; keys from no file in name order.
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(Comparator.<String>comparingInt(k -> lines.getOrDefault(k, Integer.MAX_VALUE)).thenComparing(k -> k));
    Policy.Builder builder = Policy.builder();
    for (String key : keys) {
      int line = lines.getOrDefault(key, 0);
      try {
        apply(builder, key, entries.get(key).strip(), rules);
      } catch (PolicyException e) {
        throw new PolicyException((line > 0 ? "line " + line + ": " : "") + e.getMessage(), key, line, e);
      }
    }
    return builder.build();
  }

  private static void apply(Policy.Builder builder, String key, String value, RuleSet rules) {
    if (key.equals(Policy.FRAMEWORK)) {
      if (!value.equalsIgnoreCase("auto")) {
        builder.framework(framework(key, value));
      }
    } else if (key.equals(Policy.FALLBACK)) {
      builder.fallbackFramework(framework(key, value));
    } else if (key.equals(Policy.SATISFACTION_MINIMUM.key())) {
      put(builder, Policy.SATISFACTION_MINIMUM, value);
    } else if (key.equals(Policy.FUNDING_TOLERANCE.key())) {
      BigDecimal tolerance = Policy.FUNDING_TOLERANCE.parse(value);
      if (tolerance.signum() < 0) {
        throw new PolicyException(key + ": must not be negative, was " + tolerance.toPlainString());
      }
      builder.setting(Policy.FUNDING_TOLERANCE, tolerance);
    } else if (key.equals(Policy.DISABLED)) {
      for (String id : value.split("[,，\\s]+")) {
        if (!id.isEmpty()) {
          builder.addDisabledRule(requireRule(key, id, rules));
        }
      }
    } else if (key.startsWith(Policy.SEVERITY_PREFIX) && key.length() > Policy.SEVERITY_PREFIX.length()) {
      String id = requireRule(key, key.substring(Policy.SEVERITY_PREFIX.length()), rules);
      builder.putSeverityOverride(id, severity(key, value));
    } else {
      Optional<Setting<?>> setting = rules.setting(key);
      if (setting.isEmpty()) {
        throw unknownKey(key, rules);
      }
      put(builder, setting.get(), value);
    }
  }

  private static <T> void put(Policy.Builder builder, Setting<T> setting, String value) {
    builder.setting(setting, setting.parse(value));
  }

  private static String requireRule(String key, String id, RuleSet rules) {
    if (!rules.ids().contains(id)) {
      throw new PolicyException(
          key + ": unknown rule id \"" + id + "\"" + suggestion(id, rules.ids())
              + "; the rule set has " + rules.ids().size() + " rules (jixiao rules lists them)");
    }
    return id;
  }

  private static PolicyException unknownKey(String key, RuleSet rules) {
    StringBuilder known = new StringBuilder();
    List<String> names = new ArrayList<>(List.of(Policy.FRAMEWORK, Policy.FALLBACK, Policy.DISABLED));
    for (Setting<?> setting : rules.settings()) {
      names.add(setting.key());
    }
    if (rules.setting(Policy.SATISFACTION_MINIMUM.key()).isEmpty()) { // a rule set without the catalogue
      names.add(Policy.SATISFACTION_MINIMUM.key());
      names.add(Policy.FUNDING_TOLERANCE.key());
    }
    for (String name : names) {
      known.append(name).append(", ");
    }
    known.append(Policy.SEVERITY_PREFIX).append("<rule id>");
    return new PolicyException("unknown policy key \"" + key + "\"" + suggestion(key, names) + "; known keys: " + known);
  }

  private static String suggestion(String name, Collection<String> known) {
    String best = null;
    int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (String candidate : known) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null || bestDistance > MAX_SUGGESTION_DISTANCE ? "" : " (did you mean \"" + best + "\"?)";
  }

  /** Edit distance of two names, or {@code limit + 1} when it is larger than {@code limit}. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > 200 || b.length() > 200) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static IndicatorFramework framework(String key, String value) {
    return IndicatorFramework.fromId(value.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new PolicyException(key + ": \"" + value + "\" is not a framework (auto, pre-2021 or 2021)"));
  }

  private static Severity severity(String key, String value) {
    try {
      return Severity.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyException(key + ": \"" + value + "\" is not a severity (ERROR, WARNING or INFO)", e);
    }
  }

  /**
   * The line (1-based) of each key of a {@code .properties} text: where the logical line that
   * defines it begins, the last one when a key is given twice (its value wins, as in {@link
   * Properties}). Each logical line is read by {@link Properties} itself, so that escapes and
   * continuations mean what they mean there.
   */
  static Map<String, Integer> lines(String text) {
    Map<String, Integer> lines = new HashMap<>();
    String[] natural = text.split("\r\n|\r|\n", -1);
    int i = 0;
    while (i < natural.length) {
      int start = i;
      String first = stripPropertiesWhitespace(natural[i]);
      if (first.isEmpty() || first.charAt(0) == '#' || first.charAt(0) == '!') {
        i++;
        continue;
      }
      StringBuilder logical = new StringBuilder(natural[i]);
      while (continues(natural[i]) && i + 1 < natural.length) {
        i++;
        logical.append('\n').append(natural[i]);
      }
      i++;
      Properties one = new Properties();
      try {
        one.load(new StringReader(logical.toString()));
      } catch (IOException | IllegalArgumentException e) {
        continue; // the whole file was read before; a line it accepted reads alone too
      }
      for (String key : one.stringPropertyNames()) {
        lines.put(key, start + 1);
      }
    }
    return lines;
  }

  /** Whether a natural line goes on on the next: it ends with an odd number of backslashes. */
  private static boolean continues(String line) {
    int backslashes = 0;
    for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Leading white space as {@link Properties} sees it: space, tab and form feed only. */
  private static String stripPropertiesWhitespace(String line) {
    int j = 0;
    while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t' || line.charAt(j) == '\f')) {
      j++;
    }
    return line.substring(j);
  }
}

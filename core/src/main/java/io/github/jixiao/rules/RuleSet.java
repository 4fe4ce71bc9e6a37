package io.github.jixiao.rules;

import io.github.jixiao.framework.IndicatorFramework;
import io.github.jixiao.framework.StandardCategory;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.rules.catalog.BuiltInRules;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 规则集 (rule set): the rules a document is checked against, and the engine that evaluates them.
 *
 * <p>Built from the built-in catalogue, rules the caller adds and rule packs found through {@link
 * ServiceLoader}; two rules with one id fail the build. Rules run in id order, disclosure rules
 * before item rules, and reports list findings in document order, so the same document and policy
 * always give the same report. A rule set is immutable and thread-safe.
 *
 * <p>A rule that fails does not end the evaluation: whatever it throws — a runtime exception, an
 * {@link AssertionError}, a {@link LinkageError} such as {@link NoClassDefFoundError} or {@link
 * ExceptionInInitializerError} from a rule pack's missing or broken dependency, a {@link
 * StackOverflowError} — becomes an {@link Severity#ERROR ERROR} finding that names the rule and
 * the failure, the findings the rule reported before failing are kept, and the other rules still
 * run. The exception is a {@link VirtualMachineError} other than a stack overflow ({@link
 * OutOfMemoryError}, {@link InternalError}): it says the virtual machine is in trouble, not the
 * rule, so a report made after it would look complete without being trustworthy; {@code evaluate}
 * throws it to the caller as it is and returns no report. A rule's metadata is read once, when
 * the rule is added.
 *
 * <p>A rule set is {@link Serializable}, so that it can be sent to the workers of a distributed
 * engine (Spark, Flink) with the {@link Policy}: it is sent as how it was built and built again
 * where it is read. The catalogue is named; a rule pack goes as itself when it is serializable,
 * otherwise as its class name, and is found again through {@link ServiceLoader} with the reading
 * thread's context class loader, or made with its public no-argument constructor; a rule added
 * with {@link Builder#add(Rule...)} goes as itself and must be serializable. The rule set read
 * back has the same rules and gives the same reports.
 *
 * <pre>{@code
 * Report report = RuleSet.catalogue().evaluate(disclosure, Policy.defaults());
 * if (report.hasErrors()) { System.out.print(report.toText("zh")); }
 * }</pre>
 */
public final class RuleSet implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final RuleSet CATALOGUE = builder().addCatalogue().build();

  /** A rule with the metadata it gave when added: the engine asks a rule pack for it only once. */
  private record Bound<R extends Rule>(R rule, RuleMetadata metadata) {}

  private final transient List<Rule> rules;
  private final transient List<Bound<DisclosureRule>> disclosureRules;
  private final transient List<Bound<ItemRule>> itemRules;
  private final transient Map<String, Rule> byId;
  private final transient Set<String> ids;
  private final transient Map<String, Setting<?>> settings;
  /** How the set was built; what its serialized form ({@link RuleSetRecipe}) holds. */
  private final transient List<Object> steps;

  private RuleSet(List<Bound<Rule>> bound, Map<String, Setting<?>> settings, List<Object> steps) {
    List<Rule> all = new ArrayList<>();
    List<Bound<DisclosureRule>> d = new ArrayList<>();
    List<Bound<ItemRule>> i = new ArrayList<>();
    Map<String, Rule> index = new HashMap<>();
    for (Bound<Rule> b : bound) {
      all.add(b.rule());
      index.put(b.metadata().getId(), b.rule());
      if (b.rule() instanceof DisclosureRule) {
        d.add(new Bound<>((DisclosureRule) b.rule(), b.metadata()));
      } else {
        i.add(new Bound<>((ItemRule) b.rule(), b.metadata()));
      }
    }
    this.rules = List.copyOf(all);
    this.disclosureRules = List.copyOf(d);
    this.itemRules = List.copyOf(i);
    this.byId = index;
    this.ids = Collections.unmodifiableSet(new TreeSet<>(index.keySet()));
    this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    this.steps = List.copyOf(steps);
  }

  /**
   * A rule set is sent as how it was built, and built again where it is read (see the class
   * description).
   *
   * @return the serialized form
   * @throws ObjectStreamException ({@link java.io.NotSerializableException}) when a rule added with
   *     {@link Builder#add(Rule...)} is not serializable
   */
  private Object writeReplace() throws ObjectStreamException {
    return RuleSetRecipe.of(steps);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a rule set is read through its serialized form");
  }

  /**
   * The built-in catalogue of national review rules.
   *
   * @return the catalogue's rule set (shared, immutable)
   */
  public static RuleSet catalogue() {
    return CATALOGUE;
  }

  /**
   * A builder for a rule set of your choice.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules, in evaluation (id) order.
   *
   * @return an unmodifiable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The settings the rule packs of this set declare ({@link RuleProvider#settings()}), which a
   * policy for it may set and its rules read with {@link Policy#setting(Setting)}.
   *
   * @return the settings, in key order; unmodifiable
   */
  public List<Setting<?>> settings() {
    return List.copyOf(settings.values());
  }

  /**
   * Finds a setting by its key.
   *
   * @param key the key, such as {@code satisfaction.minimum}
   * @return the setting, or empty when no pack of this set declares it
   */
  public Optional<Setting<?>> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** The ids of the rules, sorted; for checking a policy's rule ids against. */
  Set<String> ids() {
    return ids;
  }

  /**
   * Checks a disclosure: the disclosure rules, then the item rules on every sheet.
   *
   * @param disclosure the document
   * @param policy the policy
   * @return the report, with an ERROR finding for each rule that failed
   * @throws NullPointerException if either is null, naming it
   * @throws VirtualMachineError (such as {@link OutOfMemoryError}) when one is thrown while a rule
   *     runs, as it is: the evaluation is not trustworthy (see the class description)
   */
  public Report evaluate(Disclosure disclosure, Policy policy) {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(policy, "policy");
    List<Finding> findings = new ArrayList<>();
    FindingSink sink = new FindingSink(findings, policy);
    DisclosureCheck check = new DisclosureCheck(disclosure, policy, sink);
    for (Bound<DisclosureRule> rule : disclosureRules) {
      if (policy.isEnabled(rule.metadata().getId())) {
        sink.running(rule.metadata());
        try {
          rule.rule().check(check);
        } catch (Throwable e) { // a rule pack's failure; see RuleFailures for what is not contained
          RuleFailures.containOrRethrow(e);
          sink.failed(Location.builder().section(Section.DOCUMENT).path("").build(), e);
        }
      }
    }
    Optional<IndicatorFramework> documentFramework = detect(disclosure.getItems());
    List<BudgetItem> items = disclosure.getItems();
    for (int i = 0; i < items.size(); i++) {
      checkItem(items.get(i), i, documentFramework, policy, sink);
    }
    return Report.of(findings);
  }

  /**
   * Checks one sheet on its own with the item rules; paths have no {@code items[i]} prefix.
   *
   * @param item the sheet
   * @param policy the policy
   * @return the report, with an ERROR finding for each rule that failed
   * @throws NullPointerException if either is null, naming it
   * @throws VirtualMachineError (such as {@link OutOfMemoryError}) when one is thrown while a rule
   *     runs, as it is: the evaluation is not trustworthy (see the class description)
   */
  public Report evaluate(BudgetItem item, Policy policy) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(policy, "policy");
    List<Finding> findings = new ArrayList<>();
    checkItem(item, -1, Optional.empty(), policy, new FindingSink(findings, policy));
    return Report.of(findings);
  }

  private void checkItem(
      BudgetItem item, int index, Optional<IndicatorFramework> documentFramework, Policy policy, FindingSink sink) {
    IndicatorFramework framework =
        policy.getFramework()
            .or(() -> detect(List.of(item)))
            .or(() -> documentFramework)
            .orElse(policy.getFallbackFramework());
    ItemCheck check = new ItemCheck(item, index, framework, policy, sink);
    for (Bound<ItemRule> rule : itemRules) {
      RuleMetadata metadata = rule.metadata();
      if (policy.isEnabled(metadata.getId()) && metadata.getFrameworks().contains(framework)) {
        sink.running(metadata);
        try {
          rule.rule().check(check);
        } catch (Throwable e) { // a rule pack's failure; see RuleFailures for what is not contained
          RuleFailures.containOrRethrow(e);
          sink.failed(check.at(Section.ITEM, "name"), e);
        }
      }
    }
  }

  /** The framework the standard categories of these sheets' tables point to, if exactly one. */
  private static Optional<IndicatorFramework> detect(List<BudgetItem> items) {
    List<StandardCategory> used = new ArrayList<>();
    for (BudgetItem item : items) {
      used.addAll(item.getAnnualIndicators().usedCategories());
      item.getMediumTermIndicators().ifPresent(t -> used.addAll(t.usedCategories()));
    }
    return IndicatorFramework.detect(used);
  }


  /** Collects rules from the catalogue, the caller and rule packs; {@link #build()} checks ids. */
  public static final class Builder {
    /** A rule and where it came from, in the order added (the same instance may come twice). */
    private record Origin(Rule rule, RuleMetadata metadata, String origin) {}

    private final List<Origin> added = new ArrayList<>();
    private final List<Object> steps = RuleSetRecipe.newSteps();
    private final Map<String, Setting<?>> settings = new LinkedHashMap<>();
    private final Map<String, String> settingOrigins = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the built-in catalogue, the rule pack {@link BuiltInRules}.
     *
     * @return this builder
     */
    public Builder addCatalogue() {
      return addProvider(new BuiltInRules());
    }

    /**
     * Adds the rules of one rule pack, such as one the caller constructs instead of leaving it to
     * {@link ServiceLoader}.
     *
     * @param provider the rule pack
     * @return this builder
     * @throws NullPointerException if {@code provider} is null
     * @throws RuleSetException when the pack gives no list of rules, a rule that cannot be added,
     *     or a setting whose key is not in its namespace ({@code <id>.…}) or is another's
     */
    public Builder addProvider(RuleProvider provider) {
      Objects.requireNonNull(provider, "provider");
      String origin = "rule provider \"" + provider.id() + "\" (" + provider.getClass().getName() + ")";
      List<Rule> rules = provider.rules();
      if (rules == null) {
        throw new RuleSetException(origin + " gives no list of rules (rules() returned null)");
      }
      rules.forEach(rule -> add(rule, origin));
      addSettings(provider, origin);
      steps.add(RuleSetRecipe.providerStep(provider));
      return this;
    }

    /**
     * Records a pack's settings: keys in the pack's namespace (the catalogue's are the policy's
     * own), none claimed by another pack with a different declaration.
     */
    private void addSettings(RuleProvider provider, String origin) {
      List<Setting<?>> declared = provider.settings();
      if (declared == null) {
        throw new RuleSetException(origin + " gives no list of settings (settings() returned null)");
      }
      boolean catalogue = provider.getClass() == BuiltInRules.class;
      for (Setting<?> setting : declared) {
        if (setting == null) {
          throw new RuleSetException(origin + " gives a null setting");
        }
        String key = setting.key();
        if (!catalogue && !key.startsWith(provider.id() + ".")) {
          throw new RuleSetException(
              "setting \"" + key + "\" of " + origin + " is not in the pack's namespace: its key must begin with \""
                  + provider.id() + ".\"");
        }
        if (!catalogue && reserved(key)) {
          throw new RuleSetException("setting \"" + key + "\" of " + origin + " takes a key the policy itself uses");
        }
        Setting<?> previous = settings.putIfAbsent(key, setting);
        if (previous != null && !previous.equals(setting)) {
          throw new RuleSetException(
              "setting \"" + key + "\" is declared twice, differently: by " + settingOrigins.get(key) + " and by " + origin);
        }
        settingOrigins.putIfAbsent(key, origin);
      }
    }

    private static boolean reserved(String key) {
      return key.equals(Policy.FRAMEWORK) || key.equals(Policy.FALLBACK) || key.equals(Policy.SATISFACTION_MINIMUM.key())
          || key.equals(Policy.FUNDING_TOLERANCE.key()) || key.startsWith("rules.") || key.startsWith(Policy.SEVERITY_PREFIX);
    }

    /**
     * Adds the caller's rules.
     *
     * @param rules item or disclosure rules
     * @return this builder
     * @throws NullPointerException if {@code rules} or one of them is null
     * @throws RuleSetException for a rule that is neither an item rule nor a disclosure rule (or
     *     both), or has no metadata
     */
    public Builder add(Rule... rules) {
      for (Rule rule : Objects.requireNonNull(rules, "rules")) {
        add(Objects.requireNonNull(rule, "rules element"), "the caller");
        steps.add(rule);
      }
      return this;
    }

    /**
     * Adds the caller's rules.
     *
     * @param rules item or disclosure rules
     * @return this builder
     * @throws NullPointerException if {@code rules} or one of them is null
     * @throws RuleSetException for a rule that is neither an item rule nor a disclosure rule (or
     *     both), or has no metadata
     */
    public Builder addAll(Iterable<? extends Rule> rules) {
      for (Rule rule : Objects.requireNonNull(rules, "rules")) {
        add(Objects.requireNonNull(rule, "rules element"), "the caller");
        steps.add(rule);
      }
      return this;
    }

    /**
     * Adds the rules of every {@link RuleProvider} the class loader's {@link ServiceLoader}
     * finds, packs in id order.
     *
     * @param classLoader where to look for {@code META-INF/services/io.github.jixiao.rules.RuleProvider}
     * @return this builder
     * @throws NullPointerException if {@code classLoader} is null
     * @throws RuleSetException when a pack cannot be loaded or gives a rule that cannot be added
     */
    public Builder addProviders(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader");
      List<RuleProvider> providers = new ArrayList<>();
      try {
        ServiceLoader.load(RuleProvider.class, classLoader).forEach(providers::add);
      } catch (ServiceConfigurationError e) {
        throw new RuleSetException("cannot load rule providers: " + e.getMessage(), e);
      }
      providers.sort(Comparator.comparing(RuleProvider::id).thenComparing(p -> p.getClass().getName()));
      providers.forEach(this::addProvider);
      return this;
    }

    private void add(Rule rule, String origin) {
      if (rule == null) {
        throw new RuleSetException(origin + " gives a null rule");
      }
      if (!(rule instanceof ItemRule) && !(rule instanceof DisclosureRule)) {
        throw new RuleSetException(rule.getClass().getName() + " from " + origin + " is neither an ItemRule nor a DisclosureRule");
      }
      if (rule instanceof ItemRule && rule instanceof DisclosureRule) {
        throw new RuleSetException(rule.getClass().getName() + " from " + origin + " is both an ItemRule and a DisclosureRule");
      }
      RuleMetadata metadata = rule.metadata();
      if (metadata == null) {
        throw new RuleSetException(rule.getClass().getName() + " from " + origin + " has no metadata (metadata() returned null)");
      }
      added.add(new Origin(rule, metadata, origin));
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set
     * @throws DuplicateRuleException when two rules share an id
     */
    public RuleSet build() {
      Map<String, Origin> byId = new LinkedHashMap<>();
      for (Origin o : added) {
        Origin previous = byId.putIfAbsent(o.metadata().getId(), o);
        if (previous != null) {
          throw new DuplicateRuleException(
              o.metadata().getId(),
              previous.origin() + " (" + previous.rule().getClass().getName() + ")",
              o.origin() + " (" + o.rule().getClass().getName() + ")");
        }
      }
      List<Bound<Rule>> sorted = new ArrayList<>();
      byId.values().forEach(o -> sorted.add(new Bound<>(o.rule(), o.metadata())));
      sorted.sort(Comparator.comparing(b -> b.metadata().getId()));
      return new RuleSet(sorted, settings, steps);
    }
  }
}

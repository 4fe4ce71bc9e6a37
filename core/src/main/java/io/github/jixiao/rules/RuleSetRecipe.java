package io.github.jixiao.rules;

import io.github.jixiao.internal.ProviderClasses;
import io.github.jixiao.rules.catalog.BuiltInRules;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The serialized form of a {@link RuleSet}: not its rules, which are user classes and need not be
 * serializable, but how it was built — the catalogue, each rule pack by its class name (or itself
 * when it is {@link Serializable}), each rule the caller added (which must then be serializable) —
 * from which the receiving virtual machine builds it again. A pack named by its class is found
 * through {@link java.util.ServiceLoader} with the thread's context class loader (as engines such
 * as Spark and Flink set it for the user's code), else made with its public no-argument
 * constructor ({@link ProviderClasses}).
 */
final class RuleSetRecipe implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The step that adds the catalogue. */
  static final String CATALOGUE = "catalogue";

  /** The steps in the order they were taken: {@link #CATALOGUE}, a pack's class name, a pack, a rule. */
  private final List<Object> steps;

  private RuleSetRecipe(List<Object> steps) {
    this.steps = steps;
  }

  /** The step that adds a pack: the catalogue, the pack itself if serializable, else its class's name. */
  static Object providerStep(RuleProvider provider) {
    if (provider.getClass() == BuiltInRules.class) {
      return CATALOGUE;
    }
    return provider instanceof Serializable ? provider : new PackClass(provider.getClass().getName());
  }

  /** The recipe of a rule set built in these steps; fails when a rule the caller added cannot be sent. */
  static RuleSetRecipe of(List<Object> steps) throws ObjectStreamException {
    for (Object step : steps) {
      if (step instanceof Rule && !(step instanceof Serializable)) {
        throw new NotSerializableException(
            step.getClass().getName() + ": a rule added with RuleSet.Builder.add is sent with its rule set and must be "
                + "Serializable; or add it through a RuleProvider, which is rebuilt from its class name");
      }
    }
    return new RuleSetRecipe(List.copyOf(steps));
  }

  /** Builds the rule set again, where it is read. */
  private Object readResolve() throws ObjectStreamException {
    if (steps.equals(List.of(CATALOGUE))) {
      return RuleSet.catalogue();
    }
    try {
      RuleSet.Builder builder = RuleSet.builder();
      for (Object step : steps) {
        if (CATALOGUE.equals(step)) {
          builder.addCatalogue();
        } else if (step instanceof PackClass) {
          builder.addProvider(((PackClass) step).load());
        } else if (step instanceof RuleProvider) {
          builder.addProvider((RuleProvider) step);
        } else if (step instanceof Rule) {
          builder.add((Rule) step);
        } else {
          throw new InvalidObjectException("not a step of a rule set: " + step);
        }
      }
      return builder.build();
    } catch (RuntimeException | LinkageError e) { // a pack that cannot be found or built again
      InvalidObjectException failure = new InvalidObjectException("cannot build the rule set again: " + e);
      failure.initCause(e);
      throw failure;
    }
  }

  /** A rule pack named by its class. */
  private static final class PackClass implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String className;

    PackClass(String className) {
      this.className = className;
    }

    RuleProvider load() {
      return ProviderClasses.instantiate(RuleProvider.class, className);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PackClass && ((PackClass) other).className.equals(className);
    }

    @Override
    public int hashCode() {
      return className.hashCode();
    }
  }

  /** For the builder: a growing list of steps. */
  static List<Object> newSteps() {
    return new ArrayList<>();
  }
}

package io.github.jixiao.format;

import io.github.jixiao.internal.ProviderClasses;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The serialized form of a {@link FormatRegistry}: its formats in order, each as itself when it is
 * {@link Serializable}, otherwise as its class name, found again where the registry is read
 * through {@link java.util.ServiceLoader} with the thread's context class loader or made with its
 * public no-argument constructor ({@link ProviderClasses}). The registry read back registers them
 * by hand in the same order, so it has the same formats in the same order.
 */
final class FormatRegistryRecipe implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Each format: itself, or its class name. */
  private final List<Object> formats;

  FormatRegistryRecipe(List<FormatProvider> providers) {
    List<Object> list = new ArrayList<>();
    for (FormatProvider p : providers) {
      list.add(p instanceof Serializable ? p : p.getClass().getName());
    }
    this.formats = List.copyOf(list);
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      List<FormatProvider> providers = new ArrayList<>();
      for (Object f : formats) {
        providers.add(f instanceof String ? ProviderClasses.instantiate(FormatProvider.class, (String) f) : (FormatProvider) f);
      }
      return FormatRegistry.builder().register(providers.toArray(FormatProvider[]::new)).build();
    } catch (RuntimeException | LinkageError e) { // a format that cannot be found or made again
      InvalidObjectException failure = new InvalidObjectException("cannot build the format registry again: " + e);
      failure.initCause(e);
      throw failure;
    }
  }
}

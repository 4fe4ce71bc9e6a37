package io.github.jixiao.internal;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * 服务实现类 (provider classes): makes a service provider again from its class name, where a rule
 * set or format registry that was sent to another virtual machine is read. Not part of the API.
 */
public final class ProviderClasses {
  private ProviderClasses() {}

  /**
   * The provider of a service with a class name: the one {@link ServiceLoader} lists with the
   * thread's context class loader (as engines such as Spark and Flink set it for the user's code;
   * this works for providers in named modules too), else one made with the class's public
   * no-argument constructor.
   *
   * @param service the service type
   * @param className the provider's class name
   * @param <S> the service type
   * @return a new provider
   * @throws IllegalStateException when neither finds the class, saying why
   */
  public static <S> S instantiate(Class<S> service, String className) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = service.getClassLoader();
    }
    Optional<S> listed =
        ServiceLoader.load(service, loader).stream()
            .filter(p -> p.type().getName().equals(className))
            .findFirst()
            .map(ServiceLoader.Provider::get);
    if (listed.isPresent()) {
      return listed.get();
    }
    try {
      return Class.forName(className, true, loader).asSubclass(service).getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          service.getSimpleName() + " " + className + " is neither listed for ServiceLoader nor made with a public "
              + "no-argument constructor by " + loader + ": " + e, e);
    }
  }
}

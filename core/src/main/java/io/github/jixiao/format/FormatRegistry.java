package io.github.jixiao.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * 格式注册表 (format registry): the formats an application reads and writes, registered by hand
 * and/or discovered through {@link ServiceLoader} with a class loader the caller passes. A format
 * registered by hand wins over a discovered one with the same id; two registered by hand, or two
 * discovered, with one id fail the build. Immutable and thread-safe; order is registration order,
 * then discovered formats by id.
 *
 * <p>A registry is {@link Serializable}, so that it can be sent to the workers of a distributed
 * engine (Spark, Flink): it is sent as its formats' class names (a format that is itself
 * serializable goes as itself), and each is found again where it is read through {@link
 * ServiceLoader} with the reading thread's context class loader, or made with its public
 * no-argument constructor, as {@code ServiceLoader} requires anyway. The registry read back has
 * the same formats in the same order.
 */
public final class FormatRegistry implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many leading bytes {@link #sniff(byte[])} and {@link #forFile(Path)} look at. */
  public static final int SNIFF_BYTES = 512;

  private final transient List<FormatProvider> providers;

  private FormatRegistry(List<FormatProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /** Sent as its formats (see the class description). */
  private Object writeReplace() {
    return new FormatRegistryRecipe(providers);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a format registry is read through its serialized form");
  }

  /**
   * A registry of every format the class loader's {@link ServiceLoader} finds.
   *
   * @param classLoader where to look
   * @return the registry
   * @throws FormatRegistryException when providers cannot be loaded or two share an id
   */
  public static FormatRegistry discover(ClassLoader classLoader) {
    return builder().discover(classLoader).build();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The formats, in order.
   *
   * @return an unmodifiable list
   */
  public List<FormatProvider> providers() {
    return providers;
  }

  /**
   * The format with an id.
   *
   * @param id such as {@code json}
   * @return the format, or empty
   */
  public Optional<FormatProvider> byId(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The first format that claims a file extension.
   *
   * @param extension with or without the dot, any case
   * @return the format, or empty
   */
  public Optional<FormatProvider> byExtension(String extension) {
    String ext = extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
    return providers.stream().filter(p -> p.extensions().contains(ext)).findFirst();
  }

  /**
   * The first format whose {@link FormatProvider#matches(byte[])} accepts these leading bytes.
   *
   * @param head the first bytes of an input
   * @return the format, or empty
   */
  public Optional<FormatProvider> sniff(byte[] head) {
    return providers.stream().filter(p -> p.matches(head)).findFirst();
  }

  /**
   * The format of a file: by its content when a format recognises the first bytes — the one whose
   * extension the file has when several do (a .docx and an .xlsx are both zip archives) — otherwise
   * by its extension.
   *
   * @param file the file
   * @return the format, or empty when neither content nor extension is known
   * @throws FormatException if the file cannot be read
   */
  public Optional<FormatProvider> forFile(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new FormatException(
          FormatException.Reason.IO_ERROR, FormatLocation.builder().source(file.toString()).build(), "cannot read: " + e, e);
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Optional<FormatProvider> named = dot < 0 ? Optional.empty() : byExtension(name.substring(dot + 1));
    if (named.isPresent() && named.get().matches(head)) {
      return named;
    }
    Optional<FormatProvider> sniffed = sniff(head);
    return sniffed.isPresent() ? sniffed : named;
  }

  /** Collects formats; {@link #build()} resolves ids. */
  public static final class Builder {
    private final Map<String, FormatProvider> explicit = new LinkedHashMap<>();
    private final List<FormatProvider> discovered = new ArrayList<>();

    private Builder() {}

    /**
     * Registers formats by hand; they win over discovered formats with the same id.
     *
     * @param formats the formats
     * @return this builder
     * @throws NullPointerException if {@code formats} or one of them is null
     * @throws FormatRegistryException when two formats registered by hand share an id
     */
    public Builder register(FormatProvider... formats) {
      for (FormatProvider format : Objects.requireNonNull(formats, "formats")) {
        Objects.requireNonNull(format, "formats element");
        FormatProvider previous = explicit.putIfAbsent(format.id(), format);
        if (previous != null) {
          throw new FormatRegistryException("format id \"" + format.id() + "\" registered twice: "
              + previous.getClass().getName() + " and " + format.getClass().getName());
        }
      }
      return this;
    }

    /**
     * Adds the formats the class loader's {@link ServiceLoader} finds.
     *
     * @param classLoader where to look
     * @return this builder
     * @throws NullPointerException if {@code classLoader} is null
     * @throws FormatRegistryException when a provider cannot be loaded
     */
    public Builder discover(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader");
      try {
        ServiceLoader.load(FormatProvider.class, classLoader).forEach(discovered::add);
      } catch (ServiceConfigurationError e) {
        throw new FormatRegistryException("cannot load format providers: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws FormatRegistryException when two discovered formats share an id that no format
     *     registered by hand takes
     */
    public FormatRegistry build() {
      List<FormatProvider> result = new ArrayList<>(explicit.values());
      Map<String, FormatProvider> found = new LinkedHashMap<>();
      for (FormatProvider format : discovered) {
        if (explicit.containsKey(format.id())) {
          continue;
        }
        FormatProvider previous = found.putIfAbsent(format.id(), format);
        if (previous != null && previous.getClass() != format.getClass()) {
          throw new FormatRegistryException("format id \"" + format.id() + "\" is provided twice: by "
              + previous.getClass().getName() + " and by " + format.getClass().getName());
        }
      }
      List<FormatProvider> sorted = new ArrayList<>(found.values());
      sorted.sort(Comparator.comparing(FormatProvider::id));
      result.addAll(sorted);
      return new FormatRegistry(result);
    }
  }
}

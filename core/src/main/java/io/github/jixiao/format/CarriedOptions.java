package io.github.jixiao.format;

import io.github.jixiao.model.MissingValueException;
import io.github.jixiao.model.ModelException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The format settings that {@link ReadOptions} and {@link WriteOptions} carry, keyed by the class
 * each names with {@code optionsType()}: the check on the way in ({@code Builder.with}) and the
 * lookup on the way out ({@code find}), shared by both.
 *
 * <p>Hand-written on top of the generated map attribute: Immutables' map builder methods take any
 * key with any value, whereas a format's settings choose their own key and must be an instance of
 * it, and its map accessor would return the raw map rather than one typed lookup.
 */
final class CarriedOptions {
  private CarriedOptions() {}

  /**
   * The class format settings are carried under, after checking that they are an instance of it.
   *
   * @param <O> {@link FormatReadOptions} or {@link FormatWriteOptions}
   * @param options the settings
   * @param optionsType their {@code optionsType()} method
   * @param owner {@code ReadOptions} or {@code WriteOptions}, for the message
   * @return the class
   * @throws MissingValueException if {@code options} or its class is null
   * @throws ModelException if {@code options} is not an instance of its class
   */
  static <O> Class<? extends O> typeOf(O options, Function<O, Class<? extends O>> optionsType, String owner) {
    MissingValueException.require(options, "options");
    Class<? extends O> type = MissingValueException.require(optionsType.apply(options), "optionsType");
    if (!type.isInstance(options)) {
      throw new ModelException(owner + ".with: " + options.getClass().getName() + " is not a " + type.getName());
    }
    return type;
  }

  /**
   * The settings carried under a class.
   *
   * @param <T> the class of the settings
   * @param carried the carried settings by class
   * @param type the class
   * @return the settings, or empty
   * @throws NullPointerException if {@code type} is null
   */
  static <T> Optional<T> find(Map<? extends Class<?>, ?> carried, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(type.cast(carried.get(type)));
  }
}

package io.github.jixiao.benchmarks;

import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.engine.execution.lifecycle.CurrentTestDescriptor;
import net.jqwik.engine.execution.lifecycle.StoreRepository;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * Drawing generated values outside a test, as the tries of a property do.
 *
 * <p>jqwik memoizes the generators of inner arbitraries (those made by {@code flatMap}, the
 * elements of lists, the characters of strings) in a store that lives as long as the running
 * property, and refuses to draw outside one. So values are drawn under a descriptor of our own
 * whose store is dropped afterwards: after each value ({@link #draw}), or after all the tries of a
 * property ({@link Tries}), which is what a user's test pays.
 */
final class Generation {
  /** jqwik's genSize in a property: its number of tries, 1 000 by default. */
  static final int GEN_SIZE = 1000;

  /** The tries of a property by default. */
  static final int TRIES = 1000;

  private static final TestDescriptor DESCRIPTOR =
      new AbstractTestDescriptor(UniqueId.root("jixiao", "generation"), "generation outside a test") {
        @Override
        public Type getType() {
          return Type.TEST;
        }
      };

  private Generation() {}

  /**
   * One value from a fresh generator, nothing kept afterwards.
   *
   * @param arbitrary what to draw from
   * @param random the source of randomness
   * @return the value
   */
  static <T> T draw(Arbitrary<T> arbitrary, Random random) {
    return inScope(() -> arbitrary.generator(GEN_SIZE).next(random).value());
  }

  /**
   * Values as the tries of properties draw them: one generator with edge cases mixed in (as jqwik
   * makes it for a {@code @ForAll} parameter) and one store for {@link #TRIES} values; then the
   * store is dropped and the next property begins.
   *
   * @param <T> the type of the values
   */
  static final class Tries<T> {
    private final Arbitrary<T> arbitrary;
    private final Random random;
    private RandomGenerator<T> generator;
    private int done;

    Tries(Arbitrary<T> arbitrary, Random random) {
      this.arbitrary = arbitrary;
      this.random = random;
    }

    T next() {
      return CurrentTestDescriptor.runWithDescriptor(DESCRIPTOR, () -> {
        if (generator == null || done == TRIES) {
          StoreRepository.getCurrent().finishScope(DESCRIPTOR);
          generator = arbitrary.generator(GEN_SIZE, true);
          done = 0;
        }
        done++;
        return generator.next(random).value();
      });
    }

    /** Drops what the current property keeps. */
    void finish() {
      CurrentTestDescriptor.runWithDescriptor(DESCRIPTOR, () -> {
        StoreRepository.getCurrent().finishScope(DESCRIPTOR);
        return null;
      });
      generator = null;
    }
  }

  private static <T> T inScope(Supplier<T> code) {
    return CurrentTestDescriptor.runWithDescriptor(DESCRIPTOR, () -> {
      try {
        return code.get();
      } finally {
        StoreRepository.getCurrent().finishScope(DESCRIPTOR);
      }
    });
  }
}

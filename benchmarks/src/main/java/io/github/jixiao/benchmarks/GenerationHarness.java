package io.github.jixiao.benchmarks;

import io.github.jixiao.testkit.JixiaoArbitraries;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;

/**
 * Generation: what one try of a property over {@code JixiaoArbitraries.budgetItems()} and
 * {@code disclosures()} costs a user, per value. Two ways, each after a warm-up:
 *
 * <ul>
 *   <li>{@code item}, {@code disclosure}: a fresh generator of jqwik's default size (1 000) per
 *       value, from a fixed {@link Random}, nothing kept from one value to the next;
 *   <li>{@code item-in-property}, {@code disclosure-in-property}: the 1 000 tries of one property,
 *       with what jqwik keeps for the length of a property (memoized generators, edge cases).
 * </ul>
 *
 * <p>Prints {@code generation <what> <median ms> <p90 ms> <mean ms> <values>} for {@link Summary}.
 */
public final class GenerationHarness {
  private GenerationHarness() {}

  /**
   * Runs both arbitraries both ways.
   *
   * @param args optional: the number of fresh draws of items (default 2 000; disclosures a fifth)
   */
  public static void main(String[] args) {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    run("item", JixiaoArbitraries.budgetItems(), draws);
    run("disclosure", JixiaoArbitraries.disclosures(), Math.max(draws / 5, 50));
  }

  private static void run(String name, Arbitrary<?> arbitrary, int draws) {
    long sink = 0;
    Random warmUp = new Random(7);
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    for (int i = 0; i < 50 || System.nanoTime() < warmUntil; i++) {
      sink += Generation.draw(arbitrary, warmUp).hashCode();
    }
    Random random = new Random(42);
    long[] times = new long[draws];
    for (int i = 0; i < draws; i++) {
      long t0 = System.nanoTime();
      Object value = Generation.draw(arbitrary, random);
      times[i] = System.nanoTime() - t0;
      sink += value.hashCode();
    }
    print(name, times);
    Generation.Tries<?> property = new Generation.Tries<>(arbitrary, new Random(42));
    long[] tries = new long[Generation.TRIES];
    for (int i = 0; i < tries.length; i++) {
      long t0 = System.nanoTime();
      Object value = property.next();
      tries[i] = System.nanoTime() - t0;
      sink += value.hashCode();
    }
    property.finish();
    print(name + "-in-property", tries);
    if (sink == 42) {
      System.out.println(); // keeps the work observable
    }
  }

  private static void print(String name, long[] times) {
    long total = Arrays.stream(times).sum();
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(java.util.Locale.ROOT, "generation %s %.3f %.3f %.3f %d%n", name, sorted[sorted.length / 2] / 1e6,
        sorted[sorted.length * 9 / 10] / 1e6, total / 1e6 / sorted.length, sorted.length);
  }
}

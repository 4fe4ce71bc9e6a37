package io.github.jixiao.benchmarks;

import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.rules.Policy;
import io.github.jixiao.rules.RuleSet;
import java.util.Arrays;

/**
 * The sheets of {@link CollidingNamesBenchmark}, 16 000 and 160 000 indicators, interleaved: each
 * round checks the small sheet ten times and the large one once, so that a shared host whose speed
 * drifts slows both sides of a round alike (JMH measures one after the other). Prints {@code
 * collidingratio <check> <names> <median ratio> <small ms> <large ms>} per check and kind of
 * names for {@link Summary}; the ratio is the large sheet's time over the small one's, 10× the rows.
 */
public final class CollidingNamesRatioHarness {
  private static final int ROUNDS = 15;
  private static final int WARM_UP = 4;
  private static final int SMALL = 16_000;
  private static final int LARGE = 160_000;

  private CollidingNamesRatioHarness() {}

  /**
   * Runs JX-FORM-003 alone and the whole catalogue, on colliding and on distinct names.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RuleSet catalogue = RuleSet.catalogue();
    RuleSet duplicateCheck = RuleSet.builder().add(catalogue.rule("JX-FORM-003").orElseThrow()).build();
    for (String names : new String[] {"colliding", "distinct"}) {
      BudgetItem small = CollidingNamesBenchmark.sheet(SMALL, names.equals("colliding"));
      BudgetItem large = CollidingNamesBenchmark.sheet(LARGE, names.equals("colliding"));
      run("duplicateIndicators", names, duplicateCheck, small, large);
      run("catalogue", names, catalogue, small, large);
    }
  }

  private static void run(String check, String names, RuleSet rules, BudgetItem small, BudgetItem large) {
    Policy policy = Policy.defaults();
    long sink = 0;
    double[] ratios = new double[ROUNDS];
    double[] smallMs = new double[ROUNDS];
    double[] largeMs = new double[ROUNDS];
    for (int round = -WARM_UP; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < LARGE / SMALL; i++) {
        sink += rules.evaluate(small, policy).getFindings().size();
      }
      long t1 = System.nanoTime();
      sink += rules.evaluate(large, policy).getFindings().size();
      long t2 = System.nanoTime();
      if (round >= 0) {
        ratios[round] = (double) (t2 - t1) / (t1 - t0) * (LARGE / SMALL);
        smallMs[round] = (t1 - t0) / 1e6 / (LARGE / SMALL);
        largeMs[round] = (t2 - t1) / 1e6;
      }
    }
    Arrays.sort(ratios);
    Arrays.sort(smallMs);
    Arrays.sort(largeMs);
    System.out.printf("collidingratio %s %s %.3f %.3f %.3f%n", check, names, ratios[ROUNDS / 2], smallMs[ROUNDS / 2],
        largeMs[ROUNDS / 2]);
    if (sink == 42) {
      System.out.println(); // keeps the work observable
    }
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.docx.DocxFormat;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;

/**
 * Word read against its floor, interleaved: rounds of floor passes and reads of the same file
 * alternate, so that a machine whose speed drifts (shared hosts throttle for seconds at a time)
 * slows both sides of a round alike. JMH runs one benchmark after the other and cannot do that.
 * Prints {@code wordratio <document> <median ratio> <best-round ratio> <ours ms> <floor ms>} per
 * document for {@link Summary}.
 */
public final class WordReadRatioHarness {
  private static final int ROUNDS = 40;
  private static final int PER_ROUND = 40;

  private WordReadRatioHarness() {}

  /**
   * Runs the fixture and the one-sheet document.
   *
   * @param args not used
   * @throws Exception if the floor pass fails, which it cannot on these inputs
   */
  public static void main(String[] args) throws Exception {
    DocumentReader reader = new DocxFormat().reader(ReadOptions.defaults());
    run("fixture", Inputs.fixtureDocx(), reader);
    run("one-sheet", Inputs.oneSheetDocx(), reader);
  }

  private static void run(String name, byte[] bytes, DocumentReader reader) throws IOException, XMLStreamException {
    long sink = 0;
    double[] ratios = new double[ROUNDS];
    long bestOurs = Long.MAX_VALUE;
    long bestFloor = Long.MAX_VALUE;
    for (int warm = 0; warm < 10; warm++) { // warm both paths up before measuring
      sink += WordReadBenchmark.floorPass(bytes);
      sink += reader.readDisclosure(new ByteArrayInputStream(bytes)).getItems().size();
    }
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < PER_ROUND; i++) {
        sink += WordReadBenchmark.floorPass(bytes);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < PER_ROUND; i++) {
        sink += reader.readDisclosure(new ByteArrayInputStream(bytes)).getItems().size();
      }
      long t2 = System.nanoTime();
      ratios[round] = (double) (t2 - t1) / (t1 - t0);
      bestFloor = Math.min(bestFloor, (t1 - t0) / PER_ROUND);
      bestOurs = Math.min(bestOurs, (t2 - t1) / PER_ROUND);
    }
    Arrays.sort(ratios);
    System.out.printf("wordratio %s %.3f %.3f %.3f %.3f%n", name, ratios[ROUNDS / 2], (double) bestOurs / bestFloor,
        bestOurs / 1e6, bestFloor / 1e6);
    if (sink == 42) {
      System.out.println(); // keeps the work observable
    }
  }
}

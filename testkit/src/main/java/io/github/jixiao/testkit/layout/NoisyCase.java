package io.github.jixiao.testkit.layout;

import io.github.jixiao.model.MissingValueException;
import java.util.List;

/**
 * 加噪样例 (noisy case): a {@link ZooCase} with noise added — paragraphs and label/value rows a
 * reader cannot place — and the noise texts, which a reader should report as warnings. The
 * expected disclosure is the one of the case without noise.
 *
 * @param zooCase the case with noise
 * @param noiseTexts every noise text added, in the order added
 */
public record NoisyCase(ZooCase zooCase, List<String> noiseTexts) {
  /**
   * Checks the parts and copies the texts.
   *
   * @param zooCase the case
   * @param noiseTexts the noise texts
   */
  public NoisyCase {
    MissingValueException.require(zooCase, "zooCase");
    noiseTexts = List.copyOf(MissingValueException.require(noiseTexts, "noiseTexts"));
  }
}

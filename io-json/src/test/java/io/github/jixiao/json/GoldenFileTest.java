package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed sample as JSON, byte for byte: the golden file is the JSON sample the testkit ships
 * ({@link SampleDocuments#huaiyuan2024Json()}). A deliberate format change rewrites it with
 * {@code -Djixiao.updateGolden=true}; review the diff and bump formatVersion if readers break.
 */
class GoldenFileTest {
  /** The shipped sample in the testkit's sources, from this module's folder (where Maven runs tests). */
  private static final Path GOLDEN = Path.of("../testkit/src/main/resources/io/github/jixiao/testkit/huaiyuan-2024.json");

  @Test
  void theSeedIsWrittenExactlyAsCommitted() throws IOException {
    String json = JsonTesting.write(SampleDocuments.huaiyuan2024());
    if (Boolean.getBoolean("jixiao.updateGolden")) {
      Files.writeString(GOLDEN, json);
    }
    byte[] expected = SampleDocuments.huaiyuan2024Json();
    assertThat(json.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(JsonTesting.readDisclosure(new String(expected, StandardCharsets.UTF_8)))
        .isEqualTo(SampleDocuments.huaiyuan2024());
  }
}

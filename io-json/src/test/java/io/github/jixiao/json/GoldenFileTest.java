package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testkit.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed sample as JSON, byte for byte. A deliberate format change rewrites the file with
 * {@code -Djixiao.updateGolden=true}; review the diff and bump formatVersion if readers break.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/huaiyuan-2024.json");

  @Test
  void theSeedIsWrittenExactlyAsCommitted() throws IOException {
    String json = JsonTesting.write(SampleDocuments.huaiyuan2024());
    if (Boolean.getBoolean("jixiao.updateGolden")) {
      Files.writeString(GOLDEN, json);
    }
    byte[] expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/huaiyuan-2024.json")) {
      expected = in.readAllBytes();
    }
    assertThat(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(JsonTesting.readDisclosure(new String(expected, java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(SampleDocuments.huaiyuan2024());
  }
}

package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.FormatRegistry;
import io.github.jixiao.format.FormatRegistryException;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON format in a registry: discovered, found by extension and by content. */
class JsonFormatRegistryTest {

  /** A stand-in format with a given id. */
  private static final class Fake implements FormatProvider {
    private final String id;

    Fake(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<String> extensions() {
      return List.of("json");
    }

    @Override
    public List<String> mediaTypes() {
      return List.of();
    }

    @Override
    public boolean matches(byte[] head) {
      return false;
    }

    @Override
    public DocumentReader reader(ReadOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DocumentWriter writer(WriteOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void discoversTheJsonFormatThroughServiceLoader() {
    FormatRegistry registry = FormatRegistry.discover(getClass().getClassLoader());
    assertThat(registry.byId("json")).get().isInstanceOf(JsonFormat.class);
    assertThat(registry.byExtension(".JSONL")).get().isInstanceOf(JsonFormat.class);
    assertThat(registry.sniff(" \n {\"formatVersion\"".getBytes(StandardCharsets.UTF_8))).isPresent();
    assertThat(registry.sniff("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
  }

  @Test
  void explicitRegistrationsWinAndDuplicatesFail() {
    Fake mine = new Fake("json");
    FormatRegistry registry = FormatRegistry.builder().register(mine).discover(getClass().getClassLoader()).build();
    assertThat(registry.byId("json")).containsSame(mine);
    assertThat(registry.providers()).hasSize(1);
    assertThatThrownBy(() -> FormatRegistry.builder().register(new Fake("x"), new Fake("x")))
        .isInstanceOf(FormatRegistryException.class)
        .hasMessageContaining("\"x\"");
  }

  @Test
  void picksTheFormatOfAFileByContentThenExtension(@TempDir Path dir) throws IOException {
    FormatRegistry registry = FormatRegistry.discover(getClass().getClassLoader());
    Path misnamed = Files.writeString(dir.resolve("doc.txt"), "{\"formatVersion\":\"1\"}");
    assertThat(registry.forFile(misnamed)).get().isInstanceOf(JsonFormat.class);
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThat(registry.forFile(empty)).get().isInstanceOf(JsonFormat.class);
    Path unknown = Files.writeString(dir.resolve("notes.md"), "# notes");
    assertThat(registry.forFile(unknown)).isEmpty();
  }
}

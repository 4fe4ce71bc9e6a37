package io.github.jixiao.json;

import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.MissingValueException;
import java.util.List;

/**
 * JSON 格式 (the JSON format): id {@code json}; extensions {@code json}, {@code jsonl},
 * {@code ndjson}; media types {@code application/json}, {@code application/x-ndjson}. Found
 * through {@link java.util.ServiceLoader}, or create it directly:
 *
 * <pre>{@code
 * Disclosure d = new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(Path.of("doc.json"));
 * }</pre>
 *
 * <p>The reader's own settings are a {@link JsonReadOptions}, the writer's a {@link
 * JsonWriteOptions}, carried in the {@link ReadOptions} and {@link WriteOptions}.
 *
 * <p>The format is described in docs/json-format.md and by the JSON Schema at {@link
 * #SCHEMA_RESOURCE} in this jar.
 */
public final class JsonFormat implements FormatProvider {
  /** The class-path resource of the JSON Schema (draft 2020-12) of format version 1. */
  public static final String SCHEMA_RESOURCE = "/io/github/jixiao/json/jixiao-format-1.schema.json";

  /** Creates the format; it holds no state. */
  public JsonFormat() {}

  @Override
  public String id() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json", "jsonl", "ndjson");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/json", "application/x-ndjson");
  }

  /** JSON starts, after an optional UTF-8 byte-order mark and whitespace, with '{' or '['. */
  @Override
  public boolean matches(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    return i < head.length && (head[i] == '{' || head[i] == '[');
  }

  @Override
  public DocumentReader reader(ReadOptions options) {
    if (options == null) {
      throw new MissingValueException("options");
    }
    return new JsonDocumentReader(options);
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    if (options == null) {
      throw new MissingValueException("options");
    }
    return new JsonDocumentWriter(options, JsonWriteOptions.of(options));
  }
}

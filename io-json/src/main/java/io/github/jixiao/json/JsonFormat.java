package io.github.jixiao.json;

import io.github.jixiao.format.Capability;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.FormatLocation;
import io.github.jixiao.format.FormatProvider;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON 格式 (the JSON format): id {@code json}; extensions {@code json}, {@code jsonl},
 * {@code ndjson}; media types {@code application/json}, {@code application/x-ndjson}. Found
 * through {@link java.util.ServiceLoader}, or create it directly:
 *
 * <pre>{@code
 * Disclosure d = new JsonFormat().reader(ReadOptions.defaults()).readDisclosure(Path.of("doc.json"));
 * }</pre>
 *
 * <p>A {@code .json} file holds a disclosure, a single item or a batch of items as one array; a
 * {@code .jsonl} or {@code .ndjson} file holds a batch, one item a line ({@link
 * #capabilities(String)}). The reader's own settings are a {@link JsonReadOptions}, the writer's a
 * {@link JsonWriteOptions}, carried in the {@link ReadOptions} and {@link WriteOptions}.
 *
 * <p>Text in memory: {@link #readDisclosure(String)}, {@link #readItem(String)}, {@link
 * #writeToString(Disclosure)}, {@link #writeToString(BudgetItem)}; any other model value, and
 * values on a Jackson generator or parser: {@link JsonValues}; in a host's Jackson 3 {@code
 * JsonMapper}: {@code io.github.jixiao.json.databind.JixiaoJacksonModule}.
 *
 * <p>The format is described in docs/json-format.md and by the JSON Schema at {@link
 * #SCHEMA_RESOURCE} in this jar.
 */
public final class JsonFormat implements FormatProvider {
  /** The class-path resource of the JSON Schema (draft 2020-12) of format version 1. */
  public static final String SCHEMA_RESOURCE = "/io/github/jixiao/json/jixiao-format-1.schema.json";

  /** How far {@link #holdsDisclosure(InputStream)} looks for the root's {@code "type"}. */
  private static final int TYPE_SNIFF_BYTES = 65536;

  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");

  private static final Set<Capability> ALL = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

  private static final Set<Capability> LINES =
      Collections.unmodifiableSet(EnumSet.of(Capability.READ_ITEMS, Capability.WRITE_ITEMS));

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

  /** Everything: disclosures, batches of items and single items, read and written. */
  @Override
  public Set<Capability> capabilities() {
    return ALL;
  }

  /**
   * Everything for {@code json}; for {@code jsonl} and {@code ndjson}, batches of items only (one
   * item a line).
   */
  @Override
  public Set<Capability> capabilities(String extension) {
    switch (normalise(extension)) {
      case "json":
        return ALL;
      case "jsonl":
      case "ndjson":
        return LINES;
      default:
        return Set.of();
    }
  }

  /**
   * A JSON input holds a disclosure unless it is an array or its first {@code "type"} (in the
   * first 64 KiB) names something else, such as {@code budgetItem}: a single item or JSON Lines.
   */
  @Override
  public boolean holdsDisclosure(InputStream in) {
    Objects.requireNonNull(in, "in");
    String head;
    try {
      head = new String(in.readNBytes(TYPE_SNIFF_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FormatException(FormatException.Reason.IO_ERROR, FormatLocation.unknown(), "cannot read: " + e, e);
    }
    if (head.stripLeading().startsWith("[")) {
      return false;
    }
    Matcher m = TYPE.matcher(head);
    return !m.find() || m.group(1).equals("disclosure");
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
    Objects.requireNonNull(options, "options");
    return new JsonDocumentReader(options);
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return new JsonDocumentWriter(options, JsonWriteOptions.of(options));
  }

  /**
   * A writer whose batches are JSON Lines for {@code jsonl} and {@code ndjson} and one array for
   * {@code json}, unless the options carry a {@link JsonWriteOptions}, which wins.
   */
  @Override
  public DocumentWriter writer(WriteOptions options, String extension) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(extension, "extension");
    JsonWriteOptions json = options.find(JsonWriteOptions.class).orElseGet(() -> {
      switch (normalise(extension)) {
        case "json":
          return JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.ARRAY).build();
        case "jsonl":
        case "ndjson":
          return JsonWriteOptions.builder().batchLayout(JsonWriteOptions.BatchLayout.LINES).build();
        default:
          return JsonWriteOptions.defaults();
      }
    });
    return new JsonDocumentWriter(options, json);
  }

  /**
   * Reads a disclosure from JSON text with the default {@link ReadOptions}: the same as {@code
   * reader(ReadOptions.defaults()).readDisclosure(...)} on the text's UTF-8 bytes.
   *
   * @param json the text of a document of type {@code disclosure}
   * @return the disclosure
   * @throws FormatException when the text is not a disclosure in format v1 (with where)
   */
  public static Disclosure readDisclosure(String json) {
    return readDisclosure(json, ReadOptions.defaults());
  }

  /**
   * Reads a disclosure from JSON text with the given options.
   *
   * @param json the text of a document of type {@code disclosure}
   * @param options the read options
   * @return the disclosure
   * @throws FormatException when the text is not a disclosure in format v1, or breaks a limit
   */
  public static Disclosure readDisclosure(String json, ReadOptions options) {
    return JsonValues.read(json, Disclosure.class, options);
  }

  /**
   * Reads a single budget item (a document of type {@code budgetItem}) from JSON text with the
   * default {@link ReadOptions}.
   *
   * @param json the text
   * @return the item
   * @throws FormatException when the text is not a budget item in format v1 (with where)
   */
  public static BudgetItem readItem(String json) {
    return readItem(json, ReadOptions.defaults());
  }

  /**
   * Reads a single budget item from JSON text with the given options.
   *
   * @param json the text
   * @param options the read options
   * @return the item
   * @throws FormatException when the text is not a budget item in format v1, or breaks a limit
   */
  public static BudgetItem readItem(String json, ReadOptions options) {
    return JsonValues.read(json, BudgetItem.class, options);
  }

  /**
   * Writes a disclosure as the text the writer with the default {@link WriteOptions} writes to a
   * file: indented, ending in {@code "\n"}.
   *
   * @param disclosure the disclosure
   * @return the text
   */
  public static String writeToString(Disclosure disclosure) {
    return writeToString(disclosure, WriteOptions.defaults());
  }

  /**
   * Writes a disclosure as the text the writer with the given options writes to a file (compact
   * when they are not {@linkplain WriteOptions#isPretty() pretty}), ending in {@code "\n"}.
   *
   * @param disclosure the disclosure
   * @param options the write options
   * @return the text
   */
  public static String writeToString(Disclosure disclosure, WriteOptions options) {
    Objects.requireNonNull(disclosure, "disclosure");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer(options).writeDisclosure(disclosure, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a single budget item (type {@code budgetItem}) as the text the writer with the default
   * {@link WriteOptions} writes to a file: indented, ending in {@code "\n"}.
   *
   * @param item the item
   * @return the text
   */
  public static String writeToString(BudgetItem item) {
    return writeToString(item, WriteOptions.defaults());
  }

  /**
   * Writes a single budget item as the text the writer with the given options writes to a file,
   * ending in {@code "\n"}.
   *
   * @param item the item
   * @param options the write options
   * @return the text
   */
  public static String writeToString(BudgetItem item, WriteOptions options) {
    Objects.requireNonNull(item, "item");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer(options).writeItem(item, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String normalise(String extension) {
    return Objects.requireNonNull(extension, "extension").toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
  }
}

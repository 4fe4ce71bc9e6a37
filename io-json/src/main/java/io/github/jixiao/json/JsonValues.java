package io.github.jixiao.json;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import io.github.jixiao.model.DisclosureListEntry;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.FundingSplit;
import io.github.jixiao.model.Goal;
import io.github.jixiao.model.Goals;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorCategory;
import io.github.jixiao.model.IndicatorTable;
import io.github.jixiao.model.LabelledText;
import io.github.jixiao.model.ProjectPeriod;
import io.github.jixiao.model.SupervisingDepartment;
import io.github.jixiao.value.TargetValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON 值 (model values as JSON): each model type that the JSON format v1 gives a shape, written
 * and read one value at a time — as a compact {@code String}, or on a Jackson 3 generator or parser
 * that someone else owns (the databind modules build on this). The bytes are the streaming writer's:
 * a {@link Disclosure} or a {@link BudgetItem} is a root object with {@code formatVersion} and
 * {@code type}, exactly as {@link JsonFormat}'s writer writes it (compact); any other model value
 * has the shape it has inside an item (docs/json-format.md). Reading is as strict as the format's
 * reader and fails with a {@link FormatException} that says where.
 *
 * <p>Uses jackson-core only: jackson-databind need not be on the class path.
 */
public final class JsonValues {
  /** The model types this class (and the databind modules) read and write, roots first. */
  public static final List<Class<?>> TYPES = List.of(
      Disclosure.class, BudgetItem.class, DisclosureListEntry.class, LabelledText.class,
      SupervisingDepartment.class, ProjectPeriod.class, FundingSplit.class, FundingSource.class,
      Goals.class, Goal.class, IndicatorTable.class, Indicator.class, IndicatorCategory.class,
      TargetValue.class);

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final JsonReadOptions DEFAULT_READ = JsonReadOptions.defaults();

  private JsonValues() {}

  /**
   * Writes a model value as compact JSON, without a line end: for a disclosure or an item, the
   * streaming writer's compact output less its final {@code "\n"}.
   *
   * @param value a value of one of {@link #TYPES}
   * @return the JSON text
   * @throws IllegalArgumentException when the value is of none of {@link #TYPES}
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
      write(value, g);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a model value as the next value of a generator (at the root, in an array, or after a
   * property name): its pretty printer, escaping and other settings apply.
   *
   * @param value a value of one of {@link #TYPES}
   * @param out the generator, left open
   * @throws IllegalArgumentException when the value is of none of {@link #TYPES}
   * @throws JacksonException when the generator fails
   */
  public static void write(Object value, JsonGenerator out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    new ModelEncoder(out).value(value);
  }

  /**
   * Reads one model value from JSON text with the default {@link ReadOptions}: the value, then
   * nothing but whitespace.
   *
   * @param json the text
   * @param type one of {@link #TYPES}
   * @param <T> the type
   * @return the value
   * @throws FormatException when the text is not the type's shape (with line, column and JSON
   *     Pointer), or breaks a limit of the options
   * @throws IllegalArgumentException when the type is none of {@link #TYPES}
   */
  public static <T> T read(String json, Class<T> type) {
    return read(json, type, ReadOptions.defaults());
  }

  /**
   * Reads one model value from JSON text with the limits and settings of the given options (a
   * {@link JsonReadOptions} they carry included).
   *
   * @param json the text
   * @param type one of {@link #TYPES}
   * @param options the read options
   * @param <T> the type
   * @return the value
   * @throws FormatException when the text is not the type's shape, or breaks a limit
   * @throws IllegalArgumentException when the type is none of {@link #TYPES}
   */
  public static <T> T read(String json, Class<T> type, ReadOptions options) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(options, "options");
    supported(type);
    return new JsonDocumentReader(options).readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
  }

  /**
   * Reads one model value from a parser someone else owns. The parser is on the value's first
   * token (or has not started: then it is moved to its first token) and is left on its last token,
   * as Jackson's deserializers leave it. Locations in failures are the parser's, and the JSON
   * Pointer is its path from its root. The parser's own limits apply; of the options, {@link
   * JsonReadOptions#isIgnoreUnknownFields()} and {@link JsonReadOptions#getMaxNumberLength()}.
   *
   * @param in the parser
   * @param type one of {@link #TYPES}
   * @param options the JSON read options, such as {@link JsonReadOptions#defaults()}
   * @param <T> the type
   * @return the value
   * @throws FormatException when the tokens are not the type's shape, or the parser fails
   * @throws IllegalArgumentException when the type is none of {@link #TYPES}
   */
  public static <T> T read(JsonParser in, Class<T> type, JsonReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    supported(type);
    JsonInput input = new JsonInput(in, options, null);
    if (in.currentToken() == null) {
      input.next();
    }
    try {
      return new ModelDecoder(input).value(type);
    } catch (JacksonException e) {
      throw input.translate(e);
    }
  }

  /**
   * Reads one model value from a parser with the default {@link JsonReadOptions}.
   *
   * @param in the parser, on the value's first token or not started
   * @param type one of {@link #TYPES}
   * @param <T> the type
   * @return the value
   * @throws FormatException when the tokens are not the type's shape, or the parser fails
   * @see #read(JsonParser, Class, JsonReadOptions)
   */
  public static <T> T read(JsonParser in, Class<T> type) {
    return read(in, type, DEFAULT_READ);
  }

  private static void supported(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("not a model type of the JSON format: " + type.getName() + " (see JsonValues.TYPES)");
    }
  }
}

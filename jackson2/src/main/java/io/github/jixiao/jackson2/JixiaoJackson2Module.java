package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jixiao.format.FormatException;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.json.JsonReadOptions;
import io.github.jixiao.json.JsonValues;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

/**
 * 绩效 Jackson 2 模块 (the Jixiao module for Jackson 2 databind, {@code com.fasterxml.jackson}): a
 * host's {@code ObjectMapper} — Spring Boot 3's, say — reads and writes every model type of {@link
 * JsonValues#TYPES} in exactly the JSON format v1, at the root, in a list or inside the host's own
 * records and beans:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoJackson2Module());
 * String json = mapper.writeValueAsString(disclosure); // the streaming writer's compact bytes
 * Disclosure back = mapper.readValue(json, Disclosure.class);
 * }</pre>
 *
 * <p>There is one mapping, the format's own ({@link JsonValues}, on Jackson 3's jackson-core, whose
 * packages do not clash with Jackson 2's); this module hands text across:
 *
 * <ul>
 *   <li>Writing to JSON text without a pretty printer, the value's bytes are the format's, written
 *       with {@code writeRawValue}: byte-equal to the streaming writer, whatever the mapper's
 *       escaping settings. With a pretty printer, or to a token buffer ({@code valueToTree}, {@code
 *       convertValue}), the value goes token by token through the mapper's generator, so it is
 *       indented like the rest of the output (and escaped by the mapper's rules: the text may then
 *       differ, the JSON value does not).
 *   <li>Reading, the value's tokens are copied as text (numbers as written, duplicate keys kept) and
 *       read by the format's reader with its strictness and limits. A value the format refuses fails
 *       as a {@link JsonMappingException} at the value's start in the host's input (with the path
 *       through the host's types), whose cause is the {@link FormatException}: its reason, and its
 *       JSON Pointer from the value's start (its line and column are in the copy).
 * </ul>
 *
 * <p>Uses only databind API that Jackson 2.13 has; tested with the pinned 2.22 and with 2.18.
 */
public final class JixiaoJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  // Jackson 2's own factory, for the copies only: default settings, so that numbers and strings
  // come out as the host's parser saw them.
  private static final JsonFactory TEXT = new JsonFactory();

  /** The module with the format's default reading: unknown fields are refused. */
  public JixiaoJackson2Module() {
    this(JsonReadOptions.defaults());
  }

  /**
   * The module reading with the given JSON options (such as {@link
   * JsonReadOptions#isIgnoreUnknownFields()}) and the default limits.
   *
   * @param options the JSON read options
   */
  public JixiaoJackson2Module(JsonReadOptions options) {
    this(ReadOptions.builder().with(Objects.requireNonNull(options, "options")).build());
  }

  /**
   * The module reading with the given options: their limits apply to each model value read, and
   * the {@link JsonReadOptions} they carry, if any.
   *
   * @param options the read options
   */
  public JixiaoJackson2Module(ReadOptions options) {
    super("jixiao");
    Objects.requireNonNull(options, "options");
    for (Class<?> type : JsonValues.TYPES) {
      register(type, options);
    }
  }

  private <T> void register(Class<T> type, ReadOptions options) {
    addSerializer(type, new ModelSerializer<>(type));
    addDeserializer(type, new ModelDeserializer<>(type, options));
  }

  /** Writes a model value as the format's text: raw, or token by token (see the class comment). */
  private static final class ModelSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    ModelSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      String json = JsonValues.write(value);
      if (gen instanceof JsonGeneratorImpl && gen.getPrettyPrinter() == null) {
        gen.writeRawValue(json);
        return;
      }
      try (JsonParser tokens = TEXT.createParser(json)) {
        tokens.nextToken();
        gen.copyCurrentStructure(tokens);
      }
    }
  }

  /**
   * A model value the format refused, located where the value starts in the host's input (Jackson
   * 2 has no public constructor for a cause and a location both).
   */
  private static final class ValueException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    ValueException(JsonParser p, String message, JsonLocation start, FormatException cause) {
      super(p, message, cause);
      _location = start;
    }
  }

  /** Reads a model value: its tokens as text, then the format's reader. */
  private static final class ModelDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final transient ReadOptions options;

    ModelDeserializer(Class<T> type, ReadOptions options) {
      super(type);
      this.type = type;
      this.options = options;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      String json = copy(p);
      try {
        return JsonValues.read(json, type, options);
      } catch (FormatException e) {
        String pointer = e.location().getJsonPointer().orElse("");
        throw new ValueException(p, "cannot read a " + type.getSimpleName() + " in the Jixiao JSON format: at "
            + (pointer.isEmpty() ? "/" : pointer) + " of the value: " + e.detail() + " [" + e.reason() + "]", start, e);
      }
    }

    /**
     * The value at the parser as JSON text, token by token: numbers as the parser read them (not
     * through a double), duplicate keys kept for the format's reader to refuse. The parser is left
     * on the value's last token.
     */
    private String copy(JsonParser p) throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = TEXT.createGenerator(text)) {
        int depth = 0;
        for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
          if (t == null) {
            throw JsonMappingException.from(p, "the input ends inside a " + type.getSimpleName());
          }
          switch (t) {
            case START_OBJECT: g.writeStartObject(); depth++; break;
            case START_ARRAY: g.writeStartArray(); depth++; break;
            case END_OBJECT: g.writeEndObject(); depth--; break;
            case END_ARRAY: g.writeEndArray(); depth--; break;
            case FIELD_NAME: g.writeFieldName(p.currentName()); break;
            case VALUE_STRING: g.writeString(p.getText()); break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: g.writeNumber(p.getText()); break;
            case VALUE_TRUE: g.writeBoolean(true); break;
            case VALUE_FALSE: g.writeBoolean(false); break;
            case VALUE_NULL: g.writeNull(); break;
            default:
              throw JsonMappingException.from(p, "a " + type.getSimpleName() + " in the Jixiao JSON format holds no "
                  + t + " (an embedded object)");
          }
          if (depth == 0) {
            break;
          }
        }
      }
      return text.toString();
    }
  }
}

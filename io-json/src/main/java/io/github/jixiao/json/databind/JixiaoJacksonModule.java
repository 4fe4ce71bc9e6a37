package io.github.jixiao.json.databind;

import io.github.jixiao.format.FormatException;
import io.github.jixiao.json.JsonReadOptions;
import io.github.jixiao.json.JsonValues;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * 绩效 Jackson 3 模块 (the Jixiao module for Jackson 3 databind): a host's {@code JsonMapper}
 * reads and writes every model type of {@link JsonValues#TYPES} in exactly the JSON format v1, at
 * the root, in a list or inside the host's own records and beans:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoJacksonModule()).build();
 * String json = mapper.writeValueAsString(disclosure); // the streaming writer's compact bytes
 * Disclosure back = mapper.readValue(json, Disclosure.class);
 * }</pre>
 *
 * <p>There is one mapping: the serializers and deserializers run the format's own encoder and
 * decoder ({@link JsonValues}) on the generator and parser the mapper hands them, so the mapper's
 * pretty printer and escaping apply and its annotations, naming strategies and inclusion rules do
 * not. A value the format refuses fails as a {@link DatabindException} whose cause is the {@link
 * FormatException} (its reason, and a location with the line and column of the mapper's input and
 * the JSON Pointer from its root).
 *
 * <p>This package needs {@code tools.jackson.core:jackson-databind} on the class path, which
 * jixiao-io-json declares optional: a host that uses the module has it already.
 */
public final class JixiaoJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with the format's default reading: unknown fields are refused. */
  public JixiaoJacksonModule() {
    this(JsonReadOptions.defaults());
  }

  /**
   * The module reading with the given JSON options (such as {@link
   * JsonReadOptions#isIgnoreUnknownFields()}); the mapper's parser sets the other limits.
   *
   * @param options the JSON read options
   */
  public JixiaoJacksonModule(JsonReadOptions options) {
    super("jixiao");
    Objects.requireNonNull(options, "options");
    for (Class<?> type : JsonValues.TYPES) {
      register(type, options);
    }
  }

  private <T> void register(Class<T> type, JsonReadOptions options) {
    addSerializer(type, new ModelSerializer<>(type));
    addDeserializer(type, new ModelDeserializer<>(type, options));
  }

  /** Writes a model value with the format's encoder. */
  private static final class ModelSerializer<T> extends StdSerializer<T> {
    ModelSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      JsonValues.write(value, gen);
    }
  }

  /** Reads a model value with the format's decoder; its failures become databind's. */
  private static final class ModelDeserializer<T> extends StdDeserializer<T> {
    private final transient JsonReadOptions options;
    private final Class<T> type;

    ModelDeserializer(Class<T> type, JsonReadOptions options) {
      super(type);
      this.type = type;
      this.options = options;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return JsonValues.read(p, type, options);
      } catch (FormatException e) {
        throw DatabindException.from(p, "cannot read a " + type.getSimpleName() + " in the Jixiao JSON format: " + e.getMessage(), e);
      }
    }
  }
}

package io.github.jixiao.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.format.DocumentReader;
import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ReadOptions;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers: the JSON format with default options, and the schema validators. */
final class JsonTesting {
  static final JsonFormat FORMAT = new JsonFormat();
  static final DocumentReader READER = FORMAT.reader(ReadOptions.defaults());
  static final DocumentWriter WRITER = FORMAT.writer(WriteOptions.defaults());
  static final Schema OUR_SCHEMA = schema(JsonFormat.SCHEMA_RESOURCE, SpecificationVersion.DRAFT_2020_12);
  static final Schema SARIF_SCHEMA = schema("/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7);

  private JsonTesting() {}

  private static Schema schema(String resource, SpecificationVersion version) {
    try (InputStream in = JsonTesting.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(version).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static String write(Disclosure d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDisclosure(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String write(BudgetItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeItem(item, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Disclosure readDisclosure(String json) {
    return READER.readDisclosure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static BudgetItem readItem(String json) {
    return READER.readItem(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}

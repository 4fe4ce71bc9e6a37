package io.github.jixiao.json;

import io.github.jixiao.format.DocumentWriter;
import io.github.jixiao.format.ItemWriter;
import io.github.jixiao.format.WriteOptions;
import io.github.jixiao.model.BudgetItem;
import io.github.jixiao.model.Disclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes the JSON format: UTF-8, indented single documents, batches as JSON Lines or an array. */
final class JsonDocumentWriter implements DocumentWriter {
  private final WriteOptions options;
  private final JsonWriteOptions json;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  JsonDocumentWriter(WriteOptions options, JsonWriteOptions json) {
    this.options = options;
    this.json = json;
    JsonFactory factory =
        JsonFactory.builder().rootValueSeparator("").disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    JsonMapper mapper = JsonMapper.builder(factory).build();
    this.compact = mapper.writer();
    this.pretty = compact.with(PrettyPrinting.printer());
  }

  @Override
  public void writeDisclosure(Disclosure disclosure, OutputStream out) {
    Objects.requireNonNull(disclosure, "disclosure");
    write(out, g -> new ModelEncoder(g).rootDisclosure(disclosure));
  }

  @Override
  public void writeItem(BudgetItem item, OutputStream out) {
    Objects.requireNonNull(item, "item");
    write(out, g -> new ModelEncoder(g).rootItem(item));
  }

  private void write(OutputStream out, java.util.function.Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = (options.isPretty() ? pretty : compact).createGenerator(out)) {
      body.accept(g);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
    }
  }

  @Override
  public ItemWriter openItems(OutputStream out) {
    Objects.requireNonNull(out, "out");
    boolean array = json.getBatchLayout() == JsonWriteOptions.BatchLayout.ARRAY;
    JsonGenerator g = (array && options.isPretty() ? pretty : compact).createGenerator(out);
    if (array) {
      g.writeStartArray();
    }
    return new ItemWriter() {
      @Override
      public void write(BudgetItem item) {
        Objects.requireNonNull(item, "item");
        try {
          new ModelEncoder(g).rootItem(item);
          if (!array) {
            g.writeRaw('\n');
          }
        } catch (JacksonException e) {
          throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        }
      }

      @Override
      public void close() {
        try {
          if (array) {
            g.writeEndArray();
            g.writeRaw('\n');
          }
          g.close();
          out.close();
        } catch (JacksonException e) {
          throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

}
